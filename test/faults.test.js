'use strict';
// The fault matrix: for every vendor and fault, idempotent calls heal by retrying, a call that may
// have arrived is not resent, and with "Continue On Fail" items out == items in, in order.
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { adapters } = require('../devkit/vendors');

const FAST = { retryDelayMs: 5, timeoutMs: 400, concurrency: 3 };
const N = 5;

const generalFaults = [
	['HTTP 500', { kind: 'status', status: 500, body: { code: 'InternalError', message: 'boom' } }],
	['HTTP 502 HTML page', { kind: 'html', status: 502 }],
	['HTTP 503', { kind: 'status', status: 503, body: 'Service Unavailable' }],
	['malformed JSON', { kind: 'malformed', status: 200 }],
	['connection reset', { kind: 'reset' }],
	['no answer (client timeout)', { kind: 'hang' }],
];

beforeAll(async () => loadPackage());

describe.each(adapters.map((a) => [a.name, a]))('%s', (_name, vendor) => {
	let fake;
	beforeAll(async () => {
		fake = await vendor.startFake();
	});
	afterAll(async () => fake.stop());
	beforeEach(() => fake.reset());

	const [opName, op] = Object.entries(vendor.operations).find(([, o]) => o.idempotent);

	async function run(options = {}, items = op.items(N), continueOnFail = true) {
		const { credentials, secrets } = vendor.newCredentials(fake);
		op.prepare(fake, N);
		const wf = op.workflow({ ...FAST, ...options });
		if (continueOnFail) wf.nodes[1].onError = 'continueRegularOutput';
		const result = await runWorkflow(wf, { credentials, items });
		return { result, secrets, out: result.output('Vendor') };
	}

	test.each([...generalFaults, ...vendor.throttleFaults.map((f, i) => [`throttling #${i + 1} (${f.status ?? f.code ?? f.kind})`, f])])(
		`${opName}: one %s is retried and every item succeeds, in order`,
		async (_fault, fault) => {
			fake.inject({ ...fault, path: vendor.businessPath, times: 1 });
			const { out } = await run();
			expect(out).toHaveLength(N);
			expect(out.map((i) => i.pairedItem.item)).toEqual([0, 1, 2, 3, 4]);
			expect(out.filter((i) => i.json.error)).toEqual([]);
			expect(vendor.businessCalls(fake)).toBe(N + 1);
		},
	);

	test.each(generalFaults)(`${opName}: a persistent %s fails each item clearly, items out == items in`, async (_fault, fault) => {
		fake.inject({ ...fault, path: vendor.businessPath, times: 1000 });
		const { out, result, secrets } = await run({ maxRetries: 1 });
		expect(out).toHaveLength(N);
		expect(out.map((i) => i.pairedItem.item)).toEqual([0, 1, 2, 3, 4]);
		for (const item of out) {
			expect(item.json.error).toMatch(new RegExp(`^${vendor.name} error `));
			expect(item.json.vendorCode).toBeDefined();
		}
		expect(findSecrets(runSurface(result), secrets)).toEqual([]);
	});

	test(`${opName}: a token that expires mid-run is renewed once and the run completes`, async () => {
		const { credentials } = vendor.newCredentials(fake);
		op.prepare(fake, 40);
		const wf = op.workflow({ ...FAST, concurrency: 4 });
		const items = op.items(40);
		let served = 0;
		const original = fake.handle.bind(fake);
		fake.handle = async (r) => {
			if (vendor.businessPath.test(r.path) && ++served === 20) vendor.expireTokens(fake);
			return original(r);
		};
		try {
			const result = await runWorkflow(wf, { credentials, items });
			expect(result.status).toBe('success');
			expect(result.output('Vendor')).toHaveLength(40);
			expect(vendor.tokenCalls(fake)).toBeLessThanOrEqual(2);
		} finally {
			fake.handle = original;
		}
	});

	const nonIdempotent = Object.entries(vendor.operations).find(([, o]) => !o.idempotent);
	if (nonIdempotent) {
		const [name, nop] = nonIdempotent;
		test.each([
			['connection reset', { kind: 'reset' }],
			['no answer (client timeout)', { kind: 'hang' }],
			['HTTP 500', { kind: 'status', status: 500, body: { code: 'system.error', message: 'System Error' } }],
		])(`${name}: after a %s the call is reported, not resent`, async (_f, fault) => {
			const { credentials } = vendor.newCredentials(fake);
			nop.prepare(fake, 1);
			const wf = nop.workflow(FAST);
			wf.nodes[1].onError = 'continueRegularOutput';
			fake.inject({ ...fault, path: vendor.businessPath, times: 1 });
			const result = await runWorkflow(wf, { credentials, items: nop.items(1) });
			const out = result.output('Vendor');
			expect(out).toHaveLength(1);
			expect(out[0].json.error).toBeDefined();
			expect(vendor.businessCalls(fake)).toBe(1);
		});
	}
});
