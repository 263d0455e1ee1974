// The credential: App ID signing as Huawei documents it, and the fake's checks of App ID requests.
// (Tokens and errors: credentialTokens.test.ts; the editor's credential test: credentialTest.test.ts.)
import {
	ASSIGN,
	appCredential,
	assign,
	crypto,
	fake,
	getAll,
	reclaim,
	runWorkflow,
	secret,
	secretScan,
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
