import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { Issued } from '../../core';
import { TokenCache, TokenRefusedError, credentialKey, toAnswer } from '../../core';

export interface DingTalkCredentials {
	appType: 'internal' | 'thirdParty';
	clientId: string;
	clientSecret: string;
	corpId?: string;
	baseUrl: string;
}

export type HttpFn = (options: IHttpRequestOptions) => Promise<unknown>;

// DingTalk recommends renewing at ~7000 s of the 7200 s lifetime.
export const dingTalkTokens = new TokenCache<string>(300);

export const baseUrlOf = (creds: { baseUrl?: string }) =>
	String(creds.baseUrl || 'https://api.dingtalk.com').replace(/\/+$/, '');

export function dingTalkKey(creds: DingTalkCredentials): string {
	return credentialKey('dingtalk', baseUrlOf(creds), creds.appType, creds.clientId, creds.corpId ?? '', creds.clientSecret);
}

const TOKEN_ADVICE: Record<string, string> = {
	invalidClientIdOrSecret: 'Check the Client ID (AppKey) and Client Secret (AppSecret) in the credential.',
	'invalid.client': 'Check the Client ID, Client Secret and Corp ID in the credential.',
	'unauthorized.client': 'This app is not authorized by that organization (Corp ID); have the organization install the app.',
	'unsupported.grant.type': 'DingTalk did not accept the client_credentials grant for this app.',
};

/**
 * Asks DingTalk for an app access token: the internal-app endpoint, or for third-party
 * enterprise apps the unified per-corporation endpoint, which needs no suiteTicket.
 */
async function issueToken(http: HttpFn, creds: DingTalkCredentials): Promise<Issued<string>> {
	const thirdParty = creds.appType === 'thirdParty';
	if (thirdParty && !creds.corpId) {
		throw new TokenRefusedError('DingTalk', { code: 'missing.corpId', message: 'Corp ID is empty', advice: 'Third-party apps need the Corp ID of the authorizing organization in the credential.' });
	}
	const url = thirdParty
		? `${baseUrlOf(creds)}/v1.0/oauth2/${encodeURIComponent(creds.corpId ?? '')}/token`
		: `${baseUrlOf(creds)}/v1.0/oauth2/accessToken`;
	const body = thirdParty
		? { client_id: creds.clientId, client_secret: creds.clientSecret, grant_type: 'client_credentials' }
		: { appKey: creds.clientId, appSecret: creds.clientSecret };
	const res = (await http({
		method: 'POST',
		url,
		body,
		json: true,
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	})) as { statusCode: number; headers: IDataObject; body: unknown };
	const answer = toAnswer(res.statusCode, res.headers, res.body);
	const data = (answer.json ? answer.body : {}) as IDataObject;
	const token = (thirdParty ? data.access_token : data.accessToken) as string | undefined;
	const ttl = Number(thirdParty ? data.expires_in : data.expireIn);
	if (answer.statusCode >= 200 && answer.statusCode < 300 && token) {
		return { value: token, ttlSeconds: Number.isFinite(ttl) && ttl > 0 ? ttl : 7200 };
	}
	const code = String(data.code ?? `HTTP_${answer.statusCode}`);
	throw new TokenRefusedError('DingTalk', {
		code,
		message: String(data.message ?? (answer.json ? 'no access token in the answer' : 'the answer was not JSON')),
		httpCode: answer.statusCode,
		requestId: data.requestid as string | undefined,
		advice: TOKEN_ADVICE[code] ?? 'Check the credential (app type, Client ID, Client Secret, Corp ID, Base URL).',
	});
}

/** The cached token for these credentials, fetching (once, shared) when missing or due. */
export async function getDingTalkToken(http: HttpFn, creds: DingTalkCredentials, force = false) {
	return await dingTalkTokens.get(dingTalkKey(creds), async () => await issueToken(http, creds), force);
}
