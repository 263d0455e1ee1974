import type { HuaweiCredentials } from '../../../credentials/common/huawei';
import { conferenceAuth } from '../../../credentials/common/huaweiConference';
import {
	HUAWEI,
	huaweiAuth,
	huaweiBaseUrl,
	huaweiLanguage,
} from '../../../credentials/common/huawei';
import type { CallContext, HttpAnswer, VendorCall, VendorResult, Verdict } from '../../core';
import { bodyObject, createVendorTransport, judgeTransport, runState } from '../../core';
import { EXPIRED_TOKEN_CODE, STATUS_ADVICE } from './errors';

/** Reads Huawei's `{error_code, error_msg, request_id}` body and decides what to do about it. */
export function judgeHuawei(answer: HttpAnswer, sentRequestId?: string): Verdict {
	const common = judgeTransport(answer);
	if (common) return common;
	const body = bodyObject(answer);
	if (answer.statusCode >= 200 && answer.statusCode < 300) {
		// A 200 with an error body is a failure; assign and reclaim answer 200 with an empty body.
		if (
			body &&
			body.error_code !== undefined &&
			body.error_code !== null &&
			body.error_code !== '' &&
			body.error_code !== 0 &&
			body.error_code !== '0'
		) {
			return {
				kind: 'fatal',
				failure: {
					code: String(body.error_code),
					message: String(body.error_msg ?? 'no error message'),
					httpCode: answer.statusCode,
					requestId: String(body.request_id ?? sentRequestId),
				},
			};
		}
		// Text that is not JSON comes from a broken gateway; taking it as an empty page would cut a listing short.
		if (answer.json || answer.body === undefined) return { kind: 'ok' };
		return {
			kind: 'transient',
			failure: {
				code: `HTTP_${answer.statusCode}`,
				message: `${HUAWEI} answered with something that is not JSON`,
				httpCode: answer.statusCode,
				requestId: sentRequestId,
				advice: 'A gateway between n8n and Huawei answered instead of Huawei; try again later.',
			},
		};
	}
	const said = body ?? {};
	const code = String(said.error_code ?? `HTTP_${answer.statusCode}`);
	const failure = {
		code,
		message: String(
			said.error_msg ?? (answer.json ? 'no error message' : 'the answer was not JSON'),
		),
		httpCode: answer.statusCode,
		requestId: String(said.request_id ?? answer.headers['x-request-id'] ?? sentRequestId),
		advice: STATUS_ADVICE[answer.statusCode],
	};
	// An expired or unknown token: get a new one and send the call again, once.
	if (answer.statusCode === 401 && (code === EXPIRED_TOKEN_CODE || said.error_code === undefined))
		return { kind: 'reauth', failure };
	if (answer.statusCode >= 500) return { kind: 'transient', failure };
	// Huawei documents statuses, not codes: 400 is about the parameters (the accounts, the VMR IDs);
	// 401, 403 and 404 are about the account, its rights or the API, whatever the ids.
	return answer.statusCode === 400
		? { kind: 'fatal', failure, about: 'ids' }
		: { kind: 'fatal', failure };
}

export const huawei = createVendorTransport<HuaweiCredentials>({
	vendor: HUAWEI,
	credentialType: 'huaweiCloudMeetingApi',
	// Huawei documents no rate limit for Meeting APIs; 10 calls/s per credential and API is a cautious guess.
	callsPerSecond: 10,
	baseUrl: huaweiBaseUrl,
	headers: (creds: HuaweiCredentials) => ({ 'Accept-Language': huaweiLanguage(creds) }),
	requestIdHeader: 'X-Request-Id',
	derivedSecrets: (creds: HuaweiCredentials) => [
		`${String(creds.account ?? '').trim()}:${creds.password ?? ''}`,
	],
	auth: huaweiAuth,
	judge: judgeHuawei,
});

/** Control calls: any 401 means the conference token lapsed (the meeting went on past 30 min): renew once. */
export function judgeControl(answer: HttpAnswer, sentRequestId?: string): Verdict {
	const verdict = judgeHuawei(answer, sentRequestId);
	return verdict.kind === 'fatal' && answer.statusCode === 401
		? { ...verdict, kind: 'reauth' }
		: verdict;
}

/**
 * One meeting-control call (lock, mute…) with the meeting's conference token: the same transport,
 * with the call's own token (cached across runs in credentials/common) and the control judge.
 */
export async function huaweiControlRequest(
	this: CallContext,
	itemIndex: number,
	meeting: { conferenceId: string; chairPassword: string },
	call: VendorCall<HuaweiCredentials>,
): Promise<VendorResult> {
	// The chair password is a secret of this run from the moment it is read, whether or not a token request sends it.
	runState(this).scrubber.add(meeting.chairPassword);
	return await huawei.request(this, itemIndex, {
		...call,
		auth: conferenceAuth(meeting.conferenceId, meeting.chairPassword),
		judge: judgeControl,
		context: { conferenceID: meeting.conferenceId, ...(call.context ?? {}) },
	});
}

/** One Huawei Cloud Meeting call for one item; the result names the X-Request-Id it went out with. */
export async function huaweiApiRequest(
	this: CallContext,
	itemIndex: number,
	call: VendorCall<HuaweiCredentials>,
): Promise<VendorResult> {
	return await huawei.request(this, itemIndex, call);
}

/** The credential's auth mode, which decides the default account type. */
export async function huaweiAuthMode(this: CallContext): Promise<'account' | 'appId'> {
	const creds = await huawei.credentials(this);
	return creds.authMode === 'appId' ? 'appId' : 'account';
}

/** Huawei's accountType for member paths and batch bodies: 1 (third-party user ID) with App ID credentials, else 0. */
export async function defaultAccountType(this: CallContext): Promise<0 | 1> {
	return (await huaweiAuthMode.call(this)) === 'appId' ? 1 : 0;
}
