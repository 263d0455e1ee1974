'use strict';
// Requests sent equal the physical minimum for every registered operation, one token fetch per
// credential per validity window and none while it is cached. For list-taking operations the
// minimum is Σ over distinct targets ⌈ids for that target / per-call limit⌉: items with the same
// target (everything in the call but the ids) share calls; with "Combine Items" off, each item
// takes ⌈its ids / limit⌉ calls of its own.
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { testAdapters: adapters, startVirtualClock } = require('../devkit/vendors');

beforeAll(async () => loadPackage());

const cases = adapters.flatMap((vendor) =>
	Object.entries(vendor.operations).map(([name, op]) => [vendor.name, name, vendor, op]),
);

function physicalMinimum(op, items, counts, limit, combined) {
	// callsPerItem: an operation that reads before it writes (Huawei's Meeting → Update) makes two.
	if (!op.listItems) return items.length * (op.callsPerItem ?? 1);
	if (!combined || !op.targetOf) return counts.reduce((sum, c) => sum + Math.ceil(c / limit), 0);
	const perTarget = new Map();
	items.forEach((item, i) =>
		perTarget.set(op.targetOf(item), (perTarget.get(op.targetOf(item)) ?? 0) + counts[i]),
	);
	return [...perTarget.values()].reduce((sum, c) => sum + Math.ceil(c / limit), 0);
}

describe.each([
	['combined', true],
	['each item alone', false],
])('%s', (_mode, combined) => {
	const relevant = combined ? cases : cases.filter(([, , , op]) => op.targetOf);
	test.each(relevant)(
		'%s %s sends the physical minimum of requests',
		async (_v, _name, vendor, op) => {
			// Unpaced (devkit/vendors UNPACED): this test counts calls; pacing has its own tests, and a
			// busy CI machine's late timers must not turn into a throttled call and a retry.
			const fake = await vendor.startFake();
			const stopClock = startVirtualClock(op);
			try {
				const { credentials } = vendor.newCredentials(fake);
				const n = op.countItems ?? 60;
				const limit = op.limit ?? vendor.limit;
				op.prepare(fake, n);
				// List operations get uneven lists around the per-call limit.
				// (At least one id each: with a limit of 1, "limit - 1" would be an empty list.)
				const counts = Array.from({ length: n }, (_, i) =>
					Math.max(1, [1, limit - 1, limit, limit + 1, 2 * limit + 7][i % 5]),
				);
				const items = op.listItems ? op.listItems(counts) : op.items(n);
				const wf = op.workflow({ concurrency: 8, combineItems: combined });

				const first = await runWorkflow(wf, { credentials, items });
				expect(first.status).toBe('success');
				// Every input item answered (a listing answers with one item per entry it found).
				expect(new Set(first.output('Vendor').map((i) => i.pairedItem.item)).size).toBe(n);
				expect(vendor.businessCalls(fake)).toBe(
					physicalMinimum(op, items, counts, limit, combined),
				);
				expect(vendor.tokenCalls(fake)).toBeLessThanOrEqual(1);

				fake.reset();
				const again = await runWorkflow(wf, { credentials, items: items.slice(0, 5) });
				expect(again.status).toBe('success');
				expect(vendor.tokenCalls(fake)).toBe(0);
			} finally {
				stopClock();
				await fake.stop();
			}
		},
	);
});
