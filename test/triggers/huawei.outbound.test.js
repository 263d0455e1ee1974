'use strict';
// Huawei "Register With Huawei" through n8n-core's HookContext and the kernel, against the fake's
// webhook configuration API: failures in a 200, another workflow's configuration, an empty key,
// redirecting and echoing endpoints.
const { serveTrigger } = require('../../devkit/webhook');
const { addWebhookConfigApi } = require('../../devkit/fakes/huaweiEvents');
const { FakeHuawei } = require('../../devkit/fakes/huawei');
const { findSecrets } = require('../../devkit/secrets');
const { captureLogs } = require('../../devkit/engine');
const { trigger, chain, noOp } = require('./workflows');

const APP = { appId: 'sub-4712', key: 'webhook-key-outbound-1' };
const ADMIN = { account: 'admin@corp', password: 'Admin-pass-outbound-2' };
const CONFIG = /^\/v1\/mmc\/management\/webhook\/link-config$/;
const OTHER = {
	id: 'other-config-1',
	subscriberId: 'sub-other',
	subscriberKey: 'other-key-123456',
	url: 'https://other.example/webhook/abc/webhook',
	status: 0,
};

let fake;
let elsewhere;
let logs = [];
let s;
const setup = async (extra = {}) => {
	fake = addWebhookConfigApi(await new FakeHuawei().start());
	fake.addUser(ADMIN.account, { password: ADMIN.password });
	const data = {
		authMode: 'account',
		...ADMIN,
		baseUrl: fake.url,
		language: 'en-US',
		webhookSubscriberId: APP.appId,
		webhookSubscriberKey: APP.key,
		...extra,
	};
	s = await serveTrigger(
		chain(
			trigger('huaweiCloudMeetingTrigger', 'huaweiCloudMeetingApi', {
				events: ['*'],
				register: true,
			}),
			noOp(),
		),
		{ credentials: { 'cred-1': { type: 'huaweiCloudMeetingApi', data } } },
	);
};
const failureOf = (promise) =>
	promise.then(
		() => undefined,
		(error) => error,
	);
const configCalls = (method) => fake.calls(CONFIG).filter((r) => r.method === method);
/** Every secret of the run: the password, the key and each token the fake issued. */
const secrets = () => [ADMIN.password, APP.key, ...fake.tokens.keys()];

beforeAll(async () => {
	logs = captureLogs();
	elsewhere = await new FakeHuawei().start();
});
afterAll(() => elsewhere.stop());
afterEach(async () => {
	await s.stop();
	await fake.stop();
	elsewhere.reset();
});

test("another workflow's configuration is never replaced, enabled, adopted or deleted", async () => {
	await setup();
	fake.webhookConfig = { ...OTHER };
	const error = await failureOf(s.hook('create'));
	expect(error?.message).toContain('other.example');
	expect(await s.hook('checkExists')).toBe(false);
	expect(await s.hook('delete')).toBe(true);
	expect(fake.webhookConfig).toEqual(OTHER);
	expect(configCalls('POST')).toHaveLength(0);
	expect(configCalls('DELETE')).toHaveLength(0);
	expect(fake.calls(/change-status/)).toHaveLength(0);
});

test('a configuration this node set but someone replaced since is not deleted on deactivation', async () => {
	await setup();
	expect(await s.hook('create')).toBe(true);
	expect(fake.webhookConfig).toMatchObject({ url: s.webhookUrl(), status: 0 });
	fake.webhookConfig = { ...OTHER };
	expect(await s.hook('checkExists')).toBe(false);
	expect(await s.hook('delete')).toBe(true);
	expect(fake.webhookConfig).toEqual(OTHER);
	expect(configCalls('DELETE')).toHaveLength(0);
});

test('a 200 answer carrying error_code is a failure: nothing is enabled or remembered', async () => {
	await setup();
	// The first config call is the look-up; the second, the set, answers 200 with Huawei's error body.
	fake.inject({
		kind: 'status',
		status: 200,
		path: CONFIG,
		skip: 1,
		body: { error_code: 'MMC.111070001', error_msg: 'subscriber is invalid', request_id: 'r-1' },
	});
	const error = await failureOf(s.hook('create'));
	expect(error?.message).toContain('MMC.111070001');
	expect(fake.calls(/change-status/)).toHaveLength(0);
	expect(s.staticData()['node:Trigger']?.configId).toBeUndefined();
	expect(await s.hook('checkExists')).toBe(false);
});

test('an empty Webhook Key is refused before anything is sent', async () => {
	await setup({ webhookSubscriberKey: '' });
	const error = await failureOf(s.hook('create'));
	expect(error?.message).toMatch(/Webhook Key/);
	expect(fake.requests).toHaveLength(0);
});

test('a redirecting configuration endpoint: not followed, the error names the host and carries no secret', async () => {
	await setup();
	fake.inject({
		kind: 'status',
		status: 302,
		path: CONFIG,
		times: 10,
		headers: { location: `${elsewhere.url}/v1/mmc/management/webhook/link-config` },
	});
	const error = await failureOf(s.hook('create'));
	expect(error?.message).toContain(`127.0.0.1:${elsewhere.port}`);
	expect(elsewhere.requests).toHaveLength(0);
	expect(fake.webhookConfig).toBeUndefined();
	expect(findSecrets([error, logs], secrets())).toEqual([]);
});

test('an endpoint that echoes the request (key, token) in its error: the error carries no secret in any field', async () => {
	await setup();
	const echo = (r) => ({
		error_code: 'MMC.111070001',
		error_msg: `bad ${JSON.stringify(r.body)} token ${r.headers['x-access-token']}`,
	});
	fake.inject({ kind: 'status', status: 400, path: CONFIG, skip: 1, body: echo });
	const error = await failureOf(s.hook('create'));
	expect(error?.message).toContain('MMC.111070001');
	expect(configCalls('POST')[0].body.subscriberKey).toBe(APP.key); // the probe did see it
	expect(findSecrets([error, logs], secrets())).toEqual([]);
});
