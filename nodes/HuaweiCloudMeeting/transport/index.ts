import { randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import type { HttpAnswer, RunOptions, Verdict } from '../../core';
import { credentialsOnce, judgeTransport, pacerFor, sendAuthenticated, sendWithPolicy, tokenForItem } from '../../core';
import { EXPIRED_TOKEN_CODE, STATUS_ADVICE } from './forbiddenHints';
import type { HuaweiCredentials } from './token';
import { VENDOR, baseUrlOf, getHuaweiToken, huaweiKey, huaweiTokens, languageOf } from './token';

export { VENDOR };

/** Huawei documents no rate limit for Meeting APIs; 10 calls/s per credential and API is a cautious guess. */
export const HUAWEI_DEFAULTS = { callsPerSecond: 10 };

/** Reads Huawei's `{error_code, error_msg, request_id}` body and decides what to do about it. */
export function judgeHuawei(answer: HttpAnswer, sentRequestId: string): Verdict {
	const common = judgeTransport(answer);
	if (common) return common;
	if (answer.statusCode >= 200 && answer.statusCode < 300) {
		// Assign and reclaim answer 200 with an empty body; text that is not JSON comes from a
		// broken gateway, and taking it as an empty page would silently cut a listing short.
		if (answer.json || answer.body === undefined) return { kind: 'ok' };
		return {
			kind: 'transient',
			failure: { code: `HTTP_${answer.statusCode}`, message: `${VENDOR} answered with something that is not JSON`, httpCode: answer.statusCode, requestId: sentRequestId, advice: 'A gateway between n8n and Huawei answered instead of Huawei; try again later.' },
		};
	}
	const body = (answer.json && typeof answer.body === 'object' && answer.body !== null ? answer.body : {}) as IDataObject;
	const code = String(body.error_code ?? `HTTP_${answer.statusCode}`);
	const failure = {
		code,
		message: String(body.error_msg ?? (answer.json ? 'no error message' : 'the answer was not JSON')),
		httpCode: answer.statusCode,
		requestId: String(body.request_id ?? answer.headers['x-request-id'] ?? sentRequestId),
		advice: STATUS_ADVICE[answer.statusCode],
	};
	// An expired or unknown token: get a new one and send the call again, once.
	if (answer.statusCode === 401 && (code === EXPIRED_TOKEN_CODE || body.error_code === undefined)) {
		return { kind: 'reauth', failure };
	}
	if (answer.statusCode >= 500) return { kind: 'transient', failure };
	return { kind: 'fatal', failure };
}

export interface HuaweiCall {
	method: IHttpRequestMethods;
	/** Path with placeholders already filled and encoded. */
	path: string;
	/** The API's path template: pacing is per credential and API. */
	api: string;
	qs?: IDataObject;
	body?: unknown;
	idempotent: boolean;
	context?: IDataObject;
}

export interface HuaweiResult {
	body: unknown;
	/** The X-Request-Id of the call that succeeded, for support tickets. */
	requestId: string;
}

/** The credential's auth mode, which decides the default account type. */
export async function huaweiAuthMode(this: IExecuteFunctions): Promise<'account' | 'appId'> {
	const creds = await credentialsOnce<HuaweiCredentials>(this, 'huaweiCloudMeetingApi');
	return creds.authMode === 'appId' ? 'appId' : 'account';
}

/**
 * One Huawei Cloud Meeting call for one item: a cached access token (fetched once per validity
 * window, renewed once after 401 USG.000000004), a fresh X-Request-Id per attempt, pacing,
 * retries and Huawei's error format.
 */
export async function huaweiRequest(
	this: IExecuteFunctions,
	itemIndex: number,
	call: HuaweiCall,
	run: RunOptions,
): Promise<HuaweiResult> {
	const creds = await credentialsOnce<HuaweiCredentials>(this, 'huaweiCloudMeetingApi');
	const http = async (options: IHttpRequestOptions) => await this.helpers.httpRequest(options);
	const node = this.getNode();
	const key = huaweiKey(creds);
	const token = async (force = false) => await tokenForItem(node, itemIndex, async () => await getHuaweiToken(http, creds, force), call.context);
	let accessToken = await token();
	// Shared with the error: a failed call names the request id it went out with.
	const context: IDataObject = { ...(call.context ?? {}) };
	let requestId = '';
	const answer = await sendWithPolicy({
		vendor: VENDOR,
		node,
		itemIndex,
		idempotent: call.idempotent,
		pacer: pacerFor(`${key}|${call.api}`, run.callsPerSecond),
		retry: run.retry,
		context,
		judge: (a) => judgeHuawei(a, requestId),
		send: async () => {
			requestId = randomUUID();
			context.requestId = requestId;
			const headers: IDataObject = { Accept: 'application/json', 'Accept-Language': languageOf(creds), 'X-Request-Id': requestId };
			if (call.body !== undefined) headers['Content-Type'] = 'application/json';
			// The token comes from our cache, so n8n's own refresh never has to run.
			return await sendAuthenticated(this, 'huaweiCloudMeetingApi', { ...creds, accessToken }, {
				method: call.method,
				url: `${baseUrlOf(creds)}${call.path}`,
				qs: call.qs,
				body: call.body as IDataObject,
				headers,
				timeout: run.timeoutMs,
			});
		},
		renewAuth: async () => {
			huaweiTokens.invalidate(key, accessToken);
			accessToken = await token();
		},
		onRetry: (reason, attempt, delayMs) =>
			this.logger.debug(`${VENDOR} ${call.api}: retry ${attempt} in ${delayMs} ms after ${reason}`, { itemIndex, requestId }),
	});
	return { body: answer.body, requestId };
}
