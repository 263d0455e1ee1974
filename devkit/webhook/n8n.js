'use strict';
// The parts of n8n's webhook server that devkit/webhook.js puts together: the Express-like response,
// the credentials helper and node types n8n would hand over, the additional data of a run, the query
// as Express parses it, and the run that starts from the trigger's items.
const path = require('node:path');
const core = require('n8n-core');
const { Workflow, NodeHelpers, createRunExecutionData } = require('n8n-workflow');
const engine = require('../engine');

/** Express-like response over node's http.ServerResponse (what webhook() and n8n use). */
function expressResponse(raw) {
	const res = {
		raw,
		statusCode: 200,
		get headersSent() {
			return raw.headersSent;
		},
		status(code) {
			res.statusCode = code;
			return res;
		},
		setHeader(name, value) {
			raw.setHeader(name, value);
			return res;
		},
		json(body) {
			if (!raw.headersSent) raw.setHeader('content-type', 'application/json; charset=utf-8');
			return res.end(JSON.stringify(body));
		},
		send(body) {
			return typeof body === 'object' && !Buffer.isBuffer(body) ? res.json(body) : res.end(body);
		},
		end(body) {
			raw.statusCode = res.statusCode;
			raw.end(body);
			return res;
		},
	};
	return res;
}

// engine.js keeps its credentials helper private; a run of an empty workflow hands us its class.
let HelperClass;
async function credentialsHelperFor(credentials) {
	const { loader } = await engine.loadPackage(process.env.MEETING_ADMIN_PACKAGE_DIR || undefined);
	if (!HelperClass) {
		const probe = {
			nodes: [
				{
					id: 'p',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
			],
			connections: {},
		};
		HelperClass = (await engine.runWorkflow(probe)).credentialsHelper.constructor;
	}
	const store = new Map(
		Object.entries(credentials).map(([id, c]) => [id, { type: c.type, data: { ...c.data } }]),
	);
	return { helper: new HelperClass(loader, store), loader, store };
}

/** Our node types plus n8n's own (loaded on first use), keyed as n8n keys them. */
function nodeTypesFor(loader) {
	const all = Object.fromEntries(
		Object.entries(loader.nodeTypes).map(([name, data]) => [
			`${loader.packageName}.${name}`,
			data.type,
		]),
	);
	const get = (name) => {
		if (!all[name] && name.startsWith('n8n-nodes-base.')) {
			const base = path.dirname(require.resolve('n8n-nodes-base/package.json'));
			const known = require(path.join(base, 'dist/known/nodes.json'))[
				name.slice('n8n-nodes-base.'.length)
			];
			if (known) all[name] = new (require(path.join(base, known.sourcePath))[known.className])();
		}
		return all[name];
	};
	return {
		getByName: get,
		getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(get(name), version),
		getKnownTypes: () => ({}),
	};
}

function additionalDataFor(hooks, credentialsHelper, extra = {}) {
	const base = 'http://127.0.0.1';
	return {
		hooks,
		credentialsHelper,
		variables: {},
		currentNodeExecutionIndex: 0,
		userId: 'test-user',
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: `${base}/`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: async () => {},
		startRunnerTask: async () => {
			throw new Error('no task runner');
		},
		...extra,
	};
}

/** The query as Express (qs) hands it to n8n: a parameter given twice becomes an array. */
function queryOf(searchParams) {
	const query = {};
	for (const [name, value] of searchParams)
		query[name] = name in query ? [].concat(query[name], value) : value;
	return query;
}

/** Runs the workflow from the trigger with its items, as n8n does after webhook() returned them. */
async function runFromTrigger(workflowJson, nodeTypes, credentialsHelper, triggerName, items) {
	const workflow = new Workflow({
		id: workflowJson.id,
		name: workflowJson.name,
		nodes: workflowJson.nodes,
		connections: workflowJson.connections ?? {},
		nodeTypes,
		active: true,
		settings: {},
	});
	const hooks = new core.ExecutionLifecycleHooks('webhook', '1', {
		id: workflowJson.id,
		nodes: workflowJson.nodes,
		connections: workflowJson.connections ?? {},
	});
	const done = new Promise((resolve) =>
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)),
	);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node: workflow.getNode(triggerName), data: { main: [items] }, source: null },
			],
		},
	});
	await new core.WorkflowExecute(
		additionalDataFor(hooks, credentialsHelper),
		'webhook',
		runExecutionData,
	).processRunExecutionData(workflow);
	const run = await done;
	const runData = run.data.resultData.runData;
	return {
		run,
		status: run.status,
		output: (name) => runData[name]?.[0]?.data?.main?.[0],
	};
}

module.exports = {
	expressResponse,
	credentialsHelperFor,
	nodeTypesFor,
	additionalDataFor,
	queryOf,
	runFromTrigger,
};
