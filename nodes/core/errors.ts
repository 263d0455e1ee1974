import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { VendorFailure } from '../../credentials/common/answer';
import { TokenRefusedError } from '../../credentials/common/answer';

export type { VendorFailure } from '../../credentials/common/answer';

/**
 * The code of the error an operation raises once all its calls are made, when the vendor's answer
 * holds no entry for some of its ids (or no booked meeting): unknown outcome, never a success.
 */
export const NO_ANSWER = 'NO_ANSWER';

/** The code of an answer that lacks what the operation reads (a list, a key): never "zero results". */
export const MALFORMED_ANSWER = 'MALFORMED_ANSWER';

/** Whether `error` is the vendor error for an answer missing its entries (`NO_ANSWER`). */
export const isNoAnswer = (error: unknown): boolean =>
	(error as { context?: IDataObject } | undefined)?.context?.vendorCode === NO_ANSWER;

/** Builds the n8n error for a vendor failure: code, message, request id and advice, nothing more. */
export function vendorError(
	node: INode,
	vendor: string,
	failure: VendorFailure,
	itemIndex: number,
	context: IDataObject = {},
): NodeApiError {
	const facts = [
		failure.httpCode !== undefined ? `HTTP ${failure.httpCode}` : undefined,
		failure.requestId ? `request ID ${failure.requestId}` : undefined,
	].filter(Boolean);
	const description = [failure.advice, facts.length ? `(${facts.join(', ')})` : undefined]
		.filter(Boolean)
		.join(' ');
	// The response we hand NodeApiError is rebuilt from safe fields only: the raw HTTP error
	// would carry request headers and query strings, which hold tokens and signatures.
	// (Keys other than code/message keep NodeApiError from swapping in its generic texts.)
	const response: JsonObject = { vendor, vendorCode: failure.code, vendorMessage: failure.message };
	if (failure.requestId) response.requestId = failure.requestId;
	const error = new NodeApiError(node, response, {
		message: `${vendor} error ${failure.code}: ${failure.message}`,
		description: description || undefined,
		httpCode: failure.httpCode !== undefined ? String(failure.httpCode) : undefined,
		itemIndex,
	});
	// NodeApiError rewrites messages that mention socket codes (ECONNRESET…) into generic text;
	// ours already say what happened and what to do, so keep them.
	error.message = `${vendor} error ${failure.code}: ${failure.message}`;
	error.description = description || null;
	Object.assign(error.context, {
		vendor,
		vendorCode: failure.code,
		...(failure.requestId ? { requestId: failure.requestId } : {}),
		...context,
	});
	return error;
}

/** The JSON an error becomes when the node runs with "Continue On Fail". */
export function errorItemJson(error: unknown): IDataObject {
	const e = error as { message?: string; description?: string | null; context?: IDataObject };
	const json: IDataObject = { error: e?.message ?? String(error) };
	if (e?.description) json.description = e.description;
	const context: IDataObject = { ...(e?.context ?? {}) };
	// n8n's own bookkeeping, already visible as pairedItem.
	delete context.itemIndex;
	delete context.runIndex;
	return { ...json, ...context };
}

/** A token request that failed becomes the item's error: the vendor's refusal, or what went wrong. */
export function tokenError(
	node: INode,
	vendor: string,
	error: unknown,
	itemIndex: number,
	context?: IDataObject,
): Error {
	if (error instanceof TokenRefusedError)
		return vendorError(node, error.vendor, error.failure, itemIndex, context);
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return vendorError(
		node,
		vendor,
		{
			code: 'TOKEN_FAILED',
			message: `Could not get an access token: ${(error as Error)?.message ?? String(error)}`,
		},
		itemIndex,
		context,
	);
}
