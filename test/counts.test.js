'use strict';
// Requests sent equal the physical minimum for every registered operation: Σ ceil(idsᵢ / vendor limit)
// business calls, one token fetch per credential per validity window, none while it is cached.
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { adapters } = require('../devkit/vendors');

beforeAll(async () => loadPackage());

const cases = adapters.flatMap((vendor) => Object.entries(vendor.operations).map(([name, op]) => [vendor.name, name, vendor, op]));

test.each(cases)('%s %s sends the physical minimum of requests', async (_v, _name, vendor, op) => {
	const fake = await vendor.startFake();
	try {
		const { credentials } = vendor.newCredentials(fake);
		const n = 60;
		op.prepare(fake, n);
		// List operations get uneven lists around the vendor's per-call limit.
		const counts = Array.from({ length: n }, (_, i) => [1, vendor.limit - 1, vendor.limit, vendor.limit + 1, 2 * vendor.limit + 7][i % 5]);
		const items = op.listItems ? op.listItems(counts) : op.items(n);
		const minimum = op.listItems ? counts.reduce((sum, c) => sum + Math.ceil(c / vendor.limit), 0) : n;
		// Default pacing: it keeps us under the fake's enforced rate limit, so no call is throttled.
		const wf = op.workflow({ concurrency: 8 });

		const first = await runWorkflow(wf, { credentials, items });
		expect(first.status).toBe('success');
		// Every input item answered (a listing answers with one item per entry it found).
		expect(new Set(first.output('Vendor').map((i) => i.pairedItem.item)).size).toBe(n);
		expect(vendor.businessCalls(fake)).toBe(minimum);
		expect(vendor.tokenCalls(fake)).toBeLessThanOrEqual(1);

		fake.reset();
		const again = await runWorkflow(wf, { credentials, items: items.slice(0, 5) });
		expect(again.status).toBe('success');
		expect(vendor.tokenCalls(fake)).toBe(0);
	} finally {
		await fake.stop();
	}
});
