import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { VendorFailure } from './errors';
import { vendorError } from './errors';
import type { Pacer } from './pacer';

export interface HttpAnswer {
	statusCode: number;
	headers: IDataObject;
	/** Parsed JSON, or the raw text when the answer was not JSON (an HTML error page, say). */
	body: unknown;
	json: boolean;
}

/**
 * How a vendor's answer is to be treated.
 * - throttled: the vendor refused the call, so it surely did not apply; always safe to resend.
 * - transient: a server-side failure; the call may have applied, resend only idempotent calls.
 * - reauth: the token or signature is no longer accepted; renew it once and resend.
 */
export type Verdict =
	| { kind: 'ok' }
	| { kind: 'throttled' | 'transient' | 'reauth' | 'fatal'; failure: VendorFailure; waitMs?: number };

export interface RetryPolicy {
	maxRetries: number;
	baseDelayMs: number;
}

export interface SendPlan {
	vendor: string;
	node: INode;
	itemIndex: number;
	/** One attempt, with authentication applied. */
	send: () => Promise<HttpAnswer>;
	judge: (answer: HttpAnswer) => Verdict;
	/** Renews the token or signature after a `reauth` verdict. */
	renewAuth?: () => Promise<void>;
	/** False for calls that must never arrive twice (a central-control signal). */
	idempotent: boolean;
	pacer?: Pacer;
	retry: RetryPolicy;
	/** Extra facts for the error item (which chunk failed, which ids were applied). */
	context?: IDataObject;
	onRetry?: (reason: string, attempt: number, delayMs: number) => void;
}

const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Digs the socket-level error code out of n8n's wrapped HTTP errors. */
export function networkCode(error: unknown): string | undefined {
	let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined;
	for (let depth = 0; e && depth < 5; depth++) {
		if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return e.code;
		if (typeof e.message === 'string' && /timeout of \d+ms exceeded/.test(e.message)) return 'ETIMEDOUT';
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

/** Turns a raw body into JSON when it is JSON, leaving HTML pages and garbage as text. */
export function toAnswer(statusCode: number, headers: IDataObject, raw: unknown): HttpAnswer {
	if (typeof raw !== 'string') return { statusCode, headers, body: raw, json: raw !== undefined && raw !== null };
	if (raw.trim() === '') return { statusCode, headers, body: undefined, json: false };
	try {
		return { statusCode, headers, body: JSON.parse(raw), json: true };
	} catch {
		return { statusCode, headers, body: raw, json: false };
	}
}

/** Answers every vendor treats alike: HTTP 429, and 5xx / non-JSON pages from gateways. */
export function judgeTransport(answer: HttpAnswer): Verdict | undefined {
	if (answer.statusCode === 429) {
		return {
			kind: 'throttled',
			failure: { code: 'HTTP_429', message: 'Too many requests', httpCode: 429, advice: 'The vendor is throttling this app; slow down or lower the calls-per-second option.' },
			waitMs: retryAfterMs(answer.headers),
		};
	}
	if (answer.statusCode >= 500 && !answer.json) {
		return {
			kind: 'transient',
			failure: { code: `HTTP_${answer.statusCode}`, message: 'The vendor answered with a server error page instead of JSON', httpCode: answer.statusCode, advice: 'The vendor or a gateway in between is having trouble; try again later.' },
		};
	}
	return undefined;
}

function backoff(policy: RetryPolicy, attempt: number, waitMs?: number): number {
	const exp = policy.baseDelayMs * 2 ** attempt;
	const jittered = exp * (0.5 + Math.random());
	return Math.round(Math.max(jittered, waitMs ?? 0));
}

/**
 * Sends one vendor call under the shared policy: pacing, bounded retries with exponential backoff
 * and jitter (honouring Retry-After), one token renewal, and the rule that a non-idempotent call is
 * resent only when it surely never arrived.
 */
export async function sendWithPolicy(plan: SendPlan): Promise<HttpAnswer> {
	let renewed = false;
	for (let attempt = 0; ; attempt++) {
		const canRetry = attempt < plan.retry.maxRetries;
		if (plan.pacer) await plan.pacer.wait();
		let answer: HttpAnswer;
		try {
			answer = await plan.send();
		} catch (error) {
			const code = networkCode(error);
			if (code === undefined) {
				// Not a vendor answer and not a socket failure: report it without the raw error,
				// whose request config would carry tokens and signed query strings.
				const message = String((error as Error)?.message ?? error).replace(/\?\S*/g, '?…');
				throw vendorError(plan.node, plan.vendor, { code: 'REQUEST_FAILED', message }, plan.itemIndex, plan.context);
			}
			const delivered = !NOT_DELIVERED.has(code);
			const failure: VendorFailure = {
				code,
				message: delivered ? 'The connection failed before an answer arrived' : 'Could not connect to the vendor',
				advice: delivered
					? plan.idempotent
						? 'Check the network and the Base URL, then try again.'
						: 'The call may have reached the vendor, so it was not sent again. Check the result on the vendor side before resending.'
					: 'Check the Base URL / region in the credential and the network, then try again.',
			};
			if (canRetry && (!delivered || plan.idempotent)) {
				const delay = backoff(plan.retry, attempt);
				plan.onRetry?.(code, attempt + 1, delay);
				await sleep(delay);
				continue;
			}
			throw vendorError(plan.node, plan.vendor, failure, plan.itemIndex, plan.context);
		}
		const verdict = plan.judge(answer);
		if (verdict.kind === 'ok') return answer;
		const { failure } = verdict;
		if (verdict.kind === 'reauth' && plan.renewAuth && !renewed) {
			renewed = true;
			plan.onRetry?.(`${failure.code} (renewing credentials)`, attempt + 1, 0);
			await plan.renewAuth();
			attempt--; // a renewal is not a retry
			continue;
		}
		const retryable =
			verdict.kind === 'throttled' || (verdict.kind === 'transient' && plan.idempotent);
		if (retryable && canRetry) {
			const delay = backoff(plan.retry, attempt, verdict.waitMs);
			plan.onRetry?.(failure.code, attempt + 1, delay);
			await sleep(delay);
			continue;
		}
		if (retryable) {
			failure.advice = `${failure.advice ?? ''} Gave up after ${attempt + 1} attempts.`.trim();
		}
		throw vendorError(plan.node, plan.vendor, failure, plan.itemIndex, plan.context);
	}
}

/**
 * One HTTP exchange through n8n's authenticated request helper (so n8n's proxy/SSL settings and
 * the credential's `authenticate` apply), with the credential data the caller already holds —
 * decrypted once per run, plus any cached token. Never throws on an HTTP status: the vendor's
 * answer goes to the caller's judge.
 */
export async function sendAuthenticated(
	ctx: IExecuteFunctions,
	credentialType: string,
	data: object,
	options: IHttpRequestOptions,
): Promise<HttpAnswer> {
	const res = (await ctx.helpers.httpRequestWithAuthentication.call(
		ctx,
		credentialType,
		{ json: true, ...options, returnFullResponse: true, ignoreHttpStatusErrors: true },
		{ credentialsDecrypted: { id: credentialType, name: credentialType, type: credentialType, data: data as ICredentialDataDecryptedObject } },
	)) as { statusCode: number; headers?: IDataObject; body: unknown };
	return toAnswer(res.statusCode, res.headers ?? {}, res.body);
}
