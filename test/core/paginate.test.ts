import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { paginate } from '../../nodes/core';

// paginate only asks the context for the node, to name it in errors.
const ctx = { getNode: () => ({ name: 'Vendor' }) } as unknown as IExecuteFunctions;
const entries = (from: number, n: number): IDataObject[] =>
	Array.from({ length: n }, (_, i) => ({ i: from + i }));

test('follows the cursor to the last page, or stops at the limit', async () => {
	const pages: number[] = [];
	const all = await paginate<number>({
		ctx,
		itemIndex: 0,
		vendor: 'V',
		limit: Infinity,
		first: 0,
		fetch: async (offset = 0) => {
			pages.push(offset);
			return {
				items: entries(offset, offset < 20 ? 10 : 5),
				next: offset < 20 ? offset + 10 : undefined,
			};
		},
	});
	expect(all).toHaveLength(25);
	expect(pages).toEqual([0, 10, 20]);
	const some = await paginate<number>({
		ctx,
		itemIndex: 0,
		vendor: 'V',
		limit: 12,
		first: 0,
		fetch: async (offset = 0, want) => ({
			items: entries(offset, Math.min(10, want)),
			next: offset + 10,
		}),
	});
	expect(some).toHaveLength(12);
});

test('a cursor that repeats is an error, not an endless loop', async () => {
	let calls = 0;
	const run = paginate<string>({
		ctx,
		itemIndex: 0,
		vendor: 'V',
		limit: Infinity,
		fetch: async () => {
			calls++;
			return { items: entries(0, 1), next: 'same' };
		},
	});
	await expect(run).rejects.toThrow(/same page cursor twice/);
	expect(calls).toBe(2);
});

test('a listing is bounded by a page cap', async () => {
	const run = paginate<number>({
		ctx,
		itemIndex: 0,
		vendor: 'V',
		limit: Infinity,
		first: 0,
		maxPages: 5,
		fetch: async (page = 0) => ({ items: entries(page, 1), next: page + 1 }),
	});
	await expect(run).rejects.toThrow(/more than 5 pages/);
});

test('a client-side filter asks for full pages and reads past pages that keep nothing', async () => {
	const asked: number[] = [];
	const kept = await paginate<number>({
		ctx,
		itemIndex: 0,
		vendor: 'V',
		limit: 2,
		first: 0,
		keep: (e) => Number(e.i) % 25 === 24,
		fetch: async (offset = 0, want) => {
			asked.push(want);
			return { items: entries(offset, 10), next: offset < 90 ? offset + 10 : undefined };
		},
	});
	// Entries 24 and 49: pages 0-20 keep one, 30-40 keep the second; nothing after is read.
	expect(kept).toEqual([{ i: 24 }, { i: 49 }]);
	expect(asked).toHaveLength(5);
	expect(asked.every((w) => w === Number.MAX_SAFE_INTEGER)).toBe(true);
});
