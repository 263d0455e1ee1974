import { randomUUID } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

import { TokenRefusedError } from './answer';
import type { HuaweiCredentials } from './huawei';
import {
	CONFERENCE_SIGN_IN_PATH,
	HUAWEI,
	huaweiAuth,
	huaweiAuthenticate,
	huaweiBaseUrl,
	huaweiKey,
	huaweiLanguage,
} from './huawei';
import type { TokenAuth } from './tokenAuth';
import type { Issued } from './tokenCache';
import { TokenCache, credentialKey } from './tokenCache';

// The conference token (CreateConfToken, meeting_21_0027) for meeting control: see CONTROL_PATH
// in ./huawei. Its own file because only the Huawei node's control calls use it.

/** Conference tokens, keyed by credential + meeting + chair password; renewed 5 minutes early. */
export const conferenceTokens = new TokenCache<string>(300);

/** A view of `conferenceTokens` for one meeting: the kernel keys it by credential, this adds the meeting. */
class MeetingTokenCache extends TokenCache<string> {
	constructor(private readonly scope: string) {
		super(300);
	}

	private scoped(key: string) {
		return credentialKey('conference', key, this.scope);
	}

	override async get(
		key: string,
		issue: () => Promise<Issued<string>>,
		force = false,
	): Promise<string> {
		return await conferenceTokens.get(this.scoped(key), issue, force);
	}

	override peek(key: string): string | undefined {
		return conferenceTokens.peek(this.scoped(key));
	}

	override invalidate(key: string, rejected?: string): void {
		conferenceTokens.invalidate(this.scoped(key), rejected);
	}
}

/** The conference token's lifetime in seconds: confTokenExpireTime (s), else expireTime (epoch ms), else 30 min. */
function conferenceTtl(data: IDataObject): number {
	const seconds = Number(data.confTokenExpireTime);
	if (seconds > 0 && seconds <= 86400) return seconds;
	const untilExpiry = (Number(data.expireTime) - Date.now()) / 1000;
	return untilExpiry > 0 && untilExpiry <= 86400 ? untilExpiry : 1800;
}

/**
 * How control calls of one meeting authenticate: the kernel's TokenAuth whose "token" is the
 * conference token. It goes out through the kernel (so the token and the X-Password header are
 * scrubbed from everything the run reports) and the credential's `authenticate` puts it in
 * X-Conference-Authorization for control paths.
 */
export function conferenceAuth(
	conferenceId: string,
	chairPassword: string,
): TokenAuth<HuaweiCredentials> {
	return {
		vendor: HUAWEI,
		cache: new MeetingTokenCache(credentialKey(conferenceId, chairPassword)),
		key: huaweiKey,
		secretFields: huaweiAuth.secretFields,
		authenticate: huaweiAuthenticate,
		async issue(http, creds) {
			const sentId = randomUUID();
			const answer = await http({
				method: 'GET',
				url: `${huaweiBaseUrl(creds)}${CONFERENCE_SIGN_IN_PATH}`,
				qs: { conferenceID: conferenceId },
				headers: {
					Accept: 'application/json',
					'Accept-Language': huaweiLanguage(creds),
					'X-Request-Id': sentId,
					'X-Password': chairPassword,
					'X-Login-Type': '1',
				},
			});
			const body = (
				answer.json && answer.body && typeof answer.body === 'object' ? answer.body : {}
			) as IDataObject;
			const data = (body.data && typeof body.data === 'object' ? body.data : {}) as IDataObject;
			if (
				answer.statusCode >= 200 &&
				answer.statusCode < 300 &&
				typeof data.token === 'string' &&
				data.token
			) {
				return { value: data.token, ttlSeconds: conferenceTtl(data) };
			}
			throw new TokenRefusedError(HUAWEI, {
				code: String(body.error_code ?? `HTTP_${answer.statusCode}`),
				message: String(
					body.error_msg ??
						(answer.json ? 'no conference token in the answer' : 'the answer was not JSON'),
				),
				httpCode: answer.statusCode,
				requestId: String(body.request_id ?? answer.headers['x-request-id'] ?? sentId),
				advice:
					'Meeting control needs the meeting to be running and its chair (host) password: check the Meeting ID and the Chair Password, and that the meeting has started.',
			});
		},
	};
}
