// The DingTalk credential: tokens (shared, cached, renewed), the editor's credential test,
// throttling and server faults, permissions, and the default Operator Union ID (the HTTP Request
// node with the credential: credentialHttpRequest.test.ts).
import {
	FAST,
	byId,
	newApp,
	node,
	run,
	runWorkflow,
	secretScan,
	testCredential,
	useFake,
} from './setup';

const ctx = useFake();
const lock = (
	operation: string,
	conferenceId = '={{ $json.conferenceId }}',
	extra: Record<string, unknown> = {},
) => node('videoConference', operation, { conferenceId, ...extra });

describe('access tokens', () => {
	test('50 items share one token fetch', async () => {
		const { credentials } = newApp(ctx);
		const items = Array.from({ length: 50 }, (_, i) => ({ json: { conferenceId: `c-${i}` } }));
		items.forEach((i) => ctx.fake.addConference(i.json.conferenceId));
		const result = await runWorkflow(lock('lock'), { credentials, items });
		expect(result.output('Vendor')).toHaveLength(50);
		expect(ctx.fake.tokenCalls()).toHaveLength(1);
		// One accepted call per item (on a busy machine a call the fake throttled at 20/s is resent).
		expect(ctx.fake.businessCalls().filter((r: any) => r.status === 200)).toHaveLength(50);
	});

	test('a cached token is reused by the next execution', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('reuse-1');
		await runWorkflow(lock('lock', 'reuse-1'), { credentials });
		await runWorkflow(lock('unlock', 'reuse-1'), { credentials });
		expect(ctx.fake.tokenCalls()).toHaveLength(1);
	});

	test('400 InvalidAuthentication: one new token for all items, each call retried once', async () => {
		const { credentials } = newApp(ctx);
		const items = Array.from({ length: 10 }, (_, i) => ({ json: { conferenceId: `exp-${i}` } }));
		items.forEach((i) => ctx.fake.addConference(i.json.conferenceId));
		await runWorkflow(lock('lock', 'exp-0'), { credentials });
		ctx.fake.reset();
		ctx.fake.expireTokens();
		const result = await runWorkflow(lock('lock'), { credentials, items });
		expect(result.status).toBe('success');
		expect(ctx.fake.tokenCalls()).toHaveLength(1);
		const calls = ctx.fake.businessCalls();
		const last = calls.at(-1).headers['x-acs-dingtalk-access-token'];
		const rejected = calls.filter((c: any) => c.headers['x-acs-dingtalk-access-token'] !== last);
		expect(calls.length).toBe(10 + rejected.length);
		expect(rejected.length).toBeGreaterThanOrEqual(1);
		expect(rejected.length).toBeLessThanOrEqual(10);
	});

	test('a token close to its expiry is renewed before use', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.tokenTtl = 2; // lifetime far below the renewal margin: renew after half of it
		ctx.fake.addConference('ttl-1');
		try {
			await runWorkflow(lock('lock', 'ttl-1'), { credentials });
			await new Promise((r) => setTimeout(r, 1100));
			await runWorkflow(lock('unlock', 'ttl-1'), { credentials });
		} finally {
			ctx.fake.tokenTtl = 7200;
		}
		expect(ctx.fake.tokenCalls()).toHaveLength(2);
		expect(ctx.fake.businessCalls()).toHaveLength(2);
	});

	test('third-party app: unified per-corporation token endpoint, no suiteTicket', async () => {
		const { app, credentials } = newApp(ctx);
		credentials['cred-1'].data = {
			...credentials['cred-1'].data,
			appType: 'thirdParty',
			corpId: app.corpId,
		} as any;
		ctx.fake.addConference('tp-1');
		const result = await runWorkflow(lock('lock', 'tp-1'), { credentials });
		expect(result.status).toBe('success');
		expect(ctx.fake.tokenCalls()[0]).toMatchObject({
			path: `/v1.0/oauth2/${app.corpId}/token`,
			body: {
				client_id: app.clientId,
				client_secret: app.clientSecret,
				grant_type: 'client_credentials',
			},
		});
	});

	test("a wrong secret fails with DingTalk's code and no business call", async () => {
		const { credentials } = newApp(ctx);
		credentials['cred-1'].data.clientSecret = 'wrong-secret-value';
		ctx.secrets.push('wrong-secret-value');
		const result = await runWorkflow(lock('lock', 'x'), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(/DingTalk error invalidClientIdOrSecret/);
		expect(ctx.fake.businessCalls()).toHaveLength(0);
		expect(secretScan(ctx, result)).toEqual([]);
	});
});

describe('credential test (as the n8n editor runs it)', () => {
	test('OK with valid app details', async () => {
		const { credentials } = newApp(ctx);
		expect(await testCredential('dingTalkApi', credentials['cred-1'].data)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(ctx.fake.tokenCalls().length).toBeGreaterThanOrEqual(1);
	});
	test("shows DingTalk's message when the secret is wrong", async () => {
		const { credentials } = newApp(ctx);
		const result = await testCredential('dingTalkApi', {
			...credentials['cred-1'].data,
			clientSecret: 'not-the-secret',
		});
		expect(result.status).toBe('Error');
		// DingTalk's code and message, the advice, and the request id: not just "Bad Request".
		expect(result.message).toMatch(
			/^DingTalk error invalidClientIdOrSecret: .+\. Check the Client ID \(AppKey\) and Client Secret \(AppSecret\) in the credential\. \(HTTP 400, request ID .+\)$/,
		);
		expect(result.message).not.toMatch(/not-the-secret/);
	});
	test('every test fetches a fresh token, never the cached one', async () => {
		const { credentials } = newApp(ctx);
		await testCredential('dingTalkApi', credentials['cred-1'].data);
		await testCredential('dingTalkApi', credentials['cred-1'].data);
		expect(ctx.fake.tokenCalls()).toHaveLength(2);
	});
});

describe('default Operator Union ID on the credential', () => {
	test("is used when the operation's own field is empty", async () => {
		const { credentials } = newApp(ctx, { credential: { operatorUnionId: 'cred-admin' } });
		ctx.fake.addRoom('op-room-1');
		const { out } = await run(
			ctx,
			node('meetingRoom', 'get', { roomId: byId('op-room-1') }),
			credentials,
		);
		expect(out[0]).toMatchObject({ roomId: 'op-room-1' });
		expect(ctx.fake.businessCalls()[0].query).toEqual({ unionId: 'cred-admin' });
	});

	test("the operation's own field overrides it", async () => {
		const { credentials } = newApp(ctx, { credential: { operatorUnionId: 'cred-admin' } });
		ctx.fake.addRoom('op-room-2');
		await run(
			ctx,
			node('meetingRoom', 'get', { roomId: byId('op-room-2'), unionId: 'node-admin' }),
			credentials,
		);
		expect(ctx.fake.businessCalls()[0].query).toEqual({ unionId: 'node-admin' });
	});

	test('optional operators are left out when neither is set', async () => {
		const { credentials } = newApp(ctx);
		await run(
			ctx,
			node('roomBookingBlocklist', 'removeUsers', { blacklistUnionIds: 'u1' }),
			credentials,
		);
		expect(ctx.fake.businessCalls()[0].body).toEqual({ blacklistUnionIds: ['u1'] });
	});

	test('a required operator missing on both fails before anything is sent, naming field and item', async () => {
		const { credentials } = newApp(ctx);
		const result = await runWorkflow(node('meetingRoom', 'get', { roomId: byId('r-x') }), {
			credentials,
		});
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toBe(
			'Operator Union ID in item 1: is required for this operation (it is empty, and the credential has no default Operator Union ID)',
		);
		expect(ctx.fake.businessCalls()).toHaveLength(0);
	});
});

describe('throttling and server faults', () => {
	test('403 QpsLimit is retried after a pause, then succeeds', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('q-1');
		ctx.fake.inject({
			kind: 'status',
			status: 403,
			body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' },
			path: /lock/,
		});
		const result = await runWorkflow(lock('lock', 'q-1'), { credentials });
		expect(result.status).toBe('success');
		expect(ctx.fake.businessCalls()).toHaveLength(2);
	});

	test('throttling that never ends gives a clear error after the bounded retries', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('q-2');
		ctx.fake.inject({
			kind: 'status',
			status: 403,
			body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' },
			path: /lock/,
			times: 10,
		});
		const result = await runWorkflow(lock('lock', 'q-2', { options: { ...FAST, maxRetries: 1 } }), {
			credentials,
		});
		const error = result.nodeError('Vendor');
		expect(error.message).toBe(
			'DingTalk error Forbidden.AccessDenied.QpsLimitForAppkeyAndApi: qps limit',
		);
		expect(error.description).toMatch(/Gave up after 2 attempts/);
		expect(ctx.fake.businessCalls()).toHaveLength(2);
	});

	test.each([
		[
			'HTTP 500',
			{ kind: 'status', status: 500, body: { code: 'systemError', message: 'systemError' } },
		],
		['an HTML error page', { kind: 'html', status: 502 }],
		['malformed JSON', { kind: 'malformed', status: 200 }],
		['a connection reset', { kind: 'reset' }],
	])('idempotent calls are retried after %s', async (_name, fault) => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('f-1');
		ctx.fake.inject({ ...fault, path: /lock/ });
		const result = await runWorkflow(lock('lock', 'f-1'), { credentials });
		expect(result.status).toBe('success');
		expect(ctx.fake.businessCalls()).toHaveLength(2);
	});

	test('missing permission names the scope to grant', async () => {
		const { credentials } = newApp(ctx, { missingScope: true });
		const result = await runWorkflow(
			node('roomBookingBlocklist', 'removeUsers', {
				blacklistUnionIds: 'u1',
				unionId: 'operator-1',
			}),
			{ credentials },
		);
		const error = result.nodeError('Vendor');
		expect(error.message).toMatch(/Forbidden.AccessDenied.AccessTokenPermissionDenied/);
		expect(error.description).toMatch(/grant VideoConference\.Conference\.Write/);
	});

	test('a 200 that says {"success": false} is a failure, not a success', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('sf-1');
		ctx.fake.inject({ kind: 'status', status: 200, body: { success: false }, path: /lock/ });
		const result = await runWorkflow(lock('lock', 'sf-1'), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(/^DingTalk error result\.false/);
	});
});
