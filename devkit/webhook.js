'use strict';
// Serves a workflow's trigger node on 127.0.0.1 the way n8n serves a production webhook: each real
// HTTP request (raw body kept, as n8n keeps it) is handed to the node's webhook() through n8n-core's
// real WebhookContext; the answer follows the node's response mode (onReceived, lastNode, or the
// node's own answer with noWebhookResponse), and returned items start a run through n8n-core's
// engine (devkit/engine.js). Every started run is recorded in `executions`.
const http = require('node:http');
const path = require('node:path');
const core = require('n8n-core');
const { Workflow, NodeHelpers, createRunExecutionData } = require('n8n-workflow');
const engine = require('./engine');

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

/**
 * Starts the server for `workflowJson` (its trigger is the node whose type ends in "Trigger").
 * Returns { url, executions, refusedOrSkipped, settled(), stop() }.
 */
async function serveTrigger(workflowJson, { credentials = {} } = {}) {
	const { helper, loader } = await credentialsHelperFor(credentials);
	const nodeTypes = nodeTypesFor(loader);
	// Load every node type now: a lazy require during a request would delay the answer.
	for (const n of workflowJson.nodes) nodeTypes.getByName(n.type);
	const triggerJson = workflowJson.nodes.find(
		(n) => /Trigger$/.test(n.type) && n.type.startsWith(loader.packageName),
	);
	// The trigger alone is the webhook workflow; the full workflow runs through engine.runWorkflow.
	const workflow = new Workflow({
		id: workflowJson.id ?? 'wf-trigger-test',
		name: workflowJson.name ?? 'trigger test',
		nodes: [triggerJson],
		connections: {},
		nodeTypes,
		active: true,
		settings: {},
	});
	const node = workflow.getNode(triggerJson.name);
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const description = nodeType.description.webhooks[0];
	const executions = [];
	const pending = new Set();
	const state = { requests: 0, answeredWithoutRun: 0, inflight: 0 };

	const runFrom = (items) => {
		const run = runFromTrigger(workflowJson, nodeTypes, helper, node.name, items).then(
			(r) => {
				executions.push({ items, result: r });
				return r;
			},
			(error) => {
				executions.push({ items, error });
				throw error;
			},
		);
		pending.add(run);
		run.finally(() => pending.delete(run)).catch(() => {});
		return run;
	};

	const server = http.createServer((req, rawRes) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		state.inflight++;
		req.on('end', async () => {
			state.requests++;
			const rawBody = Buffer.concat(chunks);
			const url = new URL(req.url, 'http://127.0.0.1');
			let body = {};
			try {
				body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
			} catch {
				body = {}; // n8n keeps the raw body; the node decides what malformed means
			}
			const request = {
				method: req.method,
				headers: req.headers,
				query: queryOf(url.searchParams),
				params: {},
				body,
				rawBody,
			};
			const res = expressResponse(rawRes);
			const hooks = new core.ExecutionLifecycleHooks('webhook', '1', {
				id: workflow.id,
				nodes: [node],
				connections: {},
			});
			const additionalData = additionalDataFor(hooks, helper, {
				httpRequest: request,
				httpResponse: res,
				webhookBaseUrl: `${api.url}/webhook`,
			});
			const webhookData = {
				httpMethod: 'POST',
				node: node.name,
				path: description.path,
				webhookDescription: description,
				workflowId: workflow.id,
				isTest: false,
			};
			try {
				const ctx = new core.WebhookContext(
					workflow,
					node,
					additionalData,
					'webhook',
					webhookData,
					[],
					undefined,
				);
				const mode = workflow.expression.getSimpleParameterValue(
					node,
					description.responseMode ?? 'onReceived',
					'webhook',
					{},
					undefined,
					'onReceived',
				);
				const result = await nodeType.webhook.call(ctx);
				const items = result.workflowData?.[0];
				if (!items) {
					state.answeredWithoutRun++;
					if (!result.noWebhookResponse) res.status(200).json({ message: 'Workflow was started' });
					return;
				}
				if (result.noWebhookResponse || mode === 'onReceived') {
					if (!result.noWebhookResponse)
						res.status(200).json(result.webhookResponse ?? { message: 'Workflow was started' });
					runFrom(items);
					return;
				}
				// lastNode, as n8n's executeWebhook does it (1.x and 2.x): once the run ends, a failed run
				// (or a failed last node) is answered 500 "Error in workflow", a run whose last node gave
				// no item 500 as well, otherwise the last node's first item — all through res.status().json().
				const run = await runFrom(items).catch((error) => ({ error }));
				const data = run.run?.data.resultData;
				const last = data?.lastNodeExecuted;
				const task = data?.runData[last]?.at(-1);
				if (run.error || data.error || task?.error !== undefined)
					return void res.status(500).json({ message: 'Error in workflow' });
				const first = task?.data?.main?.[0]?.[0]?.json;
				if (first === undefined)
					return void res.status(500).json({ message: 'No item to return was found' });
				res.status(200).json(first);
			} catch (error) {
				if (!res.headersSent) res.status(500).json({ message: String(error.message) });
			} finally {
				state.inflight--;
			}
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const api = {
		url: `http://127.0.0.1:${server.address().port}`,
		executions,
		state,
		/** Waits until every request was handled and every run it started finished. */
		async settled() {
			while (pending.size || state.inflight) {
				if (pending.size) await Promise.allSettled([...pending]);
				else await new Promise((r) => setTimeout(r, 5));
			}
		},
		/** Runs webhookMethods.default[method] (checkExists, create, delete) through n8n-core's HookContext. */
		async hook(method) {
			const hooks = new core.ExecutionLifecycleHooks('webhook', '1', {
				id: workflow.id,
				nodes: [node],
				connections: {},
			});
			const additionalData = additionalDataFor(hooks, helper, {
				webhookBaseUrl: `${api.url}/webhook`,
			});
			const webhookData = {
				httpMethod: 'POST',
				node: node.name,
				path: description.path,
				webhookDescription: description,
				workflowId: workflow.id,
				isTest: false,
			};
			const ctx = new core.HookContext(
				workflow,
				node,
				additionalData,
				'trigger',
				'activate',
				webhookData,
			);
			return nodeType.webhookMethods.default[method].call(ctx);
		},
		/** The production URL n8n would show for this trigger. */
		webhookUrl() {
			return `${api.url}/webhook/${node.webhookId}/${description.path}`;
		},
		staticData: () => workflow.staticData,
		async stop() {
			await api.settled();
			server.closeAllConnections?.();
			await new Promise((resolve) => server.close(resolve));
		},
	};
	return api;
}

/** POSTs `body` (a string is sent as is) with `query`; resolves { status, text, json, ms }. */
async function deliver(baseUrl, { query = {}, body, headers = {} } = {}) {
	const qs = new URLSearchParams(query).toString();
	const started = process.hrtime.bigint();
	// A full production URL (…/webhook/<id>/webhook) is used as is; a bare server URL gets /webhook.
	const target = /\/webhook(\/|$)/.test(new URL(baseUrl).pathname) ? baseUrl : `${baseUrl}/webhook`;
	const res = await fetch(`${target}${qs ? `?${qs}` : ''}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, text, json, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

module.exports = {
	serveTrigger,
	deliver,
	credentialsHelperFor,
	nodeTypesFor,
	additionalDataFor,
	runFromTrigger,
};
