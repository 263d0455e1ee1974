import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { HttpAnswer, RunOptions, Verdict } from '../../core';
import { credentialsOnce, judgeTransport, pacerFor, sendAuthenticated, sendWithPolicy } from '../../core';
import { THROTTLE_CODES, TRANSIENT_CODES, adviceFor } from './forbiddenHints';
import type { TencentCredentials } from './userSig';
import { baseUrlOf, getUserSig, tencentKey, tencentUserSigs } from './userSig';

export const VENDOR = 'Tencent Cloud Chat';

/** Tencent documents 200 calls/s per API; stay just under it. Its server timeout is 3 s. */
export const TENCENT_DEFAULTS = { callsPerSecond: 190 };

/**
 * Tencent answers HTTP 200 even when a call failed: the verdict is in ActionStatus and ErrorCode.
 * `secret` (the UserSig just used) is cut out of ErrorInfo in case Tencent ever echoes it.
 */
export function judgeTencent(answer: HttpAnswer, secret?: string): Verdict {
	const common = judgeTransport(answer);
	if (common) return common;
	const body = (answer.json && answer.body && typeof answer.body === 'object' ? answer.body : undefined) as IDataObject | undefined;
	if (!body) {
		return {
			kind: 'transient',
			failure: { code: `HTTP_${answer.statusCode}`, message: 'Tencent answered with something that is not JSON', httpCode: answer.statusCode, advice: 'A gateway answered instead of Tencent; try again later.' },
		};
	}
	const code = Number(body.ErrorCode ?? 0);
	if (body.ActionStatus === 'OK' && code === 0 && answer.statusCode === 200) return { kind: 'ok' };
	let info = String(body.ErrorInfo ?? '') || 'no ErrorInfo';
	if (secret) info = info.split(secret).join('…');
	const failure = {
		code: String(code || `HTTP_${answer.statusCode}`),
		message: info,
		httpCode: answer.statusCode === 200 ? undefined : answer.statusCode,
		advice: `ErrorCode ${code}: ${adviceFor(code)}`,
	};
	if (code === 70001) return { kind: 'reauth', failure };
	if (THROTTLE_CODES.has(code)) return { kind: 'throttled', failure };
	if (TRANSIENT_CODES.has(code) || answer.statusCode >= 500) return { kind: 'transient', failure };
	return { kind: 'fatal', failure };
}

export interface TencentCall {
	/** `servicename/command`, e.g. `group_open_http_svc/unban_group_member`. Pacing is per API. */
	api: string;
	body: IDataObject;
	idempotent: boolean;
	/** Facts for the error item: which call failed, which accounts were already applied. */
	context?: IDataObject;
}

/**
 * One Tencent Cloud Chat REST call for one item: signed by the credential (cached UserSig, renewed
 * once after ErrorCode 70001), paced per SDKAppID and API, retried under the shared policy.
 */
export async function tencentRequest(
	this: IExecuteFunctions,
	itemIndex: number,
	call: TencentCall,
	run: RunOptions,
): Promise<IDataObject> {
	const creds = await credentialsOnce<TencentCredentials>(this, 'tencentCloudChatApi');
	const key = tencentKey(creds);
	const url = `${baseUrlOf(creds)}/v4/${call.api}`;
	let used: string | undefined;
	const answer = await sendWithPolicy({
		vendor: VENDOR,
		node: this.getNode(),
		itemIndex,
		idempotent: call.idempotent,
		pacer: pacerFor(`tencent|${String(creds.sdkAppId).trim()}|${call.api}`, run.callsPerSecond),
		retry: run.retry,
		context: call.context,
		judge: (a) => judgeTencent(a, used),
		send: async () => {
			// The credential signs with the same cached value; remember it to drop exactly that one on 70001.
			used = await getUserSig(creds);
			return await sendAuthenticated(this, 'tencentCloudChatApi', creds, {
				method: 'POST',
				url,
				body: call.body,
				headers: { Accept: 'application/json' },
				timeout: run.timeoutMs,
			});
		},
		renewAuth: async () => {
			tencentUserSigs.invalidate(key, used);
		},
		onRetry: (reason, attempt, delayMs) =>
			this.logger.debug(`Tencent Cloud Chat ${call.api}: retry ${attempt} in ${delayMs} ms after ${reason}`, { itemIndex }),
	});
	return (answer.body ?? {}) as IDataObject;
}
