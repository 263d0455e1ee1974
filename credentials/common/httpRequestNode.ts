import type { IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

/**
 * What our credentials need to be safe in n8n's HTTP Request node (a *Predefined Credential Type*),
 * where the user picks the URL. See docs/any-api.md.
 */

/**
 * Our own copy of the two fields n8n 2.41 adds to every credential with `authenticate` ("Allowed
 * HTTP Request Domains"): n8n adds nothing when a credential declares them itself, so ours start
 * at "Specific Domains" with the vendor's API hosts instead of n8n's "All". Same names and values
 * as n8n's, so n8n enforces them; older n8n versions just show them. n8n also confines the
 * credential's own token request (preAuthentication) to the list, so the default lists hold the
 * default Base URL's host and every host the Region / Base URL descriptions offer.
 */
export function allowedDomainFields(vendor: string, hosts: readonly string[]): INodeProperties[] {
	return [
		{
			displayName: 'Allowed HTTP Request Domains',
			name: 'allowedHttpRequestDomains',
			type: 'options',
			options: [
				{
					name: 'All',
					value: 'all',
					description: 'Allow all requests when used in the HTTP Request or GraphQL node',
				},
				{
					name: 'Specific Domains',
					value: 'domains',
					description: 'Restrict requests to specific domains',
				},
				{
					name: 'None',
					value: 'none',
					description: 'Block all requests when used in the HTTP Request or GraphQL node',
				},
			],
			default: 'domains',
			description: `Where the HTTP Request node may send this credential. Our own ${vendor} nodes always call the Base URL only.`,
		},
		{
			displayName: 'Allowed Domains',
			name: 'allowedDomains',
			type: 'string',
			default: hosts.join(', '),
			placeholder: 'example.com, *.subdomain.com',
			description: `Comma-separated hosts (* for subdomains) the HTTP Request node may call with this credential. Keep the Base URL's host in the list: n8n confines the token request to it too.`,
			displayOptions: { show: { allowedHttpRequestDomains: ['domains'] } },
		},
	];
}

/**
 * Stops every redirect of a request carrying our token or signature. n8n's HTTP Request node
 * follows redirects by default and, across hosts, drops only Authorization and Cookie: our token
 * headers (x-acs-dingtalk-access-token, X-Access-Token) would go along. Covers both request shapes
 * n8n hands to `authenticate`: the helper's (`disableFollowRedirect`) and the HTTP Request node's
 * legacy one (`followRedirect`, `followAllRedirects`).
 */
export function refuseRedirects(requestOptions: IHttpRequestOptions): IHttpRequestOptions {
	const legacy = requestOptions as IHttpRequestOptions & {
		followRedirect?: boolean;
		followAllRedirects?: boolean;
	};
	legacy.disableFollowRedirect = true;
	legacy.maxRedirects = 0;
	legacy.followRedirect = false;
	legacy.followAllRedirects = false;
	return requestOptions;
}
