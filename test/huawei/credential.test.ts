// The credential and the transport: App ID signing, token caching and renewal, Huawei's errors,
// and the credential test as the n8n editor runs it.
import {
	ASSIGN,
	FAST,
	RECLAIM,
	UUID,
	seq,
	allSecrets,
	findSecrets,
	accountCredential,
	appCredential,
	assign,
	crypto,
	fake,
	getAll,
	memberWithVmrs,
	reclaim,
	runWorkflow,
	secret,
	secretScan,
	testCredential,
	useFake,
} from './setup';

useFake();

describe('App ID authentication', () => {
	const expectSignature = (call, appKey, signedParts) => {
		const expected = crypto
			.createHmac('sha256', appKey)
			.update(signedParts.join(':'))
			.digest('hex');
		expect(call.headers.authorization).toBe(
			`HMAC-SHA256 signature=${expected},access=${Buffer.from(call.body.appId).toString('base64')}`,
		);
	};

	test('assign → list → reclaim round-trips; account type defaults to 1 (third-party user ID)', async () => {
		const { app, credentials } = appCredential();
		fake.addThirdPartyUser('third-party-7');
		const ids = fake.addVmrs(3, 'app-room');
		const assigned = await runWorkflow(assign(), {
			credentials,
			items: [{ json: { account: 'third-party-7', vmrIds: ids } }],
		});
		expect(assigned.output('Vendor')[0].json).toMatchObject({
			success: true,
			account: 'third-party-7',
			accountType: 1,
			assigned: 3,
			calls: 1,
		});
		expect(fake.calls(ASSIGN)[0]).toMatchObject({
			path: '/v1/usg/dcs/corp/vmr/assign-to-member/third-party-7',
			query: { accountType: '1' },
			body: ids,
		});
		expect(fake.ownedBy('third-party-7', 1).sort()).toEqual([...ids].sort());

		const [tokenCall] = fake.tokenCalls();
		expect(tokenCall.path).toBe('/v2/usg/acs/auth/appauth');
		expect(tokenCall.headers['x-token-type']).toBe('LongTicket');
		expect(Object.keys(tokenCall.body).sort()).toEqual([
			'appId',
			'clientType',
			'expireTime',
			'nonce',
		]);
		expect(tokenCall.body).toMatchObject({ appId: app.appId, clientType: 72 });
		expect(tokenCall.body.nonce.length).toBeGreaterThanOrEqual(32);
		expect(tokenCall.body.nonce.length).toBeLessThanOrEqual(64);
		const now = Math.floor(Date.now() / 1000);
		expect(tokenCall.body.expireTime).toBeGreaterThan(now + 500);
		expect(tokenCall.body.expireTime).toBeLessThanOrEqual(now + 600);
		// Empty User ID acts as the default administrator: appId::expireTime:nonce.
		expectSignature(tokenCall, app.appKey, [
			app.appId,
			'',
			tokenCall.body.expireTime,
			tokenCall.body.nonce,
		]);

		const listed = await runWorkflow(getAll({ returnAll: true, searchKey: 'app-room' }), {
			credentials,
		});
		expect(listed.output('Vendor').map((i) => i.json.member?.account)).toEqual([
			'third-party-7',
			'third-party-7',
			'third-party-7',
		]);

		const reclaimed = await runWorkflow(reclaim(), {
			credentials,
			items: [{ json: { account: 'third-party-7', vmrIds: ids } }],
		});
		expect(reclaimed.output('Vendor')[0].json).toMatchObject({ reclaimed: 3, accountType: 1 });
		expect(fake.ownedBy('third-party-7', 1)).toEqual([]);
		expect(fake.tokenCalls()).toHaveLength(1);
		for (const r of [assigned, listed, reclaimed]) expect(secretScan(r)).toEqual([]);
	});

	test('a User ID is signed and sent', async () => {
		const { app, credentials } = appCredential({ userId: 'operator-9' });
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		expect(result.status).toBe('success');
		const [tokenCall] = fake.tokenCalls();
		expect(tokenCall.body.userId).toBe('operator-9');
		expectSignature(tokenCall, app.appKey, [
			app.appId,
			'operator-9',
			tokenCall.body.expireTime,
			tokenCall.body.nonce,
		]);
	});

	test('SP mode signs appId:corpId:userId:expireTime:nonce and sends corpId', async () => {
		const { app, credentials } = appCredential({ sp: true });
		fake.addThirdPartyUser('sp-user');
		const ids = fake.addVmrs(1);
		const result = await runWorkflow(assign(), {
			credentials,
			items: [{ json: { account: 'sp-user', vmrIds: ids } }],
		});
		expect(result.status).toBe('success');
		const [tokenCall] = fake.tokenCalls();
		expect(tokenCall.body.corpId).toBe(app.corpId);
		expectSignature(tokenCall, app.appKey, [
			app.appId,
			app.corpId,
			'',
			tokenCall.body.expireTime,
			tokenCall.body.nonce,
		]);
	});

	test("a wrong App Key fails with Huawei's code and nothing else is sent", async () => {
		const { credentials } = appCredential();
		credentials['cred-1'].data.appKey = secret('wrong-key');
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.message).toBe(
			'Huawei Cloud Meeting error USG.000000005: The signature is incorrect.',
		);
		expect(error.description).toMatch(/App ID, App Key/);
		expect(error.description).toMatch(/HTTP 401, request ID [0-9a-f-]{36}/);
		expect(fake.businessCalls()).toHaveLength(0);
		expect(secretScan(result)).toEqual([]);
	});
});

describe('the fake checks App ID requests as Huawei documents them', () => {
	async function appAuth(
		app,
		{
			expireTime = Math.floor(Date.now() / 1000) + 600,
			nonce = crypto.randomBytes(20).toString('hex'),
		} = {},
	) {
		const signature = crypto
			.createHmac('sha256', app.appKey)
			.update([app.appId, '', expireTime, nonce].join(':'))
			.digest('hex');
		const res = await fetch(`${fake.url}/v2/usg/acs/auth/appauth`, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'X-Token-Type': 'LongTicket',
				Authorization: `HMAC-SHA256 signature=${signature},access=${Buffer.from(app.appId).toString('base64')}`,
			},
			body: JSON.stringify({ appId: app.appId, clientType: 72, expireTime, nonce }),
		});
		return { status: res.status, body: await res.json() };
	}
	test('accepts a good signature, rejects a reused nonce, a stale expireTime and a short nonce', async () => {
		const { app } = appCredential();
		const nonce = crypto.randomBytes(20).toString('hex');
		expect((await appAuth(app, { nonce })).status).toBe(200);
		expect((await appAuth(app, { nonce })).body.error_code).toBe('USG.000000007');
		expect(
			(await appAuth(app, { expireTime: Math.floor(Date.now() / 1000) - 1 })).body.error_code,
		).toBe('USG.000000006');
		expect((await appAuth(app, { nonce: 'short' })).status).toBe(400);
	});
});

describe('access tokens', () => {
	test('30 items share one token fetch', async () => {
		const { credentials } = accountCredential();
		const items = Array.from({ length: 30 }, (_, n) => ({
			json: { account: `m${seq}-${n}`, vmrIds: memberWithVmrs(`m${seq}-${n}`, 1) },
		}));
		const result = await runWorkflow(reclaim(), { credentials, items });
		expect(result.output('Vendor')).toHaveLength(30);
		expect(fake.tokenCalls()).toHaveLength(1);
		expect(fake.businessCalls()).toHaveLength(30);
		const requestIds = fake.businessCalls().map((c) => c.headers['x-request-id']);
		expect(requestIds.every((id) => UUID.test(id))).toBe(true);
		expect(new Set(requestIds).size).toBe(30);
		expect(
			result
				.output('Vendor')
				.map((i) => i.json.requestIds[0])
				.sort(),
		).toEqual([...requestIds].sort());
	});

	test('a cached token is reused by the next execution', async () => {
		const { credentials } = appCredential();
		await runWorkflow(getAll({ limit: 1 }), { credentials });
		await runWorkflow(getAll({ limit: 1 }), { credentials });
		expect(fake.tokenCalls()).toHaveLength(1);
	});

	test('401 USG.000000004: one new token, the call retried once, success', async () => {
		const { credentials } = accountCredential();
		const ids = memberWithVmrs(`exp-${seq}`, 1);
		await runWorkflow(getAll({ limit: 1 }), { credentials });
		fake.reset();
		fake.expireTokens();
		const result = await runWorkflow(reclaim(), {
			credentials,
			items: [{ json: { account: `exp-${seq}`, vmrIds: ids } }],
		});
		expect(result.status).toBe('success');
		expect(fake.tokenCalls()).toHaveLength(1);
		const calls = fake.calls(RECLAIM);
		expect(calls).toHaveLength(2);
		expect(calls[0].headers['x-access-token']).not.toBe(calls[1].headers['x-access-token']);
		expect(calls[0].headers['x-request-id']).not.toBe(calls[1].headers['x-request-id']);
		expect(result.output('Vendor')[0].json.requestIds).toEqual([calls[1].headers['x-request-id']]);
	});

	test('many items after expiry: one token fetch for all of them', async () => {
		const { credentials } = appCredential();
		await runWorkflow(getAll({ limit: 1 }), { credentials });
		fake.reset();
		fake.expireTokens();
		const items = Array.from({ length: 10 }, () => ({ json: {} }));
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials, items });
		expect(result.status).toBe('success');
		expect(fake.tokenCalls()).toHaveLength(1);
	});

	test('a token still rejected after renewal gives up after one renewal', async () => {
		const { credentials } = accountCredential();
		fake.inject({
			kind: 'status',
			status: 401,
			body: { error_code: 'USG.000000004', error_msg: 'Token expired.', request_id: 'rid-401' },
			path: /corp\/vmr/,
			times: 5,
		});
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		expect(result.nodeError('Vendor').message).toBe(
			'Huawei Cloud Meeting error USG.000000004: Token expired.',
		);
		expect(fake.calls('/v1/usg/dcs/corp/vmr')).toHaveLength(2);
		expect(fake.tokenCalls()).toHaveLength(2);
	});
});

describe('Huawei errors become clear node errors', () => {
	test('400 for an unknown VMR: code, message, request id and advice', async () => {
		const { credentials } = accountCredential();
		memberWithVmrs('err-owner', 1);
		const result = await runWorkflow(reclaim(), {
			credentials,
			items: [{ json: { account: 'err-owner', vmrIds: ['no-such-vmr'] } }],
		});
		const error = result.nodeError('Vendor');
		const sent = fake.calls(RECLAIM)[0].headers['x-request-id'];
		expect(error.message).toBe(
			'Huawei Cloud Meeting error USG.000010134: VMR no-such-vmr does not exist',
		);
		expect(error.description).toBe(
			`Huawei rejected the parameters; check the account, the account type and the VMR IDs (the "id" values Get Many returns, not the numeric VMR ID). (HTTP 400, request ID ${sent})`,
		);
		expect(error.context).toMatchObject({ requestId: sent, vendorCode: 'USG.000010134' });
		expect(fake.calls(RECLAIM)).toHaveLength(1);
	});

	test('403 for an account without admin rights', async () => {
		const { credentials } = accountCredential({ admin: false });
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.message).toMatch(/^Huawei Cloud Meeting error USG.000000017: /);
		expect(error.description).toMatch(/no administrator rights/);
		expect(error.description).toMatch(/HTTP 403, request ID/);
	});

	test.each([
		['disabled', 412, /account is disabled/],
		['locked', 423, /account is locked/],
	])('%s account: HTTP %s at sign-in with advice', async (state, status, advice) => {
		const { credentials } = accountCredential({ state });
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.description).toMatch(advice);
		expect(error.description).toMatch(new RegExp(`HTTP ${status}, request ID`));
		expect(fake.businessCalls()).toHaveLength(0);
	});

	test.each([
		['disabled', 412, /account is disabled/],
		['locked', 423, /account is locked/],
	])('business call answering %s (HTTP %s) gets the advice', async (_state, status, advice) => {
		const { credentials } = accountCredential();
		fake.inject({
			kind: 'status',
			status,
			body: { error_code: 'USG.000000099', error_msg: 'Refused', request_id: 'rid-x' },
			path: /corp\/vmr/,
		});
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		expect(result.nodeError('Vendor').message).toBe(
			'Huawei Cloud Meeting error USG.000000099: Refused',
		);
		expect(result.nodeError('Vendor').description).toMatch(advice);
		expect(result.nodeError('Vendor').description).toMatch(/request ID rid-x/);
	});

	test("wrong password at sign-in: Huawei's message, no business call, no secret", async () => {
		const { credentials } = accountCredential();
		credentials['cred-1'].data.password = secret('wrong-pw');
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		expect(result.nodeError('Vendor').message).toBe(
			'Huawei Cloud Meeting error USG.000000003: Incorrect account or password.',
		);
		expect(fake.businessCalls()).toHaveLength(0);
		expect(secretScan(result)).toEqual([]);
	});

	test('a 500 with an error body is retried, then succeeds', async () => {
		const { credentials } = accountCredential();
		const ids = memberWithVmrs(`r500-${seq}`, 1);
		fake.inject({
			kind: 'status',
			status: 500,
			body: { error_code: 'MMC.111070005', error_msg: 'Server error', request_id: 'rid-500' },
			path: RECLAIM,
		});
		const result = await runWorkflow(reclaim(), {
			credentials,
			items: [{ json: { account: `r500-${seq}`, vmrIds: ids } }],
		});
		expect(result.status).toBe('success');
		expect(fake.calls(RECLAIM)).toHaveLength(2);
		expect(fake.ownedBy(`r500-${seq}`)).toEqual([]);
	});

	test('a 500 that persists gives up after the bounded retries', async () => {
		const { credentials } = accountCredential();
		fake.inject({
			kind: 'status',
			status: 500,
			body: { error_code: 'MMC.111070005', error_msg: 'Server error', request_id: 'rid-500' },
			path: /corp\/vmr/,
			times: 10,
		});
		const result = await runWorkflow(
			getAll({ limit: 1, options: { retryDelayMs: 5, maxRetries: 2 } }),
			{ credentials },
		);
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('Huawei Cloud Meeting error MMC.111070005: Server error');
		expect(error.description).toMatch(/Gave up after 3 attempts/);
		expect(fake.businessCalls()).toHaveLength(3);
	});

	test.each([
		['an HTML gateway page', { kind: 'html', status: 502 }],
		['a connection reset', { kind: 'reset' }],
		['a 200 that is not JSON (a listing is never cut short)', { kind: 'malformed', status: 200 }],
		[
			'HTTP 429',
			{
				kind: 'status',
				status: 429,
				headers: { 'Retry-After': '0' },
				body: { error_code: 'USG.000000429', error_msg: 'Too many requests' },
			},
		],
	])('retried after %s', async (_name, fault) => {
		const { credentials } = accountCredential();
		fake.inject({ ...fault, path: /corp\/vmr/ });
		const result = await runWorkflow(getAll({ limit: 1 }), { credentials });
		expect(result.status).toBe('success');
		expect(fake.businessCalls()).toHaveLength(2);
	});
});

describe('credential test (as the n8n editor runs it)', () => {
	test('OK with a valid account and password', async () => {
		const { credentials } = accountCredential();
		expect(await testCredential('huaweiCloudMeetingApi', credentials['cred-1'].data)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(fake.tokenCalls()).toHaveLength(1);
		expect(fake.calls('/v1/usg/dcs/corp/vmr')[0].query).toEqual({ offset: '0', limit: '1' });
	});

	test('OK with a valid App ID (SP mode)', async () => {
		const { credentials } = appCredential({ sp: true });
		expect(await testCredential('huaweiCloudMeetingApi', credentials['cred-1'].data)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
	});

	test("Error with Huawei's message when the password is wrong", async () => {
		const { credentials } = accountCredential();
		const wrong = secret('not-the-password');
		const result = await testCredential('huaweiCloudMeetingApi', {
			...credentials['cred-1'].data,
			password: wrong,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/USG\.000000003: Incorrect account or password/);
		expect(findSecrets([result], allSecrets())).toEqual([]);
	});

	test('a wrong password fails even with a working token saved in the credential', async () => {
		const { credentials } = accountCredential();
		const { data } = credentials['cred-1'];
		expect((await testCredential('huaweiCloudMeetingApi', data)).status).toBe('OK');
		const saved = fake.calls('/v1/usg/dcs/corp/vmr')[0].headers['x-access-token'];
		const result = await testCredential('huaweiCloudMeetingApi', {
			...data,
			password: secret('edited-wrong'),
			accessToken: saved,
		});
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^Huawei Cloud Meeting error USG\.000000003: Incorrect account or password\. Check the credential.*\(HTTP 401, request ID /,
			),
		});
		expect(fake.calls('/v1/usg/dcs/corp/vmr')).toHaveLength(1);
	});

	test('every test fetches a fresh token: a password changed at Huawei fails although a token is cached', async () => {
		const { credentials } = accountCredential();
		const { data } = credentials['cred-1'];
		expect((await testCredential('huaweiCloudMeetingApi', data)).status).toBe('OK');
		fake.users.get(data.account).password = secret('changed-at-huawei');
		expect((await testCredential('huaweiCloudMeetingApi', data)).message).toMatch(/USG\.000000003/);
		expect(fake.tokenCalls()).toHaveLength(2);
	});

	test("a 200 that says failure (no administrator rights on the listing) fails with Huawei's code", async () => {
		const { credentials } = accountCredential();
		fake.inject({
			kind: 'status',
			status: 200,
			body: { error_code: 'USG.000000017', error_msg: 'No permission', request_id: 'rid-17' },
			path: /corp\/vmr/,
		});
		const result = await testCredential('huaweiCloudMeetingApi', credentials['cred-1'].data);
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^Huawei Cloud Meeting error USG\.000000017: No permission.*request ID rid-17/,
			),
		});
	});
});
