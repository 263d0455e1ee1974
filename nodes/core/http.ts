import type { IDataObject } from 'n8n-workflow';

import type { HttpAnswer, VendorFailure } from '../../credentials/common/answer';
import { redirectFailure } from '../../credentials/common/answer';

export type { HttpAnswer, VendorFailure } from '../../credentials/common/answer';
export { toAnswer } from '../../credentials/common/answer';

/**
 * How a vendor's answer is to be treated.
 * - throttled: the vendor refused the call, so it surely did not apply; always safe to resend.
 * - transient: a server-side failure; the call may have applied, resend only idempotent calls.
 * - reauth: the token or signature is no longer accepted; renew it once and resend.
 * - fatal: the vendor refused the call for good; it did not apply. `about: 'ids'` when the refusal
 *   is about ids it carried (an unknown account, say), not about the call itself (auth, permission,
 *   an unknown target, the app's state): only then can a shared call be split to find the items at fault.
 */
export type Verdict =
	| { kind: 'ok' }
	| {
			kind: 'throttled' | 'transient' | 'reauth' | 'fatal';
			failure: VendorFailure;
			waitMs?: number;
			about?: 'ids';
	  };

/** Socket failures that happen before a request leaves: the vendor surely never saw it. */
export const NOT_DELIVERED = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

/** Digs the socket-level error code out of n8n's wrapped HTTP errors. */
export function networkCode(error: unknown): string | undefined {
	let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined;
	for (let depth = 0; e && depth < 5; depth++) {
		if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return e.code;
		if (typeof e.message === 'string' && /timeout of \d+ms exceeded/.test(e.message))
			return 'ETIMEDOUT';
		e = e.cause as typeof e;
	}
	return undefined;
}

/** Retry-After in milliseconds (seconds or an HTTP date), if the vendor sent one. */
export function retryAfterMs(headers: IDataObject): number | undefined {
	const raw = headers['retry-after'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(raw));
	return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** Answers every vendor treats alike: redirects, HTTP 429, and 5xx / non-JSON pages from gateways. */
export function judgeTransport(answer: HttpAnswer): Verdict | undefined {
	const redirect = redirectFailure(answer);
	if (redirect) return { kind: 'fatal', failure: redirect };
	if (answer.statusCode === 429) {
		return {
			kind: 'throttled',
			failure: {
				code: 'HTTP_429',
				message: 'Too many requests',
				httpCode: 429,
				advice:
					'The vendor is throttling this app; slow down or lower the calls-per-second option.',
			},
			waitMs: retryAfterMs(answer.headers),
		};
	}
	if (answer.statusCode >= 500 && !answer.json) {
		return {
			kind: 'transient',
			failure: {
				code: `HTTP_${answer.statusCode}`,
				message: 'The vendor answered with a server error page instead of JSON',
				httpCode: answer.statusCode,
				advice: 'The vendor or a gateway in between is having trouble; try again later.',
			},
		};
	}
	return undefined;
}

/** The body as an object, or undefined when it is not one (for judges and list readers). */
export function bodyObject(answer: HttpAnswer): IDataObject | undefined {
	return answer.json &&
		answer.body &&
		typeof answer.body === 'object' &&
		!Array.isArray(answer.body)
		? (answer.body as IDataObject)
		: undefined;
}
