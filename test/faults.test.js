'use strict';
// The fault matrix, over EVERY registered operation of every vendor (devkit/vendors): idempotent
// calls heal by retrying, a call that may have arrived is not resent, with "Continue On Fail"
// items out == items in, in order, and no secret shows in anything the run reports.
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { callPicker, testCredential } = require('../devkit/contexts');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { testAdapters: adapters, useVirtualClock, virtualClock } = require('../devkit/vendors');

const FAST = { retryDelayMs: 5, timeoutMs: 400, concurrency: 3 };
const N = 3;
/**
 * Waits the node takes whatever its Options say pass on the virtual clock (devkit/vendors): the
 * client timeout of a call that gets no answer, and the pause a throttling answer asks for
 * (DingTalk's 1 s window). Entries paced on their own run on it throughout (`useVirtualClock`).
 */
function onVirtualClock(op, fault, vendor) {
	const waits = fault.kind === 'hang' || vendor.throttleFaults.includes(fault);
	return waits && !op.pacedPerSecond ? virtualClock() : () => {};
}

const generalFaults = [
	['HTTP 500', { kind: 'status', status: 500, body: { code: 'InternalError', message: 'boom' } }],
	['HTTP 502 HTML page', { kind: 'html', status: 502 }],
	['HTTP 503', { kind: 'status', status: 503, body: 'Service Unavailable' }],
	['malformed JSON', { kind: 'malformed', status: 200 }],
	['connection reset', { kind: 'reset' }],
	['no answer (client timeout)', { kind: 'hang' }],
];
const persistentFaults = [
	...generalFaults,
	[
		'redirect to another host',
		{
			kind: 'status',
			status: 302,
			headers: { Location: 'http://attacker.example/steal' },
			body: {},
		},
	],
];

beforeAll(async () => loadPackage());

const cases = adapters.flatMap((vendor) =>
	Object.entries(vendor.operations).map(([name, op]) => [
		`${vendor.name} ${name}`,
		vendor,
		name,
		op,
	]),
);

describe.each(cases)('%s', (_title, vendor, opName, op) => {
	useVirtualClock(op);
	let fake;
	beforeAll(async () => {
		fake = await vendor.startFake();
		// One clean run first: a cold process's first request must not meet the short timeout below.
		const { credentials } = vendor.newCredentials(fake);
		op.prepare(fake, 1);
		await runWorkflow(op.workflow({ ...FAST, timeoutMs: 10000 }), {
			credentials,
			items: op.items(1),
		});
	});
	afterAll(async () => fake.stop());
	beforeEach(() => fake.reset());

	async function run(options = {}, n = N, continueOnFail = true) {
		const { credentials, secrets } = vendor.newCredentials(fake);
		op.prepare(fake, n);
		// One call per item: the matrix is about how each call meets a fault (combining has its own tests).
		const wf = op.workflow({ ...FAST, combineItems: false, ...options });
		if (continueOnFail) wf.nodes[1].onError = 'continueRegularOutput';
		const result = await runWorkflow(wf, { credentials, items: op.items(n) });
		return { result, secrets, out: result.output('Vendor') };
	}

	if (op.idempotent) {
		test.each([
			...generalFaults,
			...vendor.throttleFaults.map((f, i) => [
				`throttling #${i + 1} (${f.status ?? f.code ?? f.kind})`,
				f,
			]),
		])('one %s is retried and every item succeeds, in order', async (_fault, fault) => {
			const stopClock = onVirtualClock(op, fault, vendor);
			try {
				const before = vendor.businessCalls(fake);
				fake.inject({ ...fault, path: vendor.businessPath, times: 1 });
				const { out } = await run();
				expect(out.filter((i) => i.json.error)).toEqual([]);
				expect([...new Set(out.map((i) => i.pairedItem.item))]).toEqual([0, 1, 2]);
				expect(vendor.businessCalls(fake) - before).toBeGreaterThanOrEqual(N + 1);
			} finally {
				stopClock();
			}
		});

		test('a token that expires mid-run is renewed once and the run completes', async () => {
			const { credentials } = vendor.newCredentials(fake);
			op.prepare(fake, 12);
			fake.after(vendor.businessPath, 6, () => vendor.expireTokens(fake));
			const result = await runWorkflow(op.workflow({ ...FAST, concurrency: 4 }), {
				credentials,
				items: op.items(12),
			});
			expect(result.status).toBe('success');
			expect(new Set(result.output('Vendor').map((i) => i.pairedItem.item)).size).toBe(12);
			expect(vendor.tokenCalls(fake)).toBeLessThanOrEqual(2);
		});
	} else {
		test.each([
			['connection reset', { kind: 'reset' }],
			['no answer (client timeout)', { kind: 'hang' }],
			[
				'HTTP 500',
				{ kind: 'status', status: 500, body: { code: 'system.error', message: 'System Error' } },
			],
		])('after a %s the call is reported, not resent', async (_f, fault) => {
			const stopClock = onVirtualClock(op, fault, vendor);
			try {
				fake.inject({ ...fault, path: vendor.businessPath, times: 1 });
				const { out } = await run({}, 1);
				expect(out).toHaveLength(1);
				expect(out[0].json.error).toBeDefined();
				expect(vendor.businessCalls(fake)).toBe(1);
			} finally {
				stopClock();
			}
		});
	}

	test.each(persistentFaults)(
		'a persistent %s fails each item clearly, items out == items in, nothing secret',
		async (_fault, fault) => {
			const stopClock = onVirtualClock(op, fault, vendor);
			try {
				fake.inject({ ...fault, path: vendor.businessPath, times: 1000 });
				const { out, result, secrets } = await run({ maxRetries: 1 });
				expect(out).toHaveLength(N);
				expect(out.map((i) => i.pairedItem.item)).toEqual([0, 1, 2]);
				for (const item of out) {
					expect(item.json.error).toMatch(new RegExp(`^${vendor.name} error `));
					expect(item.json.vendorCode).toBeDefined();
				}
				expect(findSecrets(runSurface(result), secrets)).toEqual([]);
			} finally {
				stopClock();
			}
		},
	);

	test('without Continue On Fail, the first failure stops the run: no new call starts', async () => {
		fake.inject({
			kind: 'status',
			status: 400,
			path: vendor.businessPath,
			times: 1,
			body: {
				code: 'param.error',
				message: 'bad',
				error_code: 'X.400',
				error_msg: 'bad',
				ActionStatus: 'FAIL',
				ErrorCode: 10004,
				ErrorInfo: 'bad',
			},
		});
		const before = vendor.businessCalls(fake);
		const { result } = await run({ concurrency: 1 }, 5, false);
		expect(result.status).toBe('error');
		expect(vendor.businessCalls(fake) - before).toBe(1);
	});
});

// The editor's calls meet the same rules: a picker's or a credential test's call the vendor refuses
// for good is not resent, and fails clearly with the vendor's code. (Faults that are retried wait the
// default backoff here, as these calls have no Options: their retries are covered by the operations above.)
const REFUSAL = {
	kind: 'status',
	status: 400,
	body: {
		code: 'param.error',
		message: 'refused',
		error_code: 'X.400',
		error_msg: 'refused',
		ActionStatus: 'FAIL',
		ErrorCode: 10004,
		ErrorInfo: 'refused',
	},
};
const editorCases = adapters.flatMap((vendor) => [
	...Object.keys(vendor.pickers).map((name) => [`${vendor.name} ${name}`, vendor, name]),
	[`${vendor.name} credential test`, vendor, 'credentialTest'],
]);

describe.each(editorCases)('%s', (_title, vendor, name) => {
	test("a refusal fails it clearly with the vendor's code, sent once, nothing secret", async () => {
		const fake = await vendor.startFake();
		try {
			const { credentials, secrets } = vendor.newCredentials(fake);
			const paths = name === 'credentialTest' ? vendor.credentialTest.paths : [vendor.businessPath];
			const path = paths[paths.length - 1];
			fake.inject({ ...REFUSAL, path, times: 100 });
			let outcome;
			if (name === 'credentialTest') {
				const { type, data } = credentials['cred-1'];
				outcome = await testCredential(type, data);
				expect(outcome.status).toBe('Error');
				expect(outcome.message).toMatch(
					new RegExp(`^${vendor.name} (error|refused) .*(param\\.error|X\\.400|10004)`),
				);
			} else {
				vendor.pickers[name].prepare(fake);
				const [kind, method] = name.split('.');
				outcome = await callPicker(vendor.nodeType, kind, method, credentials, {
					parameters: vendor.pickers[name].parameters,
				}).catch((e) => e);
				expect(outcome.message).toMatch(
					new RegExp(`^${vendor.name} error (param\\.error|X\\.400|10004)`),
				);
			}
			expect(fake.calls(path)).toHaveLength(1);
			expect(findSecrets([outcome], secrets)).toEqual([]);
		} finally {
			await fake.stop();
		}
	});
});
