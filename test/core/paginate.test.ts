import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { paginate } from '../../nodes/core';

// paginate only asks the context for the node, to name it in errors.
const ctx = { getNode: () => ({ name: 'Vendor' }) } as unknown as IExecuteFunctions;
const entries = (from: number, n: number): IDataObject[] => Array.from({ length: n }, (_, i) => ({ i: from + i }));

test('follows the cursor to the last page, or stops at the limit', async () => {
	const pages: number[] = [];
	const all = await paginate<number>({ ctx, itemIndex: 0, vendor: 'V', limit: Infinity, first: 0, fetch: async (offset = 0) => {
		pages.push(offset);
		return { items: entries(offset, offset < 20 ? 10 : 5), next: offset < 20 ? offset + 10 : undefined };
	} });
	expect(all).toHaveLength(25);
	expect(pages).toEqual([0, 10, 20]);
	const some = await paginate<number>({ ctx, itemIndex: 0, vendor: 'V', limit: 12, first: 0, fetch: async (offset = 0, want) => ({ items: entries(offset, Math.min(10, want)), next: offset + 10 }) });
	expect(some).toHaveLength(12);
});

test('a cursor that repeats is an error, not an endless loop', async () => {
	let calls = 0;
	const run = paginate<string>({ ctx, itemIndex: 0, vendor: 'V', limit: Infinity, fetch: async () => {
		calls++;
		return { items: entries(0, 1), next: 'same' };
	} });
	await expect(run).rejects.toThrow(/same page cursor twice/);
	expect(calls).toBe(2);
});

test('a listing is bounded by a page cap', async () => {
	const run = paginate<number>({ ctx, itemIndex: 0, vendor: 'V', limit: Infinity, first: 0, maxPages: 5, fetch: async (page = 0) => ({ items: entries(page, 1), next: page + 1 }) });
	await expect(run).rejects.toThrow(/more than 5 pages/);
});
