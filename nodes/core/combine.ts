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
import type { Segment } from './pack';
import { Packer } from './pack';
import { Pipeline, yieldToAnswers } from './pipeline';

export type { ListCall } from './call';
export { pack } from './pack';

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
	packer: Packer;
	/** The first call is queued: later full calls wait in `held` until it is answered. */
	probed?: boolean;
	/** The first call was answered: the others may go. */
	opened?: boolean;
	held: Segment[][];
	/** Set when the vendor refused the target's first call for the call itself (permission, unknown group…). */
	refused?: unknown;
}

interface Job {
	target: Target;
	segments: Segment[];
	probe: boolean;
}

/** How long the reading of items may keep the answers of calls in flight waiting (ms). */
const READ_SLICE_MS = 5;

/**
 * Runs a list-taking operation with items combined: items with the same target share calls up to
 * the vendor's limit, so 1,000 one-id items to one group take ⌈1000 / limit⌉ calls. Every input
 * item still gets exactly one output item, in order. Calls are pipelined: a call goes out as soon
 * as it is full (or the items end) while later items are still being read, within the pacer and
 * the concurrency limit. An item's bad input is refused before any of its ids is sent; without
 * Continue On Fail it stops the run (calls already full before it was read have gone out). A
 * target's first call goes out before its others: if the vendor refuses it for the call itself
 * (permission, an unknown group, the app's state), the others are not sent, since they would be
 * refused alike. A call refused for ids it carried is split in halves until the items that cause
 * it are isolated (with Continue On Fail); an item only fails for its own ids.
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
	let held = 0;
	/** A target's first call is answered: its held calls join the queue. */
	const open = (target: Target) => {
		if (target.opened) return;
		target.opened = true;
		held -= target.held.length;
		for (const segments of target.held) pipeline.push({ target, segments, probe: false });
		target.held = [];
	};
	const pipeline = new Pipeline<Job>(state.options.concurrency, async (job) => {
		if (!job.probe) return await send(job.target, job.segments);
		try {
			await send(job.target, job.segments, () => open(job.target));
		} finally {
			open(job.target);
		}
	});
	const full = (target: Target) => (segments: Segment[]) => {
		if (!target.probed) {
			target.probed = true;
			pipeline.push({ target, segments, probe: true });
		} else if (target.opened) pipeline.push({ target, segments, probe: false });
		else {
			target.held.push(segments);
			held++;
		}
	};
	const targets = new Map<string, Target>();
	// Calls queued beyond this wait for the reading to catch up: memory stays bounded by the calls in flight.
	const backlogLimit = 4 * state.options.concurrency;
	let badInput: { item: number; error: unknown } | undefined;
	const endTry = beginTry(ctx);
	try {
		let slice = Date.now();
		for (let i = 0; i < count && !state.stopped; i++) {
			// Reading is synchronous work: let the answers of calls in flight in now and then.
			if (pipeline.inFlight > 0 && Date.now() - slice >= READ_SLICE_MS) {
				await yieldToAnswers();
				slice = Date.now();
			}
			if (pipeline.backlog + held > backlogLimit)
				await pipeline.until(() => pipeline.backlog + held <= backlogLimit || state.stopped);
			let p: ListCall;
			try {
				p = await plan(i);
			} catch (error) {
				if (!continueOnFail) {
					badInput = { item: i, error };
					state.stopped = true;
					break;
				}
				outcomes[i].error = error;
				continue;
			}
			plans[i] = p;
			let target = targets.get(p.target);
			if (!target) {
				target = { plan: p, held: [] } as unknown as Target;
				target.packer = new Packer(p.limit, full(target));
				targets.set(p.target, target);
			}
			target.packer.add({ item: i, ids: p.ids });
		}
		if (!state.stopped) for (const target of targets.values()) target.packer.end();
		await pipeline.until(() => pipeline.backlog + held === 0);
		for (const target of targets.values()) open(target);
		await pipeline.until(() => pipeline.backlog === 0);
	} finally {
		endTry();
	}
	if (pipeline.failure) throw pipeline.failure.error;
	if (badInput) throw scrubbed(readFailure(badInput.error, callNumber), state.scrubber);
	// Items never read (the run stopped first) were not sent.
	const unsent = (o: Outcome, i: number) =>
		o.error === undefined && (!plans[i] || (state.stopped && o.calls.size === 0));
	const unread = outcomes.findIndex(unsent);
	if (unread >= 0) {
		const error = notSent(ctx, [{ item: unread, ids: [] }], 'the node stops at the first failure');
		outcomes.forEach((o, i) => {
			if (unsent(o, i)) o.error = error;
		});
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

	/** Bad input stopped the run: its error, telling how many calls had already gone out for earlier items. */
	function readFailure(error: unknown, sent: number): unknown {
		if (sent === 0 || !(error instanceof Error)) return error;
		const e = error as Error & { description?: string | null; context?: IDataObject };
		const told = `${sent} ${sent === 1 ? 'call' : 'calls'} for earlier items had already been sent: full calls go out while later items are read (Dry Run checks every item first).`;
		e.description = [e.description, told].filter(Boolean).join(' ');
		if (e.context) e.context.callsSentBefore = sent;
		return e;
	}

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
