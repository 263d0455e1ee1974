import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import type { AnswerFn } from './answer';
import { TokenRefusedError } from './answer';
import { refuseRedirects } from './httpRequestNode';
import type { TokenAuth } from './tokenAuth';
import type { Issued } from './tokenCache';
import { TokenCache, credentialKey } from './tokenCache';

export interface HuaweiCredentials {
	authMode: 'account' | 'appId';
	account?: string;
	password?: string;
	appId?: string;
	appKey?: string;
	userId?: string;
	/** SP (multi-tenant) apps sign and send the Corp ID of the enterprise they act for. */
	spMode?: boolean;
	corpId?: string;
	baseUrl?: string;
	language?: string;
	accessToken?: string;
}

export const HUAWEI = 'Huawei Cloud Meeting';
/** Huawei Cloud Meeting's API hosts: Chinese mainland (the default) and international. */
export const API_HOSTS = [
	'api.meeting.huaweicloud.com',
	'api-intl.meeting.huaweicloud.com',
] as const;
export const DEFAULT_BASE_URL = `https://${API_HOSTS[0]}`;

export const huaweiBaseUrl = (creds: { baseUrl?: string }) =>
	String(creds.baseUrl || DEFAULT_BASE_URL)
		.trim()
		.replace(/\/+$/, '');

export const huaweiLanguage = (creds: { language?: string }) =>
	creds.language === 'zh-CN' ? 'zh-CN' : 'en-US';

export const isSpMode = (creds: HuaweiCredentials) =>
	creds.authMode === 'appId' && creds.spMode === true;

export function huaweiKey(creds: HuaweiCredentials): string {
	return creds.authMode === 'appId'
		? credentialKey(
				'huawei',
				huaweiBaseUrl(creds),
				'appId',
				creds.appId,
				creds.userId ?? '',
				isSpMode(creds) ? (creds.corpId ?? '') : '',
				creds.appKey,
			)
		: credentialKey('huawei', huaweiBaseUrl(creds), 'account', creds.account, creds.password);
}

/** The App ID signature: lowercase hex HMAC-SHA256 keyed with the App Key. */
export function appIdSignature(appKey: string, parts: string[]): string {
	return createHmac('sha256', appKey).update(parts.join(':')).digest('hex');
}

/**
 * What the admin should do about Huawei's refusals of the signed-in account, at sign-in and on any
 * call (the node's transport/errors.ts adds the call-specific ones). Huawei documents the HTTP
 * statuses, not the meaning of each USG code, so advice keys on the status.
 */
export const ACCOUNT_ADVICE: Record<number, string> = {
	401: 'Check the credential: the account and password, or the App ID, App Key, User ID and Corp ID.',
	412: 'The account is disabled; an enterprise administrator must enable it.',
	423: 'The account is locked after failed sign-ins; wait or have an administrator unlock it.',
};

/** Sign-in refusals: the account's, and what only a token request meets. */
const SIGN_IN_ADVICE: Record<number, string> = {
	...ACCOUNT_ADVICE,
	400: 'Huawei rejected the request parameters; check the Account or App ID fields in the credential.',
	403: 'This account or app has no right to sign in through the API.',
};

/** The request for a token in the credential's auth mode. */
function tokenRequest(creds: HuaweiCredentials, requestId: string): IHttpRequestOptions {
	const headers: IDataObject = {
		'Content-Type': 'application/json;charset=UTF-8',
		Accept: 'application/json',
		'Accept-Language': huaweiLanguage(creds),
		'X-Request-Id': requestId,
	};
	if (creds.authMode === 'appId') {
		const appId = String(creds.appId ?? '').trim();
		const userId = String(creds.userId ?? '').trim();
		const corpId = String(creds.corpId ?? '').trim();
		// The signature itself expires; Huawei's SDKs give it ten minutes.
		const expireTime = Math.floor(Date.now() / 1000) + 600;
		const nonce = randomBytes(24).toString('hex');
		const sp = isSpMode(creds);
		const signed = sp
			? [appId, corpId, userId, String(expireTime), nonce]
			: [appId, userId, String(expireTime), nonce];
		const signature = appIdSignature(String(creds.appKey ?? ''), signed);
		headers.Authorization = `HMAC-SHA256 signature=${signature},access=${Buffer.from(appId).toString('base64')}`;
		headers['X-Token-Type'] = 'LongTicket';
		const body: IDataObject = { appId, clientType: 72, expireTime, nonce };
		if (userId) body.userId = userId;
		if (sp) body.corpId = corpId;
		return {
			method: 'POST',
			url: `${huaweiBaseUrl(creds)}/v2/usg/acs/auth/appauth`,
			headers,
			body,
		};
	}
	const account = String(creds.account ?? '').trim();
	headers.Authorization = `Basic ${Buffer.from(`${account}:${creds.password ?? ''}`).toString('base64')}`;
	// clientType 72 is the API client: up to 64 tokens per account, no sign-out of other sessions.
	return {
		method: 'POST',
		url: `${huaweiBaseUrl(creds)}/v1/usg/acs/auth/account`,
		headers,
		body: { account, clientType: 72 },
	};
}

function missingField(creds: HuaweiCredentials): string | undefined {
	if (creds.authMode === 'appId') {
		if (!String(creds.appId ?? '').trim()) return 'App ID';
		if (!creds.appKey) return 'App Key';
		if (isSpMode(creds) && !String(creds.corpId ?? '').trim()) return 'Corp ID (SP mode)';
		return undefined;
	}
	if (!String(creds.account ?? '').trim()) return 'Account';
	if (!creds.password) return 'Password';
	return undefined;
}

/** Asks Huawei for an access token with account + password or with the App ID signature. */
async function issue(http: AnswerFn, creds: HuaweiCredentials): Promise<Issued<string>> {
	const missing = missingField(creds);
	if (missing) {
		throw new TokenRefusedError(HUAWEI, {
			code: 'MISSING_FIELD',
			message: `${missing} is empty in the credential`,
			advice: `Fill in ${missing}.`,
		});
	}
	const sentId = randomUUID();
	const answer = await http(tokenRequest(creds, sentId));
	const data = (
		answer.json && answer.body && typeof answer.body === 'object' ? answer.body : {}
	) as IDataObject;
	const token = data.accessToken as string | undefined;
	if (answer.statusCode >= 200 && answer.statusCode < 300 && typeof token === 'string' && token) {
		const validPeriod = Number(data.validPeriod);
		const untilExpiry = Number(data.expireTime) - Math.floor(Date.now() / 1000);
		const ttl = validPeriod > 0 ? validPeriod : untilExpiry > 0 ? untilExpiry : 12 * 3600;
		return { value: token, ttlSeconds: ttl };
	}
	throw new TokenRefusedError(HUAWEI, {
		code: String(data.error_code ?? `HTTP_${answer.statusCode}`),
		message: String(
			data.error_msg ?? (answer.json ? 'no accessToken in the answer' : 'the answer was not JSON'),
		),
		httpCode: answer.statusCode,
		requestId: String(data.request_id ?? answer.headers['x-request-id'] ?? sentId),
		advice: SIGN_IN_ADVICE[answer.statusCode] ?? 'Check the credential fields and the Base URL.',
	});
}

/**
 * Management calls carry the access token in X-Access-Token; meeting control calls
 * (/v1/mmc/control/…) carry the conference token in X-Conference-Authorization.
 */
export async function huaweiAuthenticate(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const url = `${requestOptions.baseURL ?? ''}${requestOptions.url}`;
	const header = url.includes(CONTROL_PATH) ? 'X-Conference-Authorization' : 'X-Access-Token';
	requestOptions.headers = {
		...requestOptions.headers,
		[header]: String(credentials.accessToken ?? ''),
	};
	return refuseRedirects(requestOptions);
}

/**
 * CheckToken (POST /v1/usg/acs/token/validate, meeting_21_0308) without a new token: a 2xx means
 * Huawei still accepts it. Any other answer counts as not valid (its refusal codes are UNCONFIRMED).
 */
async function stillValid(
	http: AnswerFn,
	creds: HuaweiCredentials,
	token: string,
): Promise<boolean> {
	const answer = await http({
		method: 'POST',
		url: `${huaweiBaseUrl(creds)}/v1/usg/acs/token/validate`,
		headers: {
			'Content-Type': 'application/json;charset=UTF-8',
			Accept: 'application/json',
			'Accept-Language': huaweiLanguage(creds),
			'X-Request-Id': randomUUID(),
		},
		body: { token, needGenNewToken: false },
	});
	return answer.statusCode >= 200 && answer.statusCode < 300;
}

export const huaweiAuth: TokenAuth<HuaweiCredentials> = {
	vendor: HUAWEI,
	// Tokens live 12-24 h; renew ten minutes early so no call leaves with a dying token.
	cache: new TokenCache<string>(600),
	key: huaweiKey,
	issue,
	stillValid,
	secretFields: ['password', 'appKey'],
	authenticate: huaweiAuthenticate,
};

// ── Meeting control: the conference token ────────────────────────────────────────────────────
// Lock, unlock and mute all go to /v1/mmc/control/… with `X-Conference-Authorization`, a token
// Huawei issues per meeting for its chair password (CreateConfToken, meeting_21_0027): only while
// the meeting runs, valid 30 minutes. It is fetched once per credential + meeting and cached here.

/** Paths that take the conference token instead of the access token. */
export const CONTROL_PATH = '/v1/mmc/control/';
export const CONFERENCE_SIGN_IN_PATH = '/v1/mmc/control/conferences/token';
