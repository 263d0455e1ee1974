import type { ICredentialDataDecryptedObject, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

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
 * expression evaluation on each.
 */
export function tokenHeader(header: string) {
	return async (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> => {
		requestOptions.headers = { ...requestOptions.headers, [header]: String(credentials.accessToken ?? '') };
		return requestOptions;
	};
}
