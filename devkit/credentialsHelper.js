'use strict';
// n8n's CredentialsHelper as the engine (devkit/engine.js) needs it: a credentials store plus the
// way n8n applies credentials (defaults, authenticate, preAuthentication with persistence).
const workflowLib = require('n8n-workflow');

const { ICredentialsHelper, NodeHelpers, isExpression } = workflowLib;

/**
 * As n8n's CredentialsHelper (2.41): a credential's own token request obeys its "Allowed HTTP
 * Request Domains" when they are "Specific Domains".
 */
function restrictToCredentialDomains(helpers, credentials) {
	const allowed = workflowLib.getCredentialOwnRequestAllowedDomains?.(credentials);
	const httpRequest = helpers.helpers.httpRequest;
	if (allowed === undefined) return { helpers: { httpRequest } };
	return {
		helpers: {
			httpRequest: async (options) => {
				if (options.allowedDomains !== undefined)
					throw new workflowLib.UserError(
						'This credential restricts requests to specific domains, which cannot be combined with the domains its authentication step asks for.',
					);
				return await httpRequest({ ...options, allowedDomains: allowed });
			},
		},
	};
}

/** A credentials store plus n8n's credential-applying behaviour. */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(loader, store) {
		super();
		this.loader = loader;
		this.store = store; // id -> { type, data }
		this.preAuthCalls = 0;
	}
	type(name) {
		return this.loader.getCredential(name).type;
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	getCredentialsProperties(type) {
		return this.type(type).properties;
	}
	async getCredentials(nodeCredentials) {
		const entry = this.store.get(nodeCredentials.id);
		return {
			id: nodeCredentials.id,
			name: nodeCredentials.name,
			type: entry.type,
			getData: () => entry.data,
		};
	}
	async getDecrypted(_additionalData, nodeCredentials, type) {
		const entry = this.store.get(nodeCredentials.id);
		if (!entry || entry.type !== type)
			throw new Error(`Credential ${nodeCredentials.id} of type ${type} not found`);
		const props = this.type(type).properties;
		// n8n fills in the defaults of fields the user never touched.
		return (
			NodeHelpers.getNodeParameters(props, entry.data, true, false, null, null) ?? { ...entry.data }
		);
	}
	async updateCredentials(nodeCredentials, _type, data) {
		this.store.get(nodeCredentials.id).data = { ...data };
	}
	async updateCredentialsOauthTokenData() {}
	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const type = this.type(typeName);
		const auth = type.authenticate;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		if (auth && auth.type === 'generic') {
			for (const [outer, inner] of Object.entries(auth.properties)) {
				requestOptions[outer] = requestOptions[outer] ?? {};
				for (const [k, v] of Object.entries(inner)) {
					requestOptions[outer][this.resolve(k, credentials, workflow, node)] = this.resolve(
						v,
						credentials,
						workflow,
						node,
					);
				}
			}
		}
		return requestOptions;
	}
	resolve(value, credentials, workflow, node) {
		if (!isExpression(value)) return value;
		const r = workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		return r ? r.toString() : '';
	}
	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const type = this.type(typeName);
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const testing = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] === '' || credentialsExpired || testing) {
			this.preAuthCalls++;
			const output = await type.preAuthentication.call(
				restrictToCredentialDomains(helpers, credentials),
				credentials,
			);
			if (output[expirable.name] === undefined) return undefined;
			const ref = node.credentials?.[typeName];
			if (ref && this.store.has(ref.id))
				this.store.get(ref.id).data = { ...this.store.get(ref.id).data, ...output };
			return Object.assign(credentials, output);
		}
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
}

module.exports = { TestCredentialsHelper };
