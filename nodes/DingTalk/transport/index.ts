import type { IDataObject } from 'n8n-workflow';

import type { DingTalkCredentials } from '../../../credentials/common/dingtalk';
import { DINGTALK, dingTalkAuth, dingTalkBaseUrl } from '../../../credentials/common/dingtalk';
import type { CallContext, HttpAnswer, VendorCall, VendorResult, Verdict } from '../../core';
import { bodyObject, createVendorTransport, judgeTransport } from '../../core';
import { ERROR_ADVICE, ID_CODES, forbiddenHint } from './errors';

/**
 * Reads DingTalk's `{code, message, requestid}` error body and decides what to do about it. A 200
 * whose body says `success: false` or `result: false`, or carries an error code, is a failure too.
 */
export function judgeDingTalk(answer: HttpAnswer): Verdict {
	const common = judgeTransport(answer);
	if (common) return common;
	const body = bodyObject(answer);
	const ok = answer.statusCode >= 200 && answer.statusCode < 300;
	if (!body && !(ok && answer.json)) {
		return {
			kind: 'transient',
			failure: {
				code: `HTTP_${answer.statusCode}`,
				message: 'DingTalk answered with something that is not JSON',
				httpCode: answer.statusCode,
				advice:
					'A gateway or an IP-level block answered instead of DingTalk (more than 10,000 calls per 20 s from one IP blocks it for 5 minutes); try again later.',
			},
		};
	}
	const said = body ?? {};
	const saysFailure =
		said.success === false ||
		said.result === false ||
		(said.code !== undefined && said.message !== undefined);
	if (ok && !saysFailure) return { kind: 'ok' };
	const code = String(
		said.code ?? said.Code ?? (ok ? 'result.false' : `HTTP_${answer.statusCode}`),
	);
	const failure = {
		code,
		message: String(
			said.message ??
				said.Message ??
				(ok ? 'DingTalk answered 200 but said the call did not succeed' : 'no message'),
		),
		httpCode: answer.statusCode,
		requestId: (said.requestid ?? said.RequestId) as string | undefined,
		advice: forbiddenHint(code, said) ?? ERROR_ADVICE[code],
	};
	if (code === 'InvalidAuthentication' || answer.statusCode === 401)
		return { kind: 'reauth', failure };
	// DingTalk's own advice for QPS limits is to wait a second and try again.
	if (code.includes('QpsLimit')) return { kind: 'throttled', failure, waitMs: 1000 };
	if (answer.statusCode >= 500) return { kind: 'transient', failure };
	return ID_CODES.has(code) && answer.statusCode === 400
		? { kind: 'fatal', failure, about: 'ids' }
		: { kind: 'fatal', failure };
}

export const dingTalk = createVendorTransport<DingTalkCredentials>({
	vendor: DINGTALK,
	credentialType: 'dingTalkApi',
	// DingTalk documents 20 calls/s per app per API. The pacer's window counts from when a call
	// reached DingTalk at the latest (plus a margin), which keeps it under that.
	callsPerSecond: 20,
	auth: dingTalkAuth,
	baseUrl: dingTalkBaseUrl,
	judge: judgeDingTalk,
});

/** One DingTalk API call for one item (n8n's `apiRequest` shape): token, pacing, retries, errors. */
export async function dingTalkApiRequest(
	this: CallContext,
	itemIndex: number,
	call: VendorCall,
): Promise<IDataObject> {
	const result: VendorResult = await dingTalk.request(this, itemIndex, call);
	return result.body;
}

/**
 * CloseVideoConference answers `{code: 200, cause}` and the cloud-record calls `{code: "200"}`:
 * any other code in a 2xx answer is a failure, never a silent success.
 */
export function expectCode200(
	ctx: CallContext,
	itemIndex: number,
	body: IDataObject,
	context: IDataObject,
): void {
	if (body.code === undefined || String(body.code) === '200') return;
	const code = String(body.code);
	throw dingTalk.fail(
		ctx,
		itemIndex,
		{
			code,
			message: String(
				body.cause ?? body.message ?? 'DingTalk answered 200 but with a failure code',
			),
			httpCode: 200,
			advice: ERROR_ADVICE[code],
		},
		context,
	);
}
