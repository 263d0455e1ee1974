import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ListCall, VendorCall } from '../../core';
import { huaweiApiRequest } from '../transport';

/** One call that went through: the X-Request-Id it went out with. */
interface Sent {
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

/**
 * A Huawei list call for the kernel's runCombined / runPlanAlone. Huawei answers these calls with
 * an empty body (no per-entry results): a refused call refused the whole list, so the kernel's
 * split isolates the item at fault. Each item reports the request ids of the calls that carried
 * its ids; an error names the request ids of the target's calls that went through before it.
 */
export function huaweiListCall(ctx: IExecuteFunctions, i: number, spec: HuaweiListSpec): ListCall {
	const target = JSON.stringify(spec.target);
	// Calls sent through this plan: combined calls of a target all go out through its first item's.
	const own: Sent[] = [];
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
			const sent: Sent = { requestId: result.requestId };
			own.push(sent);
			return sent;
		},
		// The kernel hands each item the answers of exactly the calls that carried its ids.
		output: (calls, answers) => spec.output(calls, (answers as Sent[]).map((s) => s.requestId)),
	};
}
