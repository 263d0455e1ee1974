import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { HttpAnswer } from '../../credentials/common/answer';
import type { TokenAuth } from '../../credentials/common/tokenAuth';
import type { Verdict } from './http';

// What a vendor declares (VendorSpec) and what one call is and answers (VendorCall, VendorResult):
// shared by the transport and the toolkit bound to it.
export interface VendorCall<C extends object = object> {
	method?: IHttpRequestMethods;
	/** Path with placeholders already filled and encoded (see `pathSegment`). */
	path: string;
	/** The API's name or path template: pacing is per credential and API. */
	api: string;
	qs?: IDataObject;
	body?: unknown;
	/** False for calls that must never arrive twice: never resent, never sent twice by Retry On Fail. */
	idempotent: boolean;
	/** What the call is about (the conference, the ids): named in every error it raises. */
	context?: IDataObject;
	/** An API the vendor limits more tightly than the rest (Tencent's group list: 1 call/s). */
	callsPerSecond?: number;
	/** This call's own token instead of the vendor's (Huawei's conference token for meeting control). */
	auth?: TokenAuth<C>;
	/** This call's own reading of the answer, where it differs from the vendor's (`judge` of the spec). */
	judge?(answer: HttpAnswer, requestId?: string): Verdict;
}

export interface VendorResult {
	/** The vendor's answer as an object, scrubbed of anything secret ({} when it is not JSON). */
	body: IDataObject;
	/** The vendor's parsed answer whatever its shape (an array, say), scrubbed of anything secret. */
	data: unknown;
	/** The request id the successful call went out with, where the vendor has one. */
	requestId?: string;
}

export interface VendorSpec<C> {
	vendor: string;
	credentialType: string;
	/** The vendor's limit per credential and API (or a cautious guess), used when the option is 0. */
	callsPerSecond: number;
	auth: TokenAuth<C>;
	baseUrl(creds: C): string;
	/** Reads the vendor's answer: ok, or what kind of failure. `requestId` is the one sent, if any. */
	judge(answer: HttpAnswer, requestId?: string): Verdict;
	/** Headers every call carries besides auth (Accept-Language, say). */
	headers?(creds: C): IDataObject;
	/** A header that gets a fresh UUID per attempt (Huawei's X-Request-Id). */
	requestIdHeader?: string;
	/** Secrets derived from the credential that travel in other forms (user:password for Basic). */
	derivedSecrets?(creds: C): string[];
}

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
