'use strict';
// Our nodes outside a workflow run, as n8n calls them: the credential test (the credential's `test`
// or the node method its `testedBy` names, as n8n's CredentialsTester picks it), a picker in the
// editor, and the hook and trigger contexts of an active workflow. No HTTP is mocked.
const core = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { loadPackage, TestCredentialsHelper, additionalDataFor } = require('./engine');

/**
 * The node function that tests a credential, as n8n's CredentialsTester finds it when the credential
 * has no `test`: the first node listing the credential with a `testedBy` names its credentialTest method.
 */
function testedByFunction(loader, type) {
	for (const { type: nodeType } of Object.values(loader.nodeTypes)) {
		for (const { name, testedBy } of nodeType.description.credentials ?? []) {
			if (name === type && typeof testedBy === 'string')
				return nodeType.methods?.credentialTest?.[testedBy] ?? null;
		}
	}
	return null;
}

/**
 * Tests a credential the way n8n's editor does (CredentialsTester): the credential's `test` request
 * run by n8n-core's RoutingNode (which runs preAuthentication first), else the node method its
 * `testedBy` names, called with n8n-core's CredentialTestContext. Returns { status: 'OK'|'Error', message }.
 */
async function testCredential(type, data) {
	const { loader } = await loadPackage();
	const store = new Map([['cred-under-test', { type, data: { ...data } }]]);
	const credentialsHelper = new TestCredentialsHelper(loader, store);
	const credType = credentialsHelper.type(type);
	const decrypted = {
		id: 'cred-under-test',
		name: 'test',
		type,
		data: await credentialsHelper.getDecrypted({}, { id: 'cred-under-test' }, type),
	};
	if (!credType.test) {
		const fn = testedByFunction(loader, type);
		if (!fn) return { status: 'Error', message: 'No testing function found for this credential.' };
		const hooks = new core.ExecutionLifecycleHooks('internal', '1', {
			id: 'cred-test',
			nodes: [],
			connections: {},
		});
		return await fn.call(
			new core.CredentialTestContext(additionalDataFor(hooks, credentialsHelper)),
			decrypted,
		);
	}
	const nodeType = {
		description: {
			displayName: 'NoOp',
			name: 'n8n-nodes-base.noOp',
			group: [],
			version: 1,
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: credType.test.request },
					default: '',
				},
			],
		},
	};
	const node = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: { temp: '' },
		credentials: { [type]: { id: 'cred-under-test', name: 'test' } },
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const hooks = new core.ExecutionLifecycleHooks('internal', '1', {
		id: 'cred-test',
		nodes: [node],
		connections: {},
	});
	const additionalData = additionalDataFor(hooks, credentialsHelper);
	const runExecutionData = { resultData: { runData: {} } };
	const ctx = new core.ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		runExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new core.RoutingNode(ctx, nodeType, decrypted);
	let response;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		if (error.cause?.response) {
			const status = error.cause.response.status;
			if (status < 199 || status > 299)
				return {
					status: 'Error',
					message: error.cause.response.statusText || `Received HTTP status code: ${status}`,
				};
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: String(error.message) };
	}
	// As n8n's CredentialsTester: a 2xx answer still fails when a responseSuccessBody rule matches
	// (vendors that answer HTTP 200 with an error code in the body).
	for (const rule of credType.test.rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		const json = response?.[0]?.[0]?.json;
		const value = String(rule.properties.key)
			.split('.')
			.reduce((v, k) => (v === undefined || v === null ? undefined : v[k]), json);
		if (value === rule.properties.value)
			return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/**
 * The context n8n-core builds for one of our nodes outside a run: `loadOptions` (a picker in the
 * editor), `hook` (webhook registration on activation) or `trigger` (an active trigger), over a
 * one-node workflow with the node's parameters and the stored credential.
 */
async function nodeContext(kind, nodeType, credentials, parameters = {}) {
	const { loader, packageName } = await loadPackage();
	const store = new Map(
		Object.entries(credentials).map(([id, c]) => [id, { type: c.type, data: { ...c.data } }]),
	);
	const credentialsHelper = new TestCredentialsHelper(loader, store);
	const type = loader.nodeTypes[nodeType].type;
	const [credentialId, credential] = Object.entries(credentials)[0];
	const node = {
		id: 'n1',
		name: 'Vendor',
		type: `${packageName}.${nodeType}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [credential.type]: { id: credentialId, name: 'test' } },
	};
	const nodeTypes = {
		getByName: () => type,
		getByNameAndVersion: () => type,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: kind,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	const hooks = new core.ExecutionLifecycleHooks('internal', kind, {
		id: kind,
		nodes: [node],
		connections: {},
	});
	const additionalData = {
		...additionalDataFor(hooks, credentialsHelper),
		currentNodeParameters: parameters,
	};
	if (kind === 'loadOptions')
		return { ctx: new core.LoadOptionsContext(workflow, node, additionalData, 'parameters'), type };
	if (kind === 'hook')
		return {
			ctx: new core.HookContext(workflow, node, additionalData, 'trigger', 'activate'),
			type,
		};
	if (kind === 'trigger')
		return {
			ctx: new core.TriggerContext(workflow, node, additionalData, 'trigger', 'activate'),
			type,
		};
	throw new Error(`unknown context kind ${kind}`);
}

/** Calls a node's picker (`kind` listSearch or loadOptions) the way the editor does. */
async function callPicker(
	nodeType,
	kind,
	method,
	credentials,
	{ parameters = {}, filter, paginationToken } = {},
) {
	const { ctx, type } = await nodeContext('loadOptions', nodeType, credentials, parameters);
	const picker = type.methods[kind][method];
	return kind === 'listSearch'
		? await picker.call(ctx, filter, paginationToken)
		: await picker.call(ctx);
}

module.exports = { testCredential, callPicker, nodeContext };
