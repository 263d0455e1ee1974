import type {
	ICredentialDataDecryptedObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import type { AnswerFn } from './answer';
import { TokenRefusedError, answerFn, redirectFailure } from './answer';
import { refuseRedirects } from './httpRequestNode';
import type { Issued, TokenCache } from './tokenCache';

/**
 * How one vendor gets the short-lived value its calls carry (an access token, a UserSig). The
 * credential class (preAuthentication, authenticate) and the node's transport both use this one
 * owner, so a token is fetched, cached and renewed the same way wherever it is needed.
 */
export interface TokenAuth<C> {
	vendor: string;
	cache: TokenCache<string>;
	/** Identity of the credential in the cache: changes with every identifying field and secret. */
	key(creds: C): string;
	issue(http: AnswerFn, creds: C): Promise<Issued<string>>;
	/** Credential fields that are secret (scrubbed from everything the node reports). */
	secretFields: string[];
	/**
	 * Whether the vendor still accepts `token` (Huawei can tell; DingTalk answers the same token
	 * again instead). Lets the HTTP Request node's retry skip a resend the token did not cause.
	 */
	stillValid?(http: AnswerFn, creds: C, token: string): Promise<boolean>;
	/** Puts `credentials.accessToken` on a request: the credential class's `authenticate`. */
	authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions>;
}

/**
 * The cached value for these credentials, fetched (once, shared) when missing, due or forced.
 * `key` is `auth.key(creds)`, for callers that computed it once rather than hash on every call.
 */
export async function tokenFor<C>(
	auth: TokenAuth<C>,
	http: AnswerFn,
	creds: C,
	force = false,
	key = auth.key(creds),
): Promise<string> {
	// A redirect is never followed; whoever sent the request, it is refused naming the other host.
	const noRedirect: AnswerFn = async (options) => {
		const answer = await http(options);
		const redirect = redirectFailure(answer);
		if (redirect) throw new TokenRefusedError(auth.vendor, redirect);
		return answer;
	};
	return await auth.cache.get(key, async () => await auth.issue(noRedirect, creds), force);
}

/**
 * The hidden field n8n keeps a fetched token in: `expirable` makes n8n call the credential's
 * preAuthentication when it is empty, during a credential test and after a 401.
 */
export const accessTokenField: INodeProperties = {
	displayName: 'Access Token',
	name: 'accessToken',
	type: 'hidden',
	typeOptions: { expirable: true, password: true },
	default: '',
};

/**
 * Puts the token into the vendor's header. A function rather than a generic
 * `={{$credentials.accessToken}}` header: bulk runs send thousands of calls, and this skips an
 * expression evaluation on each. A request carrying it follows no redirect (the HTTP Request node would).
 */
export function tokenHeader(header: string) {
	return async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		requestOptions.headers = {
			...requestOptions.headers,
			[header]: String(credentials.accessToken ?? ''),
		};
		return refuseRedirects(requestOptions);
	};
}

/**
 * The credential class's `preAuthentication`, for the HTTP Request node with our credential: n8n
 * calls it with its HTTP helper when the token field is empty and after ANY failed call, then
 * resends that call once if a token comes back. A token the vendor still accepts (`stillValid`), or
 * a renewal that gives back the very token the failed call carried (DingTalk does so while a token
 * is valid), proves the token was not the cause: then nothing comes back and n8n does not resend.
 * Requests follow no redirect (`answerFn`). Our nodes never use it: their kernel issues tokens itself.
 */
export function preAuthenticate<C>(auth: TokenAuth<C>) {
	return async function (this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const http = answerFn(async (options) => await this.helpers.httpRequest(options));
		const creds = credentials as unknown as C;
		const used = typeof credentials.accessToken === 'string' ? credentials.accessToken : '';
		if (used && auth.stillValid && (await auth.stillValid(http, creds, used).catch(() => false)))
			return {};
		const accessToken = await tokenFor(auth, http, creds, true);
		return used && accessToken === used ? {} : { accessToken };
	};
}
