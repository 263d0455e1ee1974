'use strict';
// The kernel's hardening rules for the credential test of every vendor in the registry
// (devkit/vendors): no redirect followed, an answer that says failure fails, nothing secret.
const { loadPackage } = require('../devkit/engine');
const { testCredential } = require('../devkit/contexts');
const { findSecrets } = require('../devkit/secrets');
const { testAdapters: adapters } = require('../devkit/vendors');
const { startAttacker, authValuesSeen, failureEcho } = require('./hardening.helpers');

let attacker;
beforeAll(async () => {
	await loadPackage();
	attacker = await startAttacker();
});
afterAll(async () => new Promise((r) => attacker.close(r)));

describe.each(adapters.map((a) => [a.name, a]))('%s credential test', (_name, vendor) => {
	let fake;
	beforeAll(async () => {
		fake = await vendor.startFake();
	});
	afterAll(async () => fake.stop());
	beforeEach(() => {
		fake.reset();
		attacker.hits = 0;
	});

	async function test_(setup = () => {}) {
		const { credentials, secrets } = vendor.newCredentials(fake);
		const { type, data } = credentials['cred-1'];
		setup();
		const result = await testCredential(type, data);
		return { result, secrets: [...secrets, ...authValuesSeen(fake)] };
	}

	test('passes with good values', async () => {
		expect((await test_()).result).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test.each(vendor.credentialTest.paths.map((path) => [String(path), path]))(
		'a redirect at %s fails, names the host, sends nothing there',
		async (_p, path) => {
			const { result, secrets } = await test_(() =>
				fake.inject({
					kind: 'status',
					status: 302,
					headers: { Location: attacker.url },
					body: {},
					path,
					times: 100,
				}),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/redirect to 127\.0\.0\.1:\d+; it was not followed/);
			expect(attacker.hits).toBe(0);
			expect(findSecrets([result], secrets)).toEqual([]);
		},
	);

	test.each(
		vendor.credentialTest.paths.flatMap((path) =>
			[200, 400].map((status) => [String(path), status, path]),
		),
	)(
		"an answer at %s (HTTP %s) that says failure and echoes the request fails, with the vendor's code, nothing secret",
		async (_p, status, path) => {
			const { result, secrets } = await test_(() =>
				fake.inject({ kind: 'status', status, body: failureEcho, path, times: 100 }),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(new RegExp(`^${vendor.name} (error|refused)`));
			expect(result.message).toMatch(/Echo|ECHO\.1|10004/);
			expect(findSecrets([result], secrets)).toEqual([]);
		},
	);
});
