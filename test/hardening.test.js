'use strict';
// The kernel's hardening rules, through n8n's engine against the fakes, for EVERY registered
// operation: no redirect is followed with credentials, secrets are scrubbed in every form even
// when a server echoes the request, Retry-After is honoured only up to a cap, option values from
// expressions are clamped, and every error item names what it was about.
// Pickers and credential tests: hardening.pickers.test.js, hardening.credentials.test.js.
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { testAdapters: adapters, useVirtualClock } = require('../devkit/vendors');
const { startAttacker, authValuesSeen, failureEcho, successEcho } = require('./hardening.helpers');

const FAST = { retryDelayMs: 5, timeoutMs: 2000, concurrency: 2 };

let attacker;
beforeAll(async () => {
	await loadPackage();
	attacker = await startAttacker();
});
afterAll(async () => new Promise((r) => attacker.close(r)));

const TOKEN_PATHS = { DingTalk: /\/oauth2\//, 'Huawei Cloud Meeting': /\/usg\/acs\/auth\// };
const ABOUT = new Set([
	'error',
	'description',
	'vendor',
	'vendorCode',
	'requestId',
	'httpCode',
	'itemIndex',
]);

const cases = adapters.flatMap((vendor) =>
	Object.entries(vendor.operations).map(([name, op]) => [`${vendor.name} ${name}`, vendor, op]),
);

describe.each(cases)('%s', (_title, vendor, op) => {
	useVirtualClock(op);
	let fake;
	beforeAll(async () => {
		fake = await vendor.startFake();
	});
	afterAll(async () => fake.stop());
	beforeEach(() => {
		fake.reset();
		attacker.hits = 0;
	});

	async function run(options = {}, n = 2, setup = () => {}, continueOnFail = true) {
		const { credentials, secrets } = vendor.newCredentials(fake);
		op.prepare(fake, n);
		const wf = op.workflow({ ...FAST, ...options });
		if (continueOnFail) wf.nodes[1].onError = 'continueRegularOutput';
		setup(wf);
		const result = await runWorkflow(wf, { credentials, items: op.items(n) });
		return { result, out: result.output('Vendor'), secrets: [...secrets, ...authValuesSeen(fake)] };
	}

	test('a redirect is never followed: the error names its host, nothing reaches it', async () => {
		fake.inject({
			kind: 'status',
			status: 307,
			headers: { Location: attacker.url },
			body: {},
			path: vendor.businessPath,
			times: 100,
		});
		const { out, secrets, result } = await run();
		expect(attacker.hits).toBe(0);
		for (const item of out)
			expect(item.json.error).toMatch(/redirect to 127\.0\.0\.1:\d+; it was not followed/);
		expect(findSecrets(runSurface(result), secrets)).toEqual([]);
	});

	test('an answer that echoes the request (auth included, in every encoding) leaks nothing', async () => {
		fake.inject({
			kind: 'status',
			status: 400,
			body: failureEcho,
			path: vendor.businessPath,
			times: 1,
		});
		fake.inject({
			kind: 'status',
			status: 200,
			body: successEcho[vendor.name],
			path: vendor.businessPath,
			times: 1,
		});
		const { out, secrets, result } = await run({ concurrency: 1 });
		expect(out.length).toBeGreaterThan(0);
		expect(secrets.length).toBeGreaterThan(0);
		expect(findSecrets(runSurface(result), secrets)).toEqual([]);
	});

	test('without Continue On Fail, the stored error (errorResponse, cause, every field) holds no echoed secret', async () => {
		fake.inject({
			kind: 'status',
			status: 400,
			body: failureEcho,
			path: vendor.businessPath,
			times: 1,
		});
		const { secrets, result } = await run({ concurrency: 1 }, 1, () => {}, false);
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').errorResponse).toBeDefined();
		expect(findSecrets(runSurface(result), secrets)).toEqual([]);
	});

	test("every error item names what it was about, beyond the vendor's code", async () => {
		fake.inject({
			kind: 'status',
			status: 400,
			body: {
				code: 'param.error',
				message: 'bad',
				error_code: 'X.400',
				error_msg: 'bad',
				ActionStatus: 'FAIL',
				ErrorCode: 10004,
				ErrorInfo: 'bad',
			},
			path: vendor.businessPath,
			times: 100,
		});
		const { out } = await run();
		for (const item of out) {
			expect(item.json.error).toBeDefined();
			expect(Object.keys(item.json).filter((k) => !ABOUT.has(k))).not.toEqual([]);
		}
	});

	if (op.idempotent) {
		test('a Retry-After beyond the cap fails the item at once, clearly', async () => {
			fake.inject({
				kind: 'status',
				status: 429,
				headers: { 'Retry-After': '7200' },
				body: {},
				path: vendor.businessPath,
				times: 100,
			});
			const { out } = await run({}, 1);
			expect(out[0].json.error).toBeDefined();
			expect(out[0].json.description).toMatch(/asked to wait 7200 s/);
			expect(fake.calls(vendor.businessPath)).toHaveLength(1);
		});

		test('option values from expressions are clamped: Max Retries 10^6 still stops', async () => {
			fake.inject({
				kind: 'status',
				status: 503,
				body: 'down',
				path: vendor.businessPath,
				times: 1000,
			});
			const { out } = await run({ maxRetries: '={{ 1000000 }}', retryDelayMs: '={{ -50 }}' }, 1);
			expect(out[0].json.error).toBeDefined();
			expect(fake.calls(vendor.businessPath)).toHaveLength(11);
		});
	}
});

describe.each(adapters.filter((a) => TOKEN_PATHS[a.name]).map((a) => [a.name, a]))(
	'%s token endpoint',
	(name, vendor) => {
		test('a redirect from the token endpoint is not followed: no secret goes there, no call is made', async () => {
			const fake = await vendor.startFake();
			try {
				const [, op] = Object.entries(vendor.operations)[0];
				const { credentials, secrets } = vendor.newCredentials(fake);
				op.prepare(fake, 1);
				fake.inject({
					kind: 'status',
					status: 302,
					headers: { Location: attacker.url },
					body: {},
					path: TOKEN_PATHS[name],
					times: 100,
				});
				const wf = op.workflow(FAST);
				wf.nodes[1].onError = 'continueRegularOutput';
				const result = await runWorkflow(wf, { credentials, items: op.items(1) });
				const [item] = result.output('Vendor');
				expect(item.json.error).toMatch(/redirect to 127\.0\.0\.1:\d+; it was not followed/);
				expect(attacker.hits).toBe(0);
				expect(vendor.businessCalls(fake)).toBe(0);
				expect(findSecrets(runSurface(result), secrets)).toEqual([]);
			} finally {
				await fake.stop();
			}
		});
	},
);

const onceOnly = adapters.flatMap((vendor) =>
	Object.entries(vendor.operations)
		.filter(([, op]) => !op.idempotent)
		.map(([name, op]) => [`${vendor.name} ${name}`, vendor, op]),
);

describe.each(onceOnly)('%s (must not arrive twice)', (_title, vendor, op) => {
	test.each([
		['connection reset', { kind: 'reset' }],
		[
			'HTTP 500',
			{ kind: 'status', status: 500, body: { code: 'system.error', message: 'System Error' } },
		],
	])("n8n's own Retry On Fail cannot resend it after a %s", async (_f, fault) => {
		const fake = await vendor.startFake();
		try {
			const { credentials } = vendor.newCredentials(fake);
			op.prepare(fake, 1);
			const wf = op.workflow(FAST);
			// 1 ms between tries: n8n reads 0 as its default of 1000 ms (WorkflowExecute.getRetryParams).
			Object.assign(wf.nodes[1], { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 });
			fake.inject({ ...fault, path: vendor.businessPath, times: 1 });
			const result = await runWorkflow(wf, { credentials, items: op.items(1) });
			expect(result.status).toBe('error');
			expect(result.nodeError('Vendor').message).toMatch(/ALREADY_SENT/);
			expect(vendor.businessCalls(fake)).toBe(1);
		} finally {
			await fake.stop();
		}
	});
});
