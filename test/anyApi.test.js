'use strict';
// Our three credentials in n8n's own HTTP Request node (n8n-nodes-base) as a Predefined Credential
// Type, through n8n-core's engine against the fakes: the vendor's auth on the wire for an endpoint
// our nodes do not wrap (docs/any-api.md), no redirect followed while carrying it, and the
// credential's "Allowed HTTP Request Domains" honoured, for the call and for the token request.
const crypto = require('node:crypto');
const { isDomainAllowed } = require('n8n-workflow');

const engine = require('../devkit/engine');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { FakeServer } = require('../devkit/fakes/base');
const { FakeDingTalk } = require('../devkit/fakes/dingtalk');
const { FakeHuawei } = require('../devkit/fakes/huawei');
const { FakeTencent } = require('../devkit/fakes/tencent');

/** Where a followed redirect would land: records everything that reaches it. */
class Elsewhere extends FakeServer {}

const LOOPBACK = { allowedHttpRequestDomains: 'domains', allowedDomains: '127.0.0.1' };
let seq = 0;
const unique = (prefix) => `${prefix}-${++seq}-${crypto.randomBytes(6).toString('hex')}`;

/**
 * Per vendor: a fresh credential on its fake, the example call of docs/any-api.md, and the auth
 * that call must carry. `tokens()` are the values the fake issued (the scan looks for them too).
 */
const vendors = {
	dingtalk: {
		fake: () => new FakeDingTalk(),
		type: 'dingTalkApi',
		credential(fake) {
			const app = { clientId: unique('ding-app'), clientSecret: unique('ding-secret') };
			fake.addApp(app);
			fake.addConference('conf-minutes', { title: 'Weekly sync' });
			return {
				secrets: [app.clientSecret],
				data: { appType: 'internal', ...app, baseUrl: fake.url },
			};
		},
		call: (fake) => ({
			method: 'POST',
			url: `${fake.url}/v1.0/conference/videoConferences/conf-minutes/minutes/summaries/query`,
			body: { unionId: 'admin-1', summaryTypeList: ['fullSummary'] },
		}),
		path: /minutes\/summaries/,
		expectAuth(record, fake) {
			expect(fake.tokens.has(record.headers['x-acs-dingtalk-access-token'])).toBe(true);
		},
		expectOutput: (json) =>
			expect(json.summaryList).toEqual([
				{ type: 'fullSummary', content: 'fullSummary of Weekly sync' },
			]),
		tokens: (fake) => [...fake.tokens.keys()],
	},
	huawei: {
		fake: () => new FakeHuawei(),
		type: 'huaweiCloudMeetingApi',
		credential(fake) {
			const account = `${unique('admin')}@corp`;
			const password = unique('pw');
			fake.addUser(account, { password });
			fake.devices = [{ sn: 'SN-1', name: 'Everest Bar', model: 'HUAWEI Bar 500', status: 0 }];
			return {
				secrets: [password],
				data: { authMode: 'account', account, password, baseUrl: fake.url },
			};
		},
		call: (fake) => ({
			method: 'GET',
			url: `${fake.url}/v1/usg/dcs/corp/device?offset=0&limit=10`,
		}),
		path: /corp\/device/,
		expectAuth(record, fake) {
			expect(fake.tokens.has(record.headers['x-access-token'])).toBe(true);
		},
		expectOutput: (json) => expect(json).toMatchObject({ count: 1, data: [{ sn: 'SN-1' }] }),
		tokens: (fake) => [...fake.tokens.keys()],
	},
	tencent: {
		fake: () => new FakeTencent(),
		type: 'tencentCloudChatApi',
		credential(fake) {
			const app = {
				sdkAppId: 1400000000 + Math.floor(Math.random() * 1e6),
				secretKey: unique('tencent-key'),
			};
			fake.addApp(app);
			fake.importAccounts('alice', 'bob');
			fake.online.add('alice');
			return {
				secrets: [app.secretKey],
				data: { ...app, identifier: 'administrator', region: 'custom', baseUrl: fake.url },
			};
		},
		call: (fake) => ({
			method: 'POST',
			url: `${fake.url}/v4/openim/query_online_status`,
			body: { To_Account: ['alice', 'bob'] },
		}),
		path: /query_online_status/,
		expectAuth(record) {
			expect(record.query).toMatchObject({ identifier: 'administrator', contenttype: 'json' });
			expect(record.query.usersig).toBeTruthy();
			expect(record.query.random).toMatch(/^\d+$/);
		},
		expectOutput: (json) =>
			expect(json).toMatchObject({
				ActionStatus: 'OK',
				QueryResult: [
					{ To_Account: 'alice', Status: 'Online' },
					{ To_Account: 'bob', Status: 'Offline' },
				],
			}),
		tokens: (fake) => [...fake.usersigs],
	},
};

/** Manual trigger → HTTP Request with our credential (typeVersion 4.2: credentials follow cross-origin redirects there). */
function httpRequest(type, { method, url, body }, typeVersion = 4.2) {
	const parameters = {
		method,
		url,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: type,
		options: {},
	};
	if (body)
		Object.assign(parameters, {
			sendBody: true,
			specifyBody: 'json',
			jsonBody: JSON.stringify(body),
		});
	return {
		nodes: [
			{
				id: 'n0',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'n1',
				name: 'Vendor',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion,
				position: [200, 0],
				parameters,
				credentials: { [type]: { id: 'cred-1', name: 'c' } },
			},
		],
		connections: { Start: { main: [[{ node: 'Vendor', type: 'main', index: 0 }]] } },
	};
}

let elsewhere;
const logs = [];
const secrets = [];
beforeAll(async () => {
	logs.push(engine.captureLogs());
	await engine.loadPackage();
	elsewhere = await new Elsewhere('elsewhere').start();
});
afterAll(async () => {
	await elsewhere.stop();
	expect(findSecrets(logs, secrets)).toEqual([]);
});
beforeEach(() => elsewhere.reset());

describe.each(Object.keys(vendors))('%s credential in the HTTP Request node', (name) => {
	const v = vendors[name];
	let fake;
	beforeAll(async () => {
		fake = await v.fake().start();
	});
	afterAll(async () => await fake.stop());
	beforeEach(() => fake.reset());

	async function run(fields = LOOPBACK, typeVersion = 4.2) {
		const { data, secrets: own } = v.credential(fake);
		secrets.push(...own);
		const result = await engine.runWorkflow(httpRequest(v.type, v.call(fake), typeVersion), {
			credentials: { 'cred-1': { type: v.type, data: { ...data, ...fields } } },
		});
		// Nothing secret in what the run reports: the credential's secrets, tokens, UserSigs.
		expect(findSecrets(runSurface(result), [...own, ...v.tokens(fake)])).toEqual([]);
		return result;
	}

	test.each([4.2, 4.4])(
		"the vendor's auth on the wire, the vendor's answer out (typeVersion %s)",
		async (typeVersion) => {
			const result = await run(LOOPBACK, typeVersion);
			expect(result.status).toBe('success');
			const calls = fake.calls(v.path);
			expect(calls).toHaveLength(1);
			v.expectAuth(calls[0], fake);
			v.expectOutput(result.output('Vendor')[0].json);
		},
	);

	test('a redirect to another host is not followed: nothing arrives there', async () => {
		fake.inject({
			kind: 'status',
			status: 302,
			headers: { Location: `${elsewhere.url}/collect` },
			body: {},
			path: v.path,
			times: 5,
		});
		const result = await run();
		expect(result.status).toBe('error');
		expect(fake.calls(v.path).length).toBeGreaterThanOrEqual(1);
		expect(elsewhere.requests).toHaveLength(0);
	});

	test('Specific Domains without this host: refused before anything, the token request included, is sent', async () => {
		const result = await run({
			allowedHttpRequestDomains: 'domains',
			allowedDomains: 'example.com',
		});
		expect(result.status).toBe('error');
		expect(String(result.nodeError('Vendor').message)).toMatch(/[Dd]omain not allowed|restricted/);
		expect(fake.requests).toHaveLength(0);
	});

	test('the defaults name only the vendor hosts: a loopback URL is refused', async () => {
		const result = await run({});
		expect(result.status).toBe('error');
		expect(fake.requests).toHaveLength(0);
	});

	test('"None" keeps the credential out of the HTTP Request node', async () => {
		const result = await run({ allowedHttpRequestDomains: 'none' });
		expect(result.status).toBe('error');
		expect(String(result.nodeError('Vendor').message)).toMatch(
			/prevent use within an HTTP Request/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('default Allowed Domains', () => {
	const credentialTypes = async () => {
		const { loader } = await engine.loadPackage();
		return Object.fromEntries(
			Object.values(vendors).map((v) => [v.type, loader.getCredential(v.type).type]),
		);
	};
	const prop = (type, name) => type.properties.find((p) => p.name === name);

	test('hold the default Base URL host, so the token request of the HTTP Request node is allowed', async () => {
		for (const type of Object.values(await credentialTypes())) {
			expect(prop(type, 'allowedHttpRequestDomains').default).toBe('domains');
			const baseUrl = prop(type, 'baseUrl');
			if (baseUrl.default)
				expect(
					isDomainAllowed({
						url: baseUrl.default,
						allowedDomains: prop(type, 'allowedDomains').default,
					}),
				).toBe(true);
		}
	});

	test('hold every host the editor offers: each Tencent region and the Huawei hosts named in Base URL', async () => {
		const types = await credentialTypes();
		const offered = (text) =>
			[...String(text).matchAll(/(?:https:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+\.com)/g)].map(
				(m) => m[1],
			);
		const tencent = prop(types.tencentCloudChatApi, 'region').options.flatMap((o) =>
			offered(o.name),
		);
		const huawei = offered(prop(types.huaweiCloudMeetingApi, 'baseUrl').description);
		expect(tencent.length).toBeGreaterThanOrEqual(8);
		expect(huawei.length).toBe(2);
		for (const [type, hosts] of [
			[types.tencentCloudChatApi, tencent],
			[types.huaweiCloudMeetingApi, huawei],
		]) {
			for (const host of hosts)
				expect([
					host,
					isDomainAllowed({
						url: `https://${host}/`,
						allowedDomains: prop(type, 'allowedDomains').default,
					}),
				]).toEqual([host, true]);
		}
	});
});

// n8n's HTTP Request node asks the credential for a new token after ANY failed call and resends the
// call once when one comes back: only a token that really changed may cause a resend. DingTalk
// answers the same token while it is valid; Huawei says whether a token is still valid (CheckToken).
const refusals = {
	dingtalk: {
		call: (fake) => ({ ...vendors.dingtalk.call(fake), body: { unionId: 7 } }),
		header: 'x-acs-dingtalk-access-token',
	},
	huawei: {
		call: (fake) => ({
			method: 'GET',
			url: `${fake.url}/v1/usg/dcs/corp/device?offset=0&limit=1000`,
		}),
		header: 'x-access-token',
	},
};

describe.each(Object.keys(refusals))(
	'%s: a failed call is resent only when the token was renewed',
	(name) => {
		const v = vendors[name];
		let fake;
		beforeAll(async () => {
			fake = await v.fake().start();
		});
		afterAll(async () => await fake.stop());
		beforeEach(() => fake.reset());

		const setup = () => {
			const { data, secrets: own } = v.credential(fake);
			secrets.push(...own);
			return { 'cred-1': { type: v.type, data: { ...data, ...LOOPBACK } } };
		};

		test('a refusal that is not about the token is not resent', async () => {
			const credentials = setup();
			const result = await engine.runWorkflow(httpRequest(v.type, refusals[name].call(fake)), {
				credentials,
			});
			expect(result.status).toBe('error');
			expect(fake.calls(v.path)).toHaveLength(1);
		});

		test('an expired token is renewed and the call resent once', async () => {
			const credentials = setup();
			const first = await engine.runWorkflow(httpRequest(v.type, v.call(fake)), { credentials });
			// n8n keeps the token in the credential between executions.
			credentials['cred-1'].data.accessToken = first.store.get('cred-1').data.accessToken;
			expect(credentials['cred-1'].data.accessToken).toBeTruthy();
			fake.reset();
			fake.expireTokens();
			const result = await engine.runWorkflow(httpRequest(v.type, v.call(fake)), { credentials });
			expect(result.status).toBe('success');
			const calls = fake.calls(v.path);
			expect(calls).toHaveLength(2);
			expect(calls[1].headers[refusals[name].header]).not.toBe(
				calls[0].headers[refusals[name].header],
			);
		});
	},
);
