import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sendInChunks } from './bulk';
import type { ListCall } from './call';
import { errorItemJson } from './errors';
import { withDuplicatesDropped } from './list';
import type { Outcome } from './attribute';
import { attributed, forItem, heldBack } from './attribute';
import { beginTry } from './onceOnly';
import { mayHaveArrived, wasNotSent, wasRefusedForCall, wasRefusedForIds } from './policy';
import { runState } from './run';
import { scrubbed } from './scrub';

export type { ListCall } from './call';

interface Segment {
	item: number;
	ids: string[];
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
	const { calls, results } = await sendInChunks(
		ctx.getNode(),
		call.ids,
		call.limit,
		async (part) => await call.send(part),
	);
	return call.output(calls, results);
}

const noop = () => {};

/** One target's calls: the first goes alone, so a refusal of the call itself costs one call, not all. */
interface Target {
	plan: ListCall;
	calls: Segment[][];
	/** Set when the vendor refused the target's first call for the call itself (permission, unknown group…). */
	refused?: unknown;
	/** The first call was answered: the others may go. */
	opened?: boolean;
}

/**
 * Runs a list-taking operation with items combined: items with the same target share calls up to
 * the vendor's limit, so 1,000 one-id items to one group take ⌈1000 / limit⌉ calls. Every input
 * item still gets exactly one output item, in order. A target's first call goes out before its
 * others: if the vendor refuses it for the call itself (permission, an unknown group, the app's
 * state), the others are not sent, since they would be refused alike. A call refused for ids it
 * carried is split in halves until the items that cause it are isolated (with Continue On Fail);
 * an item only fails for its own ids.
 */
export async function runCombined(
	ctx: IExecuteFunctions,
	plan: (itemIndex: number) => Promise<ListCall>,
): Promise<INodeExecutionData[][]> {
	const state = runState(ctx);
	const count = ctx.getInputData().length;
	const continueOnFail = ctx.continueOnFail();
	const plans: Array<ListCall | undefined> = new Array(count);
	const outcomes: Outcome[] = Array.from({ length: count }, () => ({
		applied: new Set(),
		calls: new Set(),
		answers: [],
		uncertain: new Set(),
	}));
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
	const targets: Target[] = [...groups.values()].map((segments) => {
		const first = plans[segments[0].item] as ListCall;
		return { plan: first, calls: pack(segments, first.limit) };
	});
	let callNumber = 0;
	const fail = (segments: Segment[], error: unknown) => {
		for (const s of segments) {
			const o = outcomes[s.item];
			o.error ??= error;
			if (mayHaveArrived(error) && !wasNotSent(error)) for (const id of s.ids) o.uncertain.add(id);
		}
		if (!continueOnFail && !heldBack.has(error as object)) state.stopped = true;
	};
	/** Sends one call; `answered` runs once the vendor's first answer to it is in (before any split). */
	const send = async (target: Target, segments: Segment[], answered = noop): Promise<void> => {
		if (state.stopped)
			return fail(segments, notSent(ctx, segments, 'the node stops at the first failure'));
		if (target.refused) return fail(segments, target.refused);
		const number = ++callNumber;
		let answer: unknown;
		try {
			answer = await target.plan.send(distinct(segments));
			answered();
		} catch (error) {
			if (wasRefusedForCall(error)) target.refused ??= sameRefusal(error);
			answered();
			// Refused for ids it carried, with several items aboard: split, so only the items at fault
			// fail. Without Continue On Fail the run stops at the first failure: no splitting, no new call.
			if (wasRefusedForIds(error) && segments.length > 1 && continueOnFail) {
				const half = Math.ceil(segments.length / 2);
				await send(target, segments.slice(0, half));
				await send(target, segments.slice(half));
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
	// Each target's first call, then (once it is answered) the rest of its calls.
	const ready: Array<{ target: Target; segments: Segment[] }> = targets.map((target) => ({
		target,
		segments: target.calls[0],
	}));
	let next = 0;
	let probing = 0;
	let wake: Array<() => void> = [];
	const open = (target: Target) => {
		if (target.opened) return;
		target.opened = true;
		probing--;
		for (const segments of target.calls.slice(1)) ready.push({ target, segments });
		const waiting = wake;
		wake = [];
		waiting.forEach((resolve) => resolve());
	};
	const worker = async () => {
		for (;;) {
			if (next >= ready.length) {
				if (probing === 0) return;
				await new Promise<void>((resolve) => wake.push(resolve));
				continue;
			}
			const job = ready[next++];
			const probe = job.segments === job.target.calls[0];
			if (!probe) {
				await send(job.target, job.segments);
				continue;
			}
			probing++;
			try {
				await send(job.target, job.segments, () => open(job.target));
			} finally {
				open(job.target);
			}
		}
	};
	const workers = Math.max(
		1,
		Math.min(
			state.options.concurrency,
			targets.reduce((n, t) => n + t.calls.length, 0),
		),
	);
	const endTry = beginTry(ctx);
	try {
		await Promise.all(Array.from({ length: workers }, worker));
	} finally {
		endTry();
	}

	if (!continueOnFail) {
		// The error is the vendor's, on the first item a call actually failed for; items merely not sent are named apart.
		const real = outcomes.findIndex(
			(o) => o.error !== undefined && !wasNotSent(o.error) && !heldBack.has(o.error as object),
		);
		const failed = real >= 0 ? real : outcomes.findIndex((o) => o.error !== undefined);
		if (failed >= 0)
			throw scrubbed(
				attributed(
					forItem(outcomes[failed].error, failed, plans[failed]?.ids ?? [], outcomes[failed]),
					failed,
					outcomes,
					plans,
				),
				state.scrubber,
			);
	}
	const results: INodeExecutionData[] = [];
	for (let i = 0; i < count; i++) {
		const o = outcomes[i];
		let error: unknown;
		if (o.error === undefined) {
			try {
				results.push({
					json: withDuplicatesDropped(ctx, i, [
						state.scrubber.value((plans[i] as ListCall).output(o.calls.size, o.answers)),
					])[0],
					pairedItem: { item: i },
				});
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

	/** A call held back: never sent, so its items are reported as not sent, not as failed. */
	function notSent(context: IExecuteFunctions, segments: Segment[], why: string): Error {
		const error = new NodeOperationError(context.getNode(), `Not sent: ${why}`, {
			itemIndex: segments[0].item,
		});
		heldBack.add(error);
		return error;
	}

	/** The vendor's refusal of a target's call, told to the items of its other calls, which were not sent. */
	function sameRefusal(error: unknown): unknown {
		if (!(error instanceof Error)) return error;
		const copy = Object.assign(
			Object.create(Object.getPrototypeOf(error) as object) as Error,
			error,
		);
		copy.message = `Not sent: the vendor refused the same call for other items (${error.message})`;
		(copy as unknown as { context: IDataObject }).context = {
			...((error as { context?: IDataObject }).context ?? {}),
			notSent: true,
		};
		heldBack.add(copy);
		return copy;
	}
}
