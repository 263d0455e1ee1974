import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ListCall } from './combine';
import { MALFORMED_ANSWER, isNoAnswer } from './errors';
import type { RunState } from './run';

/**
 * Dry Run (the node option): every item is read and checked and every call planned — combining
 * included — exactly as in a real run, but the kernel's send boundary (transport `request`) records
 * each call instead of sending it: no token is fetched, nothing leaves the machine. Each item's
 * output then lists the calls it would have been part of.
 */

/** One call that would have been sent: what the vendor would have received, scrubbed. */
export interface PlannedCall {
	method: string;
	path: string;
	/** The query as sent, without authentication parameters (these are added by n8n on sending). */
	qs?: IDataObject;
	body?: unknown;
	/** False for calls that must never arrive twice (Create, Delete, Send…). */
	idempotent: boolean;
}

interface Log {
	/** Every recorded call; outputs refer to them by index (outputs are copied when scrubbed). */
	calls: PlannedCall[];
	/** The calls each item made through `request` itself (per-item operations). */
	byItem: Map<number, number[]>;
}

const logs = new WeakMap<RunState, Log>();
/** The synthetic answer of a recorded call (its VendorResult and its body) → that call. */
const plannedAnswers = new WeakMap<object, number>();

/** Query parameters that authenticate (Tencent's usersig and friends, access tokens): never shown. */
const AUTH_QUERY = /^(usersig|sig|signature|access_?token|token|identifier|sdkappid|random)$/i;

/**
 * Called by the transport instead of sending (the option is on): records the call for `itemIndex`
 * and returns the answer the operation gets. The answer is empty, so nothing an operation reads
 * from it can look like a vendor's success; the run's outputs are replaced by the plan anyway.
 */
export function recordPlannedCall(
	state: RunState,
	itemIndex: number,
	call: { method?: string; path: string; qs?: IDataObject; body?: unknown; idempotent: boolean },
) {
	let log = logs.get(state);
	if (!log) logs.set(state, (log = { calls: [], byItem: new Map() }));
	const qs = call.qs
		? Object.fromEntries(
				Object.entries(call.qs).filter(([k, v]) => !AUTH_QUERY.test(k) && v !== undefined),
			)
		: undefined;
	const planned: PlannedCall = {
		method: call.method ?? 'POST',
		path: state.scrubber.text(call.path),
		...(qs && Object.keys(qs).length ? { qs: state.scrubber.value(qs) } : {}),
		...(call.body !== undefined ? { body: state.scrubber.value(call.body) } : {}),
		idempotent: call.idempotent,
	};
	const id = log.calls.push(planned) - 1;
	const list = log.byItem.get(itemIndex) ?? [];
	list.push(id);
	log.byItem.set(itemIndex, list);
	const body: IDataObject = {};
	const result = { body, data: body, requestId: undefined };
	plannedAnswers.set(body, id);
	plannedAnswers.set(result, id);
	return result;
}

/** Errors of a listing's page read in a Dry Run (core/paginate): later pages need the vendor's answer. */
export const needsAnswers = new WeakSet<object>();

/** An error raised reading a (planned, empty) answer: entries missing, a list missing. */
const readingEmpty = (error: unknown) =>
	isNoAnswer(error) ||
	(error as { context?: IDataObject } | undefined)?.context?.vendorCode === MALFORMED_ANSWER;

/** Where the calls of one item's output are kept until the run ends (numbers are given then). */
const PLANNED = '__dryRunCalls';

/**
 * A list-taking operation's plan as Dry Run runs it: kept, so the router combines exactly as it
 * would, but the item's output becomes the calls that carried its ids.
 */
export function dryRunPlan(plan: (this: IExecuteFunctions, i: number) => Promise<ListCall>) {
	return async function (this: IExecuteFunctions, i: number): Promise<ListCall> {
		const call = await plan.call(this, i);
		// The router hands each item the answers of exactly the calls that carried its ids.
		return {
			...call,
			output: (_calls, answers) => ({
				[PLANNED]: answers
					.map((a) => plannedAnswers.get(a as object))
					.filter((id) => id !== undefined),
			}),
		};
	};
}

/** A per-item operation as Dry Run runs it: until its calls are recorded; its output becomes those calls. */
export function dryRunExecute(
	state: RunState,
	execute: (this: IExecuteFunctions, i: number) => Promise<unknown>,
) {
	return async function (this: IExecuteFunctions, i: number): Promise<IDataObject> {
		const failed = await execute.call(this, i).then(
			() => undefined,
			(error: unknown) => ({ error }),
		);
		const calls = logs.get(state)?.byItem.get(i) ?? [];
		// An error before any call is the item's own (bad input), as in a real run. One raised
		// reading the empty answer of the item's last call (no entries, no list) leaves the plan
		// complete; a listing's next page, or any other error after a call, needed the vendor's answer.
		if (failed && calls.length === 0) throw failed.error;
		const later =
			failed && (needsAnswers.has(failed.error as object) || !readingEmpty(failed.error));
		return { [PLANNED]: calls, ...(later ? { laterCallsNeedAnswers: true } : {}) };
	};
}

/**
 * The run's outputs as Dry Run shows them: per item, `{ dryRun: true, calls: [...] }` where each
 * call is numbered in input order across the run (items with the same number share that call) and
 * says how many items share it. The call objects are shared between those items, not copied.
 */
export function dryRunOutputs(
	state: RunState,
	output: INodeExecutionData[][],
): INodeExecutionData[][] {
	const recorded = logs.get(state)?.calls ?? [];
	const numbers = new Map<number, number>();
	const sharers = new Map<number, number>();
	for (const row of output.flat()) {
		for (const id of (row.json[PLANNED] as number[] | undefined) ?? []) {
			if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
			sharers.set(id, (sharers.get(id) ?? 0) + 1);
		}
	}
	const views = new Map<number, IDataObject>();
	for (const [id, n] of numbers)
		views.set(id, {
			call: n,
			sharedBy: sharers.get(id) as number,
			...recorded[id],
		} as unknown as IDataObject);
	return output.map((rows) =>
		rows.map((row) => {
			const planned = row.json[PLANNED] as number[] | undefined;
			if (!planned) return row; // an error item (Continue On Fail): it would have failed as it is
			const rest = { ...row.json };
			delete rest[PLANNED];
			return {
				...row,
				json: {
					dryRun: true,
					sent: false,
					calls: planned.map((id) => views.get(id) as IDataObject),
					...rest,
				},
			};
		}),
	);
}
