import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ListCall, VendorCall } from '../../core';
import { huaweiApiRequest } from '../transport';

/** One call that went through: the ids it carried and the X-Request-Id it went out with. */
interface Sent {
	ids: Set<string>;
	requestId?: string;
}

/** What a list-taking Huawei operation asks for one item (everything the kernel's ListCall needs). */
export interface HuaweiListSpec {
	/** Everything in the call but the ids (path values, query, …): items with equal parts share calls. */
	target: unknown[];
	ids: string[];
	limit: number;
	/** The call for a part of the list (without context: the request ids are added here). */
	call(ids: string[]): Omit<VendorCall, 'context'>;
	/** What the call is about, named in its errors. */
	context?: IDataObject;
	/** The item's output once its ids were applied, with the request ids of the calls that carried them. */
	output(calls: number, requestIds: Array<string | undefined>): IDataObject;
}

/** The calls sent so far in one node run, per target: combined calls go out through one item's plan. */
const sentByRun = new WeakMap<IExecuteFunctions, Map<string, Sent[]>>();

function sentFor(ctx: IExecuteFunctions, target: string): Sent[] {
	let run = sentByRun.get(ctx);
	if (!run) sentByRun.set(ctx, (run = new Map()));
	let sent = run.get(target);
	if (!sent) run.set(target, (sent = []));
	return sent;
}

/**
 * A Huawei list call for the kernel's runCombined / runPlanAlone. Huawei answers these calls with
 * an empty body (no per-entry results): a refused call refused the whole list, so the kernel's
 * split isolates the item at fault. Each item reports the request ids of the calls that carried
 * its ids; an error names the request ids of the target's calls that went through before it.
 */
export function huaweiListCall(ctx: IExecuteFunctions, i: number, spec: HuaweiListSpec): ListCall {
	const target = JSON.stringify(spec.target);
	// Calls sent through this item's own plan (all of them when combining is off), and the target's.
	const own: Sent[] = [];
	const shared = sentFor(ctx, target);
	return {
		target,
		ids: spec.ids,
		limit: spec.limit,
		async send(ids) {
			const earlier = own.map((s) => s.requestId);
			const result = await huaweiApiRequest.call(ctx, i, {
				...spec.call(ids),
				context: { ...(spec.context ?? {}), ...(earlier.length ? { earlierRequestIds: earlier } : {}) },
			});
			const sent = { ids: new Set(ids), requestId: result.requestId };
			own.push(sent);
			shared.push(sent);
		},
		output(calls) {
			const carried = (own.length ? own : shared).filter((s) => spec.ids.some((id) => s.ids.has(id)));
			return spec.output(calls, carried.map((s) => s.requestId));
		},
	};
}
