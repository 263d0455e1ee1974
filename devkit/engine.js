'use strict';
// Runs n8n workflow JSON through n8n-core's real WorkflowExecute with this package's built node and
// credential classes, loaded by n8n-core's PackageDirectoryLoader the way n8n loads a community
// package. Credentials are applied the way n8n's CredentialsHelper does (defaults, authenticate,
// preAuthentication with persistence: credentialsHelper.js); credential tests, pickers and trigger/hook contexts: contexts.js. No HTTP is mocked.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-admin-n8n-'));
}

const core = require('n8n-core');
const workflowLib = require('n8n-workflow');

const { Workflow, NodeHelpers } = workflowLib;
const PACKAGE_DIR = path.resolve(__dirname, '..');

let loaded;
let executionSeq = 0;
async function loadPackage(dir = PACKAGE_DIR) {
	if (loaded) return loaded;
	if (!fs.existsSync(path.join(dir, 'dist')))
		throw new Error('dist/ is missing: run "npm run build" first');
	const loader = new core.PackageDirectoryLoader(dir);
	await loader.loadAll();
	loaded = { loader, packageName: loader.packageName };
	return loaded;
}

/**
 * Node types: our package's, plus n8n's own nodes (n8n-nodes-base, loaded on first use) for the
 * example workflows, keyed the way n8n keys them.
 */
function makeNodeTypes(loader) {
	const all = {};
	for (const [name, data] of Object.entries(loader.nodeTypes))
		all[`${loader.packageName}.${name}`] = data;
	const lookup = (name) => {
		if (!all[name] && name.startsWith('n8n-nodes-base.')) {
			const base = path.dirname(require.resolve('n8n-nodes-base/package.json'));
			const known = require(path.join(base, 'dist/known/nodes.json'))[
				name.slice('n8n-nodes-base.'.length)
			];
			if (known)
				all[name] = { type: new (require(path.join(base, known.sourcePath))[known.className])() };
		}
		return all[name]?.type;
	};
	return {
		getByName: (name) => lookup(name),
		getByNameAndVersion: (name, version) => {
			const type = lookup(name);
			if (!type) throw new Error(`Unknown node type ${name}`);
			return NodeHelpers.getVersionedNodeType(type, version);
		},
		getKnownTypes: () => ({}),
	};
}

const { TestCredentialsHelper } = require('./credentialsHelper');

function additionalDataFor(hooks, credentialsHelper) {
	return {
		// n8n gives every execution its own id; so do we.
		executionId: hooks.executionId,
		hooks,
		credentialsHelper,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formBaseUrl: 'http://127.0.0.1/form',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1/form-test',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1/mcp-test',
		variables: {},
		userId: 'test-user',
		logAiEvent: async () => {},
		startRunnerTask: async () => {
			throw new Error('no task runner');
		},
	};
}

/**
 * Runs a workflow from its start node. `credentials` maps credential id -> { type, data }; nodes reference them by id
 * as saved n8n workflows do. `items` are fed to the start node. Returns the run plus helpers.
 */
async function runWorkflow(
	workflowJson,
	{ credentials = {}, items = [{ json: {} }], mode = 'trigger' } = {},
) {
	const { loader } = await loadPackage();
	const store = new Map(
		Object.entries(credentials).map(([id, c]) => [id, { type: c.type, data: { ...c.data } }]),
	);
	const credentialsHelper = new TestCredentialsHelper(loader, store);
	const nodeTypes = makeNodeTypes(loader);
	const workflow = new Workflow({
		id: 'test',
		name: workflowJson.name ?? 'test',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections ?? {},
		nodeTypes,
		active: false,
		settings: workflowJson.settings ?? {},
	});
	// In a non-manual mode n8n passes a trigger's stack data through, as when a webhook fires:
	// that is how `items` reach the first node.
	const hooks = new core.ExecutionLifecycleHooks(mode, String(++executionSeq), {
		id: 'test',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections ?? {},
	});
	const done = new Promise((resolve) =>
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)),
	);
	const start =
		workflowJson.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger') ??
		workflow.getStartNode();
	const runExecutionData = workflowLib.createRunExecutionData
		? workflowLib.createRunExecutionData({
				executionData: {
					nodeExecutionStack: [{ node: start, data: { main: [items] }, source: null }],
				},
			})
		: {
				startData: {},
				resultData: { runData: {} },
				executionData: {
					contextData: {},
					metadata: {},
					waitingExecution: {},
					waitingExecutionSource: null,
					nodeExecutionStack: [{ node: start, data: { main: [items] }, source: null }],
				},
			};
	const execute = new core.WorkflowExecute(
		additionalDataFor(hooks, credentialsHelper),
		mode,
		runExecutionData,
	);
	await execute.processRunExecutionData(workflow);
	const run = await done;
	const runData = run.data.resultData.runData;
	return {
		run,
		status: run.status,
		error: run.data.resultData.error,
		credentialsHelper,
		store,
		/** The items a node produced on its first output. */
		output(nodeName) {
			const task = runData[nodeName]?.[0];
			if (!task)
				throw new Error(
					`Node "${nodeName}" did not run; error: ${run.data.resultData.error?.message}`,
				);
			if (task.error) return { error: task.error };
			return task.data.main[0];
		},
		nodeError(nodeName) {
			return runData[nodeName]?.[0]?.error;
		},
	};
}

/** A one-node workflow: manual trigger -> our node. */
function singleNodeWorkflow(
	nodeType,
	parameters,
	credentialType,
	credentialId = 'cred-1',
	name = 'Vendor',
) {
	const { packageName } = loaded ?? { packageName: 'n8n-nodes-meeting-admin' };
	return {
		nodes: [
			{
				id: 'n0',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'n1',
				name,
				type: `${packageName}.${nodeType}`,
				typeVersion: 1,
				position: [200, 0],
				parameters,
				credentials: { [credentialType]: { id: credentialId, name: 'test credential' } },
			},
		],
		connections: { Start: { main: [[{ node: name, type: 'main', index: 0 }]] } },
	};
}

module.exports = {
	loadPackage,
	runWorkflow,
	singleNodeWorkflow,
	PACKAGE_DIR,
	TestCredentialsHelper,
	additionalDataFor,
};

/**
 * Replaces n8n's logger (what nodes reach as this.logger) with one that records every line,
 * so tests can scan logs for secrets. Returns the array the lines land in.
 */
function captureLogs() {
	const from = { paths: [path.dirname(require.resolve('n8n-core'))] };
	const { Container } = require(require.resolve('@n8n/di', from));
	const { Logger } = require(require.resolve('@n8n/backend-common', from));
	const lines = [];
	const record = (level) => (message, meta) =>
		lines.push(`${level} ${message} ${meta ? JSON.stringify(meta) : ''}`);
	const logger = {
		error: record('error'),
		warn: record('warn'),
		info: record('info'),
		debug: record('debug'),
		scoped: () => logger,
	};
	Container.set(Logger, logger);
	return lines;
}

module.exports.captureLogs = captureLogs;
