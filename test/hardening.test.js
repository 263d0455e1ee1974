'use strict';
// The kernel's hardening rules, through n8n's engine against the fakes, for EVERY registered
// operation: no redirect is followed with credentials, secrets are scrubbed in every form even
// when a server echoes the request, Retry-After is honoured only up to a cap, option values from
// expressions are clamped, and every error item names what it was about.
const http = require('node:http');
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { callPicker, testCredential } = require('../devkit/contexts');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { testAdapters: adapters, useVirtualClock } = require('../devkit/vendors');

const FAST = { retryDelayMs: 5, timeoutMs: 2000, concurrency: 2 };

/** A host that must never be reached: it counts whatever arrives. */
let attacker;
beforeAll(async () => {
	await loadPackage();
	attacker = http.createServer((req, res) => {
		attacker.hits++;
		res.end('{}');
	});
	attacker.hits = 0;
	await new Promise((r) => attacker.listen(0, '127.0.0.1', r));
	attacker.url = `http://127.0.0.1:${attacker.address().port}/collect`;
});
afterAll(async () => new Promise((r) => attacker.close(r)));

/** Every auth value the fake saw: tokens, UserSigs, Basic and HMAC headers. */
function authValuesSeen(fake) {
	const out = [];
	for (const r of fake.requests) {
		for (const h of [
			'x-acs-dingtalk-access-token',
			'x-access-token',
			'authorization',
			'x-conference-authorization',
		])
			if (r.headers[h]) out.push(String(r.headers[h]));
		if (r.query.usersig) out.push(r.query.usersig);
	}
	return out;
}

/** Every character but letters and digits percent-encoded (`*` as %2A or %2a), as some encoders send a query. */
const percentAll = (text, lower) =>
	text.replace(/[^A-Za-z0-9]/g, (c) =>
		[...Buffer.from(c)]
			.map((b) => `%${b.toString(16).padStart(2, '0')[lower ? 'toLowerCase' : 'toUpperCase']()}`)
			.join(''),
	);

/** A gateway that echoes the whole request back: raw, base64, percent-encoded (any reserved character, either hex case). */
function echo(r) {
	const text = JSON.stringify({ headers: r.headers, query: r.query, body: r.raw });
	const query = new URLSearchParams(r.query).toString();
	return `${text} ${Buffer.from(text).toString('base64')} ${encodeURIComponent(text)} ${query} ${percentAll(query, false)} ${percentAll(query, true)}`;
}
const failureEcho = (r) => {
	const e = echo(r);
	return {
		code: 'Echo',
		message: e,
		error_code: 'ECHO.1',
		error_msg: e,
		ActionStatus: 'FAIL',
		ErrorCode: 10004,
		ErrorInfo: e,
	};
};
const successEcho = {
	DingTalk: (r) => ({ success: true, result: true, echo: echo(r) }),
	'Tencent Cloud Chat': (r) => ({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', echo: echo(r) }),
	'Huawei Cloud Meeting': (r) => ({ echo: echo(r) }),
};
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
