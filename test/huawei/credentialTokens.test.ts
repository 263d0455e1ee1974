// The transport with the credential: token caching and renewal, and Huawei's errors as node errors.
import {
	RECLAIM,
	UUID,
	seq,
	accountCredential,
	appCredential,
	fake,
	getAll,
	memberWithVmrs,
	reclaim,
	runWorkflow,
	secret,
	secretScan,
	useFake,
} from './setup';

useFake();

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
