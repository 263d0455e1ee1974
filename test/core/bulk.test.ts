import type { INode } from 'n8n-workflow';

import { sendInChunks, sendWithPolicy } from '../../nodes/core';

const node = {
	name: 'Vendor',
	type: 'x',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as unknown as INode;
const ids = Array.from({ length: 25 }, (_, i) => `id-${i}`);

/** A real policy failure: fatal (refused) or transient on a non-idempotent call (may have arrived). */
const failingCall = async (kind: 'fatal' | 'transient') =>
	await sendWithPolicy({
		vendor: 'V',
		node,
		itemIndex: 0,
		idempotent: false,
		retry: { maxRetries: 0, baseDelayMs: 0, maxWaitMs: 0 },
		context: {},
		send: async () => ({ statusCode: 500, headers: {}, body: {}, json: true }),
		judge: () => ({ kind, failure: { code: 'E', message: 'e' } }),
	});

test('sends in calls of at most the limit, in order', async () => {
	const parts: string[][] = [];
	const { calls } = await sendInChunks(node, ids, 10, async (part) => {
		parts.push(part);
	});
	expect(calls).toBe(3);
	expect(parts.map((p) => p.length)).toEqual([10, 10, 5]);
	expect(parts.flat()).toEqual(ids);
});

test('a refused call: earlier ids applied, the rest not applied, none uncertain', async () => {
	let n = 0;
	const error = await sendInChunks(node, ids, 10, async () => {
		if (++n === 2) await failingCall('fatal');
	}).catch((e: unknown) => e as { context: Record<string, unknown> });
	expect(error.context).toMatchObject({
		failedCall: 2,
		calls: 3,
		appliedIds: ids.slice(0, 10),
		notAppliedIds: ids.slice(10),
		uncertainIds: [],
	});
});

test('a call that may have arrived: its ids are uncertain, later ones not applied', async () => {
	let n = 0;
	const error = await sendInChunks(node, ids, 10, async () => {
		if (++n === 2) await failingCall('transient');
	}).catch((e: unknown) => e as { context: Record<string, unknown> });
	expect(error.context).toMatchObject({
		failedCall: 2,
		appliedIds: ids.slice(0, 10),
		uncertainIds: ids.slice(10, 20),
		notAppliedIds: ids.slice(20),
	});
});
