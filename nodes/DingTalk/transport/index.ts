import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import type { HttpAnswer, RunOptions, Verdict } from '../../core';
import { credentialsOnce, judgeTransport, pacerFor, sendAuthenticated, sendWithPolicy, tokenForItem } from '../../core';
import { ERROR_ADVICE, forbiddenHint } from './forbiddenHints';
import type { DingTalkCredentials } from './token';
import { baseUrlOf, dingTalkKey, dingTalkTokens, getDingTalkToken } from './token';

export const VENDOR = 'DingTalk';

/** DingTalk's documented limit is 20 calls/s per app per API; stay just under it. */
export const DINGTALK_DEFAULTS = { callsPerSecond: 19 };

/** Reads DingTalk's `{code, message, requestid}` error body and decides what to do about it. */
export function judgeDingTalk(answer: HttpAnswer): Verdict {
	const common = judgeTransport(answer);
	if (common) return common;
	const ok = answer.statusCode >= 200 && answer.statusCode < 300;
	if (ok && answer.json) return { kind: 'ok' };
	if (!answer.json) {
		return {
			kind: 'transient',
			failure: { code: `HTTP_${answer.statusCode}`, message: 'DingTalk answered with something that is not JSON', httpCode: answer.statusCode, advice: 'A gateway or an IP-level block answered instead of DingTalk (more than 10,000 calls per 20 s from one IP blocks it for 5 minutes); try again later.' },
		};
	}
	const body = (answer.body ?? {}) as IDataObject;
	const code = String(body.code ?? body.Code ?? `HTTP_${answer.statusCode}`);
	const failure = {
		code,
		message: String(body.message ?? body.Message ?? 'no message'),
		httpCode: answer.statusCode,
		requestId: (body.requestid ?? body.RequestId) as string | undefined,
		advice: forbiddenHint(code, body) ?? ERROR_ADVICE[code],
	};
	if (code === 'InvalidAuthentication' || answer.statusCode === 401) return { kind: 'reauth', failure };
	// DingTalk's own advice for QPS limits is to wait a second and try again.
	if (code.includes('QpsLimit')) return { kind: 'throttled', failure, waitMs: 1000 };
	if (answer.statusCode >= 500) return { kind: 'transient', failure };
	return { kind: 'fatal', failure };
}

export interface DingTalkCall {
	method: IHttpRequestMethods;
	/** Path with placeholders already filled and encoded. */
	path: string;
	/** The API's path template: pacing is per app per API. */
	api: string;
	body: IDataObject;
	idempotent: boolean;
	context?: IDataObject;
}

/**
 * One DingTalk API call for one item: a cached access token (fetched once per validity window and
 * renewed once if DingTalk rejects it), pacing, retries and DingTalk's error format.
 */
export async function dingTalkRequest(
	this: IExecuteFunctions,
	itemIndex: number,
	call: DingTalkCall,
	run: RunOptions,
): Promise<IDataObject> {
	const creds = await credentialsOnce<DingTalkCredentials>(this, 'dingTalkApi');
	const http = async (options: IHttpRequestOptions) => await this.helpers.httpRequest(options);
	const node = this.getNode();
	const key = dingTalkKey(creds);
	const token = async (force = false) => await tokenForItem(node, itemIndex, async () => await getDingTalkToken(http, creds, force));
	let accessToken = await token();
	const answer = await sendWithPolicy({
		vendor: VENDOR,
		node,
		itemIndex,
		idempotent: call.idempotent,
		pacer: pacerFor(`${key}|${call.api}`, run.callsPerSecond),
		retry: run.retry,
		context: call.context,
		judge: judgeDingTalk,
		send: async () =>
			// The token comes from our cache, so n8n's own refresh (401 only) never has to run.
			await sendAuthenticated(this, 'dingTalkApi', { ...creds, accessToken }, {
				method: call.method,
				url: `${baseUrlOf(creds)}${call.path}`,
				body: call.body,
				headers: { Accept: 'application/json' },
				timeout: run.timeoutMs,
			}),
		renewAuth: async () => {
			dingTalkTokens.invalidate(key, accessToken);
			accessToken = await token();
		},
		onRetry: (reason, attempt, delayMs) =>
			this.logger.debug(`DingTalk ${call.api}: retry ${attempt} in ${delayMs} ms after ${reason}`, { itemIndex }),
	});
	return (answer.body ?? {}) as IDataObject;
}
