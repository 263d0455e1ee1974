import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sendInChunks } from './bulk';
import { errorItemJson } from './errors';
import { withDuplicatesDropped } from './list';
import { mayHaveArrived, wasNotSent, wasRefused } from './policy';
import { runState } from './run';
import { scrubbed } from './scrub';

/** What one input item of a list-taking operation asks for. */
export interface ListCall {
	/** Everything in the call except the id list, as a key: items with the same target share calls. */
	target: string;
	ids: string[];
	/** The vendor's per-call maximum of ids. */
	limit: number;
	/** Sends one call carrying `ids` (for this target). */
	send(ids: string[]): Promise<unknown>;
	/**
	 * The item's output once all its calls succeeded: how many calls carried its ids, and their
	 * answers (which may hold other items' ids too), for vendors that answer per id. It may throw
	 * for ids the vendor refused inside a successful answer: then only this item fails.
	 */
	output(calls: number, answers: unknown[]): IDataObject;
}

interface Segment {
	item: number;
	ids: string[];
}

interface Outcome {
	applied: Set<string>;
	calls: Set<number>;
	answers: unknown[];
	error?: unknown;
	uncertain: Set<string>;
}

/** Packs the items of one target into calls of at most `limit` distinct ids, an item spanning calls where it must. */
export function pack(segments: Segment[], limit: number): Segment[][] {
	const calls: Segment[][] = [];
	let current: Segment[] = [];
	let ids = new Set<string>();
	for (const segment of segments) {
		let part: string[] = [];
		for (const id of segment.ids) {
			if (!ids.has(id) && ids.size >= limit) {
				if (part.length) current.push({ item: segment.item, ids: part });
				calls.push(current);
				current = [];
				ids = new Set();
				part = [];
			}
			ids.add(id);
			part.push(id);
		}
		if (part.length) current.push({ item: segment.item, ids: part });
	}
	if (current.length) calls.push(current);
	return calls;
}

const distinct = (segments: Segment[]) => [...new Set(segments.flatMap((s) => s.ids))];

/** The same operation one item at a time (combining off): the item's ids in calls of at most `limit`. */
export async function runPlanAlone(ctx: IExecuteFunctions, call: ListCall): Promise<IDataObject> {
	const { calls, results } = await sendInChunks(ctx.getNode(), call.ids, call.limit, async (part) => await call.send(part));
	return call.output(calls, results);
}

/**
 * Runs a list-taking operation with items combined: items with the same target share calls up to
 * the vendor's limit, so 1,000 one-id items to one group take ⌈1000 / limit⌉ calls. Every input
 * item still gets exactly one output item, in order. A call the vendor refuses for good is split
 * in halves until the items that cause it are isolated; an item only fails for its own ids.
 */
export async function runCombined(
	ctx: IExecuteFunctions,
	plan: (itemIndex: number) => Promise<ListCall>,
): Promise<INodeExecutionData[][]> {
	const state = runState(ctx);
	const count = ctx.getInputData().length;
	const continueOnFail = ctx.continueOnFail();
	const plans: Array<ListCall | undefined> = new Array(count);
	const outcomes: Outcome[] = Array.from({ length: count }, () => ({ applied: new Set(), calls: new Set(), answers: [], uncertain: new Set() }));
	// Every item is checked before anything is sent: bad input never leaves half a batch applied.
	for (let i = 0; i < count; i++) {
		try {
			plans[i] = await plan(i);
		} catch (error) {
			if (!continueOnFail) throw scrubbed(error, state.scrubber);
			outcomes[i].error = error;
		}
	}
	const groups = new Map<string, Segment[]>();
	plans.forEach((p, item) => {
		if (!p) return;
		const group = groups.get(p.target) ?? [];
		group.push({ item, ids: p.ids });
		groups.set(p.target, group);
	});
	const queue: Array<{ plan: ListCall; segments: Segment[] }> = [];
	for (const segments of groups.values()) {
		const first = plans[segments[0].item] as ListCall;
		for (const call of pack(segments, first.limit)) queue.push({ plan: first, segments: call });
	}
	let callNumber = 0;
	const fail = (segments: Segment[], error: unknown) => {
		for (const s of segments) {
			const o = outcomes[s.item];
			o.error ??= error;
			if (mayHaveArrived(error) && !wasNotSent(error)) for (const id of s.ids) o.uncertain.add(id);
		}
		if (!continueOnFail) state.stopped = true;
	};
	const send = async (p: ListCall, segments: Segment[]): Promise<void> => {
		if (state.stopped) return fail(segments, new NodeOperationError(ctx.getNode(), 'Not sent: an earlier item failed', { itemIndex: segments[0].item }));
		const number = ++callNumber;
		let answer: unknown;
		try {
			answer = await p.send(distinct(segments));
		} catch (error) {
			// Refused for good with several items aboard: split, so only the items at fault fail.
			// Without Continue On Fail the run stops at the first failure: no splitting, no new call.
			if (wasRefused(error) && segments.length > 1 && continueOnFail) {
				const half = Math.ceil(segments.length / 2);
				await send(p, segments.slice(0, half));
				await send(p, segments.slice(half));
				return;
			}
			return fail(segments, error);
		}
		for (const s of segments) {
			const o = outcomes[s.item];
			for (const id of s.ids) o.applied.add(id);
			// An item's ids can span calls and a call can carry an item twice (once per segment).
			if (!o.calls.has(number)) o.answers.push(answer);
			o.calls.add(number);
		}
	};
	let next = 0;
	const worker = async () => {
		while (next < queue.length) {
			const call = queue[next++];
			await send(call.plan, call.segments);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(state.options.concurrency, queue.length)) }, worker));

	const results: INodeExecutionData[] = [];
	for (let i = 0; i < count; i++) {
		const o = outcomes[i];
		let error: unknown;
		if (o.error === undefined) {
			try {
				results.push({ json: withDuplicatesDropped(ctx, i, [state.scrubber.value((plans[i] as ListCall).output(o.calls.size, o.answers))])[0], pairedItem: { item: i } });
				continue;
			} catch (refused) {
				// Ids refused inside successful answers (per-id results): this item only, its error names them.
				error = refused;
			}
		} else error = forItem(o.error, i, plans[i]?.ids ?? [], o);
		if (!continueOnFail) throw scrubbed(error, state.scrubber);
		results.push({ json: state.scrubber.value(errorItemJson(error)), pairedItem: { item: i } });
	}
	return [results];
}

/** The shared call's error, told for one item: its own ids applied, not applied, or uncertain. */
function forItem(error: unknown, item: number, ids: string[], o: Outcome): unknown {
	if (!(error instanceof Error) || !('context' in error)) return error;
	const copy = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as Error, error);
	copy.message = error.message;
	const context: IDataObject = { ...(error as { context: IDataObject }).context, itemIndex: item };
	if (ids.length) {
		Object.assign(context, {
			appliedIds: ids.filter((id) => o.applied.has(id)),
			uncertainIds: ids.filter((id) => !o.applied.has(id) && o.uncertain.has(id)),
			notAppliedIds: ids.filter((id) => !o.applied.has(id) && !o.uncertain.has(id)),
		});
		delete context.failedCall;
		delete context.calls;
	}
	(copy as unknown as { context: IDataObject }).context = context;
	return copy;
}
