'use strict';
// The kernel's hardening rules for the editor's picker calls of every vendor in the registry
// (devkit/vendors): no redirect followed, no secret leaked when a server echoes the request.
const { loadPackage } = require('../devkit/engine');
const { callPicker } = require('../devkit/contexts');
const { findSecrets } = require('../devkit/secrets');
const { testAdapters: adapters } = require('../devkit/vendors');
const { startAttacker, authValuesSeen, failureEcho, successEcho } = require('./hardening.helpers');

let attacker;
beforeAll(async () => {
	await loadPackage();
	attacker = await startAttacker();
});
afterAll(async () => new Promise((r) => attacker.close(r)));

/** Picker and credential-test cases of every vendor in the registry: the editor's calls get the same guarantees. */
const pickerCases = adapters.flatMap((vendor) =>
	Object.entries(vendor.pickers).map(([name, picker]) => [
		`${vendor.name} ${name}`,
		vendor,
		name,
		picker,
	]),
);

describe.each(pickerCases)('%s (picker)', (_title, vendor, name, picker) => {
	let fake;
	beforeAll(async () => {
		fake = await vendor.startFake();
	});
	afterAll(async () => fake.stop());
	beforeEach(() => {
		fake.reset();
		attacker.hits = 0;
	});

	async function search() {
		const { credentials, secrets } = vendor.newCredentials(fake);
		picker.prepare(fake);
		const [kind, method] = name.split('.');
		try {
			return {
				answer: await callPicker(vendor.nodeType, kind, method, credentials, {
					parameters: picker.parameters,
				}),
				secrets: [...secrets, ...authValuesSeen(fake)],
			};
		} catch (error) {
			return { error, secrets: [...secrets, ...authValuesSeen(fake)] };
		}
	}

	test('a redirect is never followed: the error names its host, nothing reaches it, nothing secret', async () => {
		fake.inject({
			kind: 'status',
			status: 302,
			headers: { Location: attacker.url },
			body: {},
			path: vendor.businessPath,
			times: 100,
		});
		const { error, secrets } = await search();
		expect(error.message).toMatch(/redirect to 127\.0\.0\.1:\d+; it was not followed/);
		expect(attacker.hits).toBe(0);
		expect(findSecrets([error], secrets)).toEqual([]);
	});

	test.each([
		['a failure', 400, failureEcho],
		['a success', 200, successEcho],
	])(
		'%s that echoes the request (auth included, in every encoding) leaks nothing',
		async (_what, status, body) => {
			fake.inject({
				kind: 'status',
				status,
				body: typeof body === 'function' ? body : body[vendor.name],
				path: vendor.businessPath,
				times: 100,
			});
			const { answer, error, secrets } = await search();
			expect(secrets.length).toBeGreaterThan(0);
			if (status === 400) expect(error).toBeDefined();
			expect(findSecrets([answer, error], secrets)).toEqual([]);
		},
	);
});
