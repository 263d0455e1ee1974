import type { IDataObject } from 'n8n-workflow';

import type { AnswerFn } from './answer';
import { TokenRefusedError } from './answer';
import type { TokenAuth } from './tokenAuth';
import { tokenHeader } from './tokenAuth';
import { TokenCache, credentialKey } from './tokenCache';

export interface DingTalkCredentials {
	appType: 'internal' | 'thirdParty';
	clientId: string;
	clientSecret: string;
	corpId?: string;
	baseUrl: string;
	/** Default operator for calls that need one; an operation's own field overrides it. */
	operatorUnionId?: string;
	accessToken?: string;
}

export const DINGTALK = 'DingTalk';

/** DingTalk's OpenAPI host (the default Base URL, and where its tokens come from). */
export const API_HOSTS = ['api.dingtalk.com'] as const;

export const dingTalkBaseUrl = (creds: { baseUrl?: string }) =>
	String(creds.baseUrl || `https://${API_HOSTS[0]}`)
		.trim()
		.replace(/\/+$/, '');

const TOKEN_ADVICE: Record<string, string> = {
	invalidClientIdOrSecret:
		'Check the Client ID (AppKey) and Client Secret (AppSecret) in the credential.',
	'invalid.client': 'Check the Client ID, Client Secret and Corp ID in the credential.',
	'unauthorized.client':
		'This app is not authorized by that organization (Corp ID); have the organization install the app.',
	'unsupported.grant.type': 'DingTalk did not accept the client_credentials grant for this app.',
};

/**
 * An app access token: the internal-app endpoint, or for third-party enterprise apps the unified
 * per-corporation endpoint, which needs no suiteTicket.
 */
async function issue(http: AnswerFn, creds: DingTalkCredentials) {
	const thirdParty = creds.appType === 'thirdParty';
	if (thirdParty && !creds.corpId) {
		throw new TokenRefusedError(DINGTALK, {
			code: 'missing.corpId',
			message: 'Corp ID is empty',
			advice:
				'Third-party apps need the Corp ID of the authorizing organization in the credential.',
		});
	}
	const url = thirdParty
		? `${dingTalkBaseUrl(creds)}/v1.0/oauth2/${encodeURIComponent(creds.corpId ?? '')}/token`
		: `${dingTalkBaseUrl(creds)}/v1.0/oauth2/accessToken`;
	const body = thirdParty
		? {
				client_id: creds.clientId,
				client_secret: creds.clientSecret,
				grant_type: 'client_credentials',
			}
		: { appKey: creds.clientId, appSecret: creds.clientSecret };
	const answer = await http({ method: 'POST', url, body, headers: { Accept: 'application/json' } });
	const data = (
		answer.json && answer.body && typeof answer.body === 'object' ? answer.body : {}
	) as IDataObject;
	const token = (thirdParty ? data.access_token : data.accessToken) as string | undefined;
	const ttl = Number(thirdParty ? data.expires_in : data.expireIn);
	if (answer.statusCode >= 200 && answer.statusCode < 300 && typeof token === 'string' && token) {
		return { value: token, ttlSeconds: Number.isFinite(ttl) && ttl > 0 ? ttl : 7200 };
	}
	const code = String(data.code ?? `HTTP_${answer.statusCode}`);
	throw new TokenRefusedError(DINGTALK, {
		code,
		message: String(
			data.message ?? (answer.json ? 'no access token in the answer' : 'the answer was not JSON'),
		),
		httpCode: answer.statusCode,
		requestId: data.requestid as string | undefined,
		advice:
			TOKEN_ADVICE[code] ??
			'Check the credential (app type, Client ID, Client Secret, Corp ID, Base URL).',
	});
}

export const dingTalkAuth: TokenAuth<DingTalkCredentials> = {
	vendor: DINGTALK,
	// DingTalk recommends renewing at ~7000 s of the 7200 s lifetime.
	cache: new TokenCache<string>(300),
	key: (creds) =>
		credentialKey(
			'dingtalk',
			dingTalkBaseUrl(creds),
			creds.appType,
			creds.clientId,
			creds.corpId ?? '',
			creds.clientSecret,
		),
	issue,
	secretFields: ['clientSecret'],
	authenticate: tokenHeader('x-acs-dingtalk-access-token'),
};
