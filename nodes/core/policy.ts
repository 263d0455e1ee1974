import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { HttpAnswer, Verdict, VendorFailure } from './http';

import { NOT_DELIVERED, networkCode } from './http';
import { vendorError } from './errors';
import type { Pacer } from './pacer';

export interface RetryPolicy {
	maxRetries: number;
	baseDelayMs: number;
	/** The longest wait honoured (Retry-After included); a longer demand fails the call. */
	maxWaitMs: number;
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
	/** Extra facts for the error item (which call failed, which ids it carried). */
	context?: IDataObject;
	/** Checked before every attempt: true once the run has failed and must start nothing new. */
	stopped?: () => boolean;
	onRetry?: (reason: string, attempt: number, delayMs: number) => void;
}

/** Errors of calls that may or may not have reached the vendor (a reset or timeout after sending). */
const uncertain = new WeakSet<object>();
/** Errors of calls that never left: the run was stopping. */
const unsent = new WeakSet<object>();
/** Errors of calls the vendor refused for good: about the call itself, or about ids it carried. */
const refused = new WeakMap<object, 'call' | 'ids'>();

export const mayHaveArrived = (error: unknown) =>
	typeof error === 'object' && error !== null && uncertain.has(error);
export const wasNotSent = (error: unknown) =>
	typeof error === 'object' && error !== null && unsent.has(error);
export const wasRefused = (error: unknown) =>
	typeof error === 'object' && error !== null && refused.has(error);
/** Refused for ids the call carried (so splitting the call isolates them), not for the call itself. */
export const wasRefusedForIds = (error: unknown) =>
	typeof error === 'object' && error !== null && refused.get(error) === 'ids';
/** Refused for the call itself: every call like it (same target, other ids) would be refused too. */
export const wasRefusedForCall = (error: unknown) =>
	typeof error === 'object' && error !== null && refused.get(error) === 'call';

function backoff(policy: RetryPolicy, attempt: number, waitMs?: number): number {
	const exp = policy.baseDelayMs * 2 ** attempt;
	const jittered = Math.min(exp * (0.5 + Math.random()), policy.maxWaitMs);
	return Math.round(Math.max(jittered, waitMs ?? 0));
}

/** A stopped run's call: it was never sent. */
export function notSentError(
	plan: Pick<SendPlan, 'node' | 'vendor' | 'itemIndex' | 'context'>,
): NodeApiError {
	const error = vendorError(
		plan.node,
		plan.vendor,
		{
			code: 'NOT_SENT',
			message: 'Not sent: an earlier item failed and the node stops at the first failure',
			advice: 'Fix the first failed item (or turn on "Continue On Fail") and run again.',
		},
		plan.itemIndex,
		plan.context,
	);
	unsent.add(error);
	return error;
}

/**
 * Sends one vendor call under the shared policy: pacing, bounded retries with exponential backoff
 * and jitter (honouring Retry-After up to a cap), one token renewal, and the rule that a
 * non-idempotent call is resent only when it surely never arrived.
 */
export async function sendWithPolicy(plan: SendPlan): Promise<HttpAnswer> {
	let renewed = false;
	for (let attempt = 0; ; attempt++) {
		const canRetry = attempt < plan.retry.maxRetries;
		const answered = plan.pacer ? await plan.pacer.wait() : undefined;
		if (plan.stopped?.()) {
			answered?.();
			throw notSentError(plan);
		}
		let answer: HttpAnswer;
		try {
			answer = await plan.send();
			answered?.();
		} catch (error) {
			answered?.();
			const code = networkCode(error);
			if (code === undefined) {
				// Not a vendor answer and not a socket failure: report it without the raw error,
				// whose request config would carry tokens and signed query strings.
				const message = String((error as Error)?.message ?? error).replace(/\?\S*/g, '?…');
				const failed = vendorError(
					plan.node,
					plan.vendor,
					{ code: 'REQUEST_FAILED', message },
					plan.itemIndex,
					plan.context,
				);
				uncertain.add(failed);
				throw failed;
			}
			const delivered = !NOT_DELIVERED.has(code);
			const failure: VendorFailure = {
				code,
				message: delivered
					? 'The connection failed before an answer arrived'
					: 'Could not connect to the vendor',
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
			const failed = vendorError(plan.node, plan.vendor, failure, plan.itemIndex, plan.context);
			if (delivered) uncertain.add(failed);
			throw failed;
		}
		const verdict = plan.judge(answer);
		if (verdict.kind === 'ok') {
			plan.pacer?.succeeded();
			return answer;
		}
		if (verdict.kind === 'throttled') plan.pacer?.throttled();
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
		const tooLong = verdict.waitMs !== undefined && verdict.waitMs > plan.retry.maxWaitMs;
		if (retryable && canRetry && !tooLong) {
			const delay = backoff(plan.retry, attempt, verdict.waitMs);
			plan.onRetry?.(failure.code, attempt + 1, delay);
			await sleep(delay);
			continue;
		}
		if (tooLong) {
			failure.advice =
				`${failure.advice ?? ''} The vendor asked to wait ${Math.ceil((verdict.waitMs ?? 0) / 1000)} s, longer than the ${plan.retry.maxWaitMs / 1000} s this node waits; run again later.`.trim();
		} else if (retryable) {
			failure.advice = `${failure.advice ?? ''} Gave up after ${attempt + 1} attempts.`.trim();
		}
		const failed = vendorError(plan.node, plan.vendor, failure, plan.itemIndex, plan.context);
		if (verdict.kind === 'transient') uncertain.add(failed);
		if (verdict.kind === 'fatal') refused.set(failed, verdict.about ?? 'call');
		// Refused again right after a renewal: the credential itself is not accepted.
		if (verdict.kind === 'reauth') refused.set(failed, 'call');
		throw failed;
	}
}
