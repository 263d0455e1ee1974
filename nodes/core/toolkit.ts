import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ListCall } from './combine';
import type { DownloadCall, Downloaded } from './download';
import { downloadFile } from './download';
import type { VendorFailure } from './errors';
import { vendorError } from './errors';
import type { PaginateOptions } from './paginate';
import { listIn, paginate } from './paginate';
import type { CallContext } from './run';
import type { VendorCall, VendorResult, VendorSpec } from './call';

/** What createVendorTransport builds (spec, credentials, request…) before the toolkit is bound to it. */
export interface VendorBase {
	spec: Pick<VendorSpec<never>, 'vendor'>;
	request(ctx: CallContext, itemIndex: number, call: VendorCall): Promise<VendorResult>;
}

interface ListSpecBase {
	/** Everything in the call but the ids, in a fixed order: items with equal targets share calls. */
	target: unknown[];
	ids: string[];
	/** The vendor's per-call maximum of ids. */
	limit: number;
}

/** The operation sends each part itself (through its vendor facade); answers are what `send` returns. */
export interface ListSpecSend extends ListSpecBase {
	send(ids: string[]): Promise<unknown>;
	output(calls: number, answers: unknown[]): IDataObject;
}

/**
 * The toolkit sends each part as `call(ids)`; answers are the `VendorResult`s, so an item can report
 * the request ids of its calls, and an error names the request ids of the target's calls before it.
 */
export interface ListSpecCall extends ListSpecBase {
	call(ids: string[]): VendorCall;
	output(calls: number, answers: VendorResult[]): IDataObject;
}

/**
 * The vendor-bound helpers an operation uses (n8n's Teams v2 transport shape): the vendor is
 * named once, in its transport spec, and never passed back into the kernel by an operation.
 */
export function withToolkit<B extends VendorBase>(base: B) {
	const vendor = base.spec.vendor;

	/** This vendor's error for a failure the operation found in an answer (throw it). */
	function fail(
		ctx: CallContext,
		itemIndex: number,
		failure: VendorFailure,
		context?: IDataObject,
	) {
		return vendorError(ctx.getNode(), vendor, failure, itemIndex, context);
	}

	/** A list in this vendor's answer; anything else is a malformed answer, never "zero results". */
	function list(
		ctx: CallContext,
		itemIndex: number,
		body: IDataObject,
		field: string,
	): IDataObject[] {
		return listIn(ctx, itemIndex, vendor, body, field);
	}

	/** Pages through one of this vendor's listings (see core/paginate), with an optional client-side `keep`. */
	async function pages<Cursor>(o: Omit<PaginateOptions<Cursor>, 'vendor'>): Promise<IDataObject[]> {
		return await paginate<Cursor>({ ...o, vendor });
	}

	/** What one item of a list-taking operation asks for, for the router's combining (core/combine). */
	function listCall(ctx: CallContext, itemIndex: number, o: ListSpecSend): ListCall;
	function listCall(ctx: CallContext, itemIndex: number, o: ListSpecCall): ListCall;
	function listCall(ctx: CallContext, itemIndex: number, o: ListSpecSend | ListSpecCall): ListCall {
		const target = JSON.stringify(o.target);
		if ('send' in o) return { target, ids: o.ids, limit: o.limit, send: o.send, output: o.output };
		// Combined calls of a target all go out through its first item's plan, so this lists them all.
		const sent: VendorResult[] = [];
		return {
			target,
			ids: o.ids,
			limit: o.limit,
			async send(ids) {
				const call = o.call(ids);
				const earlier = sent.map((s) => s.requestId);
				const result = await base.request(ctx, itemIndex, {
					...call,
					context: {
						...(call.context ?? {}),
						...(earlier.length ? { earlierRequestIds: earlier } : {}),
					},
				});
				sent.push(result);
				return result;
			},
			// The kernel hands each item the answers of exactly the calls that carried its ids.
			output: (calls, answers) => o.output(calls, answers as VendorResult[]),
		};
	}

	/** A file link of this vendor's (object storage), streamed with no credentials (core/download). */
	async function download(
		ctx: IExecuteFunctions,
		itemIndex: number,
		call: DownloadCall,
	): Promise<Downloaded> {
		return await downloadFile(ctx, itemIndex, vendor, call);
	}

	return { ...base, fail, listIn: list, paginate: pages, listCall, download };
}
