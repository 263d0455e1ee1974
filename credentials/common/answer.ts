import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

/** One HTTP answer as every part of the pack judges it. */
export interface HttpAnswer {
	statusCode: number;
	headers: IDataObject;
	/** Parsed JSON, or the raw text when the answer was not JSON (an HTML error page, say). */
	body: unknown;
	json: boolean;
}

/**
 * What a token issuer gets to talk to the vendor with. The node's kernel hands in one that obeys
 * the node's Timeout, never follows a redirect and retries like business calls; the credential
 * class hands in n8n's plain helper for its preAuthentication.
 */
export type AnswerFn = (options: IHttpRequestOptions) => Promise<HttpAnswer>;

/** What a vendor said when a call failed, already stripped of anything secret. */
export interface VendorFailure {
	code: string;
	message: string;
	httpCode?: number;
	requestId?: string;
	/** What the user should do about it, in plain words. */
	advice?: string;
}

/** Turns a raw body into JSON when it is JSON, leaving HTML pages and garbage as text. */
export function toAnswer(statusCode: number, headers: IDataObject, raw: unknown): HttpAnswer {
	if (typeof raw !== 'string')
		return { statusCode, headers, body: raw, json: raw !== undefined && raw !== null };
	if (raw.trim() === '') return { statusCode, headers, body: undefined, json: false };
	try {
		return { statusCode, headers, body: JSON.parse(raw), json: true };
	} catch {
		return { statusCode, headers, body: raw, json: false };
	}
}

/** The request options every call of the pack shares: the full answer, no throw on status, no redirects. */
export const ANSWER_OPTIONS = {
	json: true,
	returnFullResponse: true,
	ignoreHttpStatusErrors: true,
	// A redirect would carry our token or signature to another host: never follow one.
	disableFollowRedirect: true,
} as const;

/** Adapts an n8n `httpRequest` helper into an AnswerFn (used by credential classes). */
export function answerFn(
	httpRequest: (options: IHttpRequestOptions) => Promise<unknown>,
): AnswerFn {
	return async (options) => {
		const res = (await httpRequest({ ...options, ...ANSWER_OPTIONS })) as {
			statusCode: number;
			headers?: IDataObject;
			body: unknown;
		};
		return toAnswer(res.statusCode, res.headers ?? {}, res.body);
	};
}

/** A token or signature request the vendor refused; carries only the vendor's code and message. */
export class TokenRefusedError extends Error {
	constructor(
		readonly vendor: string,
		readonly failure: VendorFailure,
	) {
		const requestId = failure.requestId ? ` Request ID ${failure.requestId}.` : '';
		super(
			`${vendor} refused the access token request: ${failure.code}: ${failure.message}.${requestId} ${failure.advice ?? ''}`.trim(),
		);
	}
}

/** A redirect answer, named by the host it points at (never followed). */
export function redirectFailure(answer: HttpAnswer): VendorFailure | undefined {
	if (answer.statusCode < 300 || answer.statusCode >= 400) return undefined;
	const location = String(answer.headers.location ?? '');
	let host = 'an unknown host';
	try {
		host = new URL(location).host || host;
	} catch {
		if (location.startsWith('/')) host = 'another path on the same host';
	}
	return {
		code: `HTTP_${answer.statusCode}`,
		message: `The vendor answered with a redirect to ${host}; it was not followed, so nothing was sent there and the call did not happen`,
		httpCode: answer.statusCode,
		advice:
			'Check the Base URL / region in the credential: it should be the vendor API host itself.',
	};
}
