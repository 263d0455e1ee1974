'use strict';
// Our three credentials in n8n's own HTTP Request node (n8n-nodes-base) as a Predefined Credential
// Type, through n8n-core's engine against the fakes: the vendor's auth on the wire for an endpoint
// our nodes do not wrap (docs/any-api.md), no redirect followed while carrying it, and the
// credential's "Allowed HTTP Request Domains" honoured, for the call and for the token request.
const { isDomainAllowed } = require('n8n-workflow');
const engine = require('../devkit/engine');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { FakeServer } = require('../devkit/fakes/base');
const { LOOPBACK, vendors, httpRequest, guardLogs } = require('./anyApi.helpers');

/** Where a followed redirect would land: records everything that reaches it. */
class Elsewhere extends FakeServer {}

const secrets = guardLogs();
let elsewhere;
beforeAll(async () => {
	elsewhere = await new Elsewhere('elsewhere').start();
});
afterAll(async () => {
	await elsewhere.stop();
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
