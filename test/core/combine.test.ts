import type { IExecuteFunctions, INode } from 'n8n-workflow';

import type { ListCall } from '../../nodes/core';
import { pack, runCombined, sendWithPolicy } from '../../nodes/core';

const node = {
	name: 'Vendor',
	type: 'x',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as unknown as INode;

/** The few things runCombined asks of n8n's context. */
function context(items: number, continueOnFail = true) {
	return {
		getInputData: () => Array.from({ length: items }, () => ({ json: {} })),
		continueOnFail: () => continueOnFail,
		getNode: () => node,
		getNodeParameter: () => ({ concurrency: 2 }),
	} as unknown as IExecuteFunctions;
}

/** A vendor that refuses any call holding a bad id (as Tencent refuses a whole list for one bad account). */
function vendor(bad: string[] = []) {
	const calls: string[][] = [];
	const send = async (ids: string[]) => {
		calls.push(ids);
		await sendWithPolicy({
			vendor: 'V',
			node,
			itemIndex: 0,
			idempotent: true,
			retry: { maxRetries: 0, baseDelayMs: 0, maxWaitMs: 0 },
			context: {},
			send: async () => ({ statusCode: 200, headers: {}, body: {}, json: true }),
			judge: () =>
				ids.some((id) => bad.includes(id))
					? { kind: 'fatal', about: 'ids', failure: { code: 'BAD', message: 'bad id in list' } }
					: { kind: 'ok' },
		});
	};
	return { calls, send };
}

const plan = (
	target: string,
	ids: string[],
	send: (ids: string[]) => Promise<void>,
	limit = 20,
): ListCall => ({
	target,
	ids,
	limit,
	send,
	output: (calls) => ({ target, ids, calls }),
});

test('1,000 one-id items to one target pack into ⌈1000/20⌉ = 50 calls; repeats take no room', () => {
	const segments = Array.from({ length: 1000 }, (_, i) => ({ item: i, ids: [`u${i}`] }));
	expect(pack(segments, 20)).toHaveLength(50);
	expect(
		pack(
			[
				{ item: 0, ids: ['a', 'b'] },
				{ item: 1, ids: ['b', 'c'] },
			],
			3,
		),
	).toEqual([
		[
			{ item: 0, ids: ['a', 'b'] },
			{ item: 1, ids: ['b', 'c'] },
		],
	]);
	// An item larger than the room left spans two calls.
	expect(
		pack(
			[
				{ item: 0, ids: ['a', 'b'] },
				{ item: 1, ids: ['c', 'd'] },
			],
			3,
		).map((c) => c.map((s) => s.ids)),
	).toEqual([[['a', 'b'], ['c']], [['d']]]);
});

test('items with the same target share calls, other targets get their own; one output per item, in order', async () => {
	const v = vendor();
	const targets = ['g1', 'g1', 'g2', 'g1', 'g2'];
	const [out] = await runCombined(context(5), async (i) => plan(targets[i], [`u${i}`], v.send, 2));
	expect(v.calls.sort()).toEqual([['u0', 'u1'], ['u2', 'u4'], ['u3']].sort());
	expect(out.map((o) => o.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
	expect(out.map((o) => o.json.calls)).toEqual([1, 1, 1, 1, 1]);
});

test('a refused shared call is split until the item at fault is isolated; the others succeed', async () => {
	const v = vendor(['u5']);
	const [out] = await runCombined(context(8), async (i) => plan('g', [`u${i}`], v.send));
	expect(out.filter((o) => o.json.error).map((o) => o.pairedItem)).toEqual([{ item: 5 }]);
	expect(out[5].json).toMatchObject({
		error: 'V error BAD: bad id in list',
		appliedIds: [],
		notAppliedIds: ['u5'],
		uncertainIds: [],
	});
	expect(out.filter((o) => !o.json.error)).toHaveLength(7);
	// 1 + the halves down to one item: bounded by twice the items in the call.
	expect(v.calls.length).toBeLessThanOrEqual(2 * 8);
});

test('without Continue On Fail a bad item stops the run before anything is sent', async () => {
	const v = vendor();
	const run = runCombined(context(3, false), async (i) => {
		if (i === 2) throw new Error('Member Accounts in item 3: at least one account is required');
		return plan('g', [`u${i}`], v.send);
	});
	await expect(run).rejects.toThrow(/item 3/);
	expect(v.calls).toEqual([]);
});

test('each item gets the answers of exactly the calls that carried its ids; an output that refuses fails only its item', async () => {
	let n = 0;
	// A vendor answering per id, like Tencent's add_group_member: 'x…' ids are refused inside a 200.
	const send = async (ids: string[]) => ({
		call: ++n,
		refused: ids.filter((id) => id.startsWith('x')),
	});
	const lists = [['a'], ['b', 'c'], ['x1'], ['d']];
	const [out] = await runCombined(
		context(4),
		async (i): Promise<ListCall> => ({
			target: 'g',
			ids: lists[i],
			limit: 2,
			send,
			output: (calls, answers) => {
				const refused = (answers as Array<{ refused: string[] }>)
					.flatMap((a) => a.refused)
					.filter((id) => lists[i].includes(id));
				if (refused.length) throw new Error(`refused ${refused.join()}`);
				return { calls, answers: (answers as Array<{ call: number }>).map((a) => a.call) };
			},
		}),
	);
	// Calls: [a, b], [c, x1], [d]: item 1 spans calls 1 and 2.
	expect(out.map((o) => o.json)).toEqual([
		{ calls: 1, answers: [1] },
		{ calls: 2, answers: [1, 2] },
		{ error: 'refused x1' },
		{ calls: 1, answers: [3] },
	]);
});

test('pipelined: a full call goes out before later items are read; output order and pairedItem kept', async () => {
	const events: string[] = [];
	const send = async (ids: string[]) => {
		events.push(`send ${ids.join()}`);
		return {};
	};
	const [out] = await runCombined(context(7), async (i) => {
		events.push(`read ${i}`);
		return plan('g', [`u${i}`], send, 2);
	});
	// The first call (u0, u1) is full when u2 arrives: it is sent before item 3 is read.
	expect(events.indexOf('send u0,u1')).toBeGreaterThan(events.indexOf('read 2'));
	expect(events.indexOf('send u0,u1')).toBeLessThan(events.indexOf('read 3'));
	expect(events.filter((e) => e.startsWith('send'))).toHaveLength(4);
	expect(out.map((o) => o.pairedItem)).toEqual([0, 1, 2, 3, 4, 5, 6].map((item) => ({ item })));
});

test("pipelined: a target's later calls wait for its first answer; a call-level refusal costs one call", async () => {
	const calls: string[][] = [];
	const refuse = async (ids: string[]) => {
		calls.push(ids);
		await sendWithPolicy({
			vendor: 'V',
			node,
			itemIndex: 0,
			idempotent: true,
			retry: { maxRetries: 0, baseDelayMs: 0, maxWaitMs: 0 },
			context: {},
			send: async () => ({ statusCode: 200, headers: {}, body: {}, json: true }),
			judge: () => ({ kind: 'fatal', about: 'call', failure: { code: 'PERM', message: 'no' } }),
		});
	};
	const [out] = await runCombined(context(9), async (i) => plan('g', [`u${i}`], refuse, 2));
	expect(calls).toEqual([['u0', 'u1']]);
	expect(out.every((o) => o.json.error)).toBe(true);
});

test('pipelined without Continue On Fail: bad input after full calls went out stops the run and says so', async () => {
	const v = vendor();
	const run = runCombined(context(6, false), async (i) => {
		if (i === 4) throw new Error('Member Accounts in item 5: at least one account is required');
		return plan('g', [`u${i}`], v.send, 2);
	});
	await expect(run).rejects.toMatchObject({
		message: expect.stringMatching(/item 5/),
		description: expect.stringMatching(/^1 call for earlier items had already been sent/),
	});
	// [u0, u1] was full before item 5 was read; [u2, u3] was never full, so never sent.
	expect(v.calls).toEqual([['u0', 'u1']]);
});
