import type { IDataObject } from 'n8n-workflow';

import type { TencentCredentials } from '../../../credentials/common/tencent';
import { TENCENT, tencentAuth, tencentBaseUrl } from '../../../credentials/common/tencent';
import type { CallContext, HttpAnswer, VendorCall, Verdict } from '../../core';
import { NO_ANSWER, bodyObject, createVendorTransport, judgeTransport } from '../../core';
import { ID_CODES, THROTTLE_CODES, TRANSIENT_CODES, adviceFor } from './errors';

/** Tencent answers HTTP 200 even when a call failed: the verdict is in ActionStatus and ErrorCode. */
export function judgeTencent(answer: HttpAnswer): Verdict {
	const common = judgeTransport(answer);
	if (common) return common;
	const body = bodyObject(answer);
	if (!body) {
		return {
			kind: 'transient',
			failure: {
				code: `HTTP_${answer.statusCode}`,
				message: 'Tencent answered with something that is not JSON',
				httpCode: answer.statusCode,
				advice: 'A gateway answered instead of Tencent; try again later.',
			},
		};
	}
	const code = Number(body.ErrorCode ?? 0);
	if (body.ActionStatus === 'OK' && code === 0 && answer.statusCode === 200) return { kind: 'ok' };
	const failure = {
		code: String(code || `HTTP_${answer.statusCode}`),
		message: String(body.ErrorInfo ?? '') || 'no ErrorInfo',
		httpCode: answer.statusCode === 200 ? undefined : answer.statusCode,
		advice: `ErrorCode ${code}: ${adviceFor(code)}`,
	};
	if (code === 70001) return { kind: 'reauth', failure };
	if (THROTTLE_CODES.has(code)) return { kind: 'throttled', failure };
	if (TRANSIENT_CODES.has(code) || answer.statusCode >= 500) return { kind: 'transient', failure };
	return ID_CODES.has(code) ? { kind: 'fatal', failure, about: 'ids' } : { kind: 'fatal', failure };
}

export const tencent = createVendorTransport<TencentCredentials>({
	vendor: TENCENT,
	credentialType: 'tencentCloudChatApi',
	// Tencent documents 200 calls/s per API; stay just under it. Its server timeout is 3 s.
	callsPerSecond: 190,
	auth: tencentAuth,
	baseUrl: tencentBaseUrl,
	judge: judgeTencent,
});

/**
 * One Tencent Cloud Chat REST call (`servicename/command`, e.g. `group_open_http_svc/unban_group_member`)
 * for one item, signed with the cached UserSig; pacing is per SDKAppID and command.
 */
export async function tencentApiRequest(
	this: CallContext,
	itemIndex: number,
	api: string,
	body: IDataObject,
	extra: Partial<VendorCall> = {},
): Promise<IDataObject> {
	const result = await tencent.request(this, itemIndex, {
		path: `/v4/${api}`,
		api,
		body,
		idempotent: true,
		...extra,
	});
	return result.body;
}

/** The per-entry list `key` of every answer (a shared call's answer also holds other items' entries). */
export function entriesOf<T = IDataObject>(answers: unknown[], key: string): T[] {
	return (answers as IDataObject[]).flatMap((r) =>
		Array.isArray(r?.[key]) ? (r[key] as T[]) : [],
	);
}

/**
 * Tencent's batch commands answer ActionStatus OK and put a code per entry (add_group_member's
 * Result, group_msg_recall's RetCode, account_check's ResultCode, get_group_info's ErrorCode).
 * Entries that failed, and ids the answer holds no entry for (`unanswered`), become one error
 * naming each of them, raised after every call was made, so nothing fails or vanishes silently.
 */
export function entriesFailed(
	ctx: CallContext,
	itemIndex: number,
	what: string,
	failed: Array<{ id: string | number; code: number; info?: string }>,
	total: number,
	context: IDataObject,
	unanswered: Array<string | number> = [],
): void {
	if (failed.length === 0 && unanswered.length === 0) return;
	const shown = (ids: Array<string | number>) =>
		`${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`;
	const silent = unanswered.length
		? `${TENCENT} did not answer for these ids (${unanswered.length} of ${total} ${what}): ${shown(unanswered)}`
		: '';
	const unknown =
		'The call succeeded but its answer has no entry for them, so whether they were applied is unknown; check them in Tencent before running them again.';
	const facts = {
		...context,
		...(failed.length
			? {
					failed: failed.map((f) => ({
						id: f.id,
						code: f.code,
						...(f.info ? { info: f.info } : {}),
					})),
				}
			: {}),
		...(unanswered.length ? { unanswered } : {}),
	};
	if (failed.length === 0)
		throw tencent.fail(
			ctx,
			itemIndex,
			{ code: NO_ANSWER, message: silent, advice: unknown },
			facts,
		);
	const first = failed[0];
	throw tencent.fail(
		ctx,
		itemIndex,
		{
			code: String(first.code),
			message: `${failed.length} of ${total} ${what} failed (${failed
				.slice(0, 5)
				.map((f) => `${f.id}: ${f.code}${f.info ? ` ${f.info}` : ''}`)
				.join('; ')}${failed.length > 5 ? '; …' : ''})${silent ? `; ${silent}` : ''}`,
			advice: `ErrorCode ${first.code}: ${adviceFor(first.code)}${silent ? ` ${unknown}` : ''}`,
		},
		facts,
	);
}
