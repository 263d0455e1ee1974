'use strict';
// Serves a workflow's trigger node on 127.0.0.1 the way n8n serves a production webhook: each real
// HTTP request (raw body kept, as n8n keeps it) is handed to the node's webhook() through n8n-core's
// real WebhookContext; the answer follows the node's response mode (onReceived, lastNode, or the
// node's own answer with noWebhookResponse), and returned items start a run through n8n-core's
// engine (devkit/engine.js). Every started run is recorded in `executions`.
const http = require('node:http');
const core = require('n8n-core');
const { Workflow } = require('n8n-workflow');
const {
	expressResponse,
	credentialsHelperFor,
	nodeTypesFor,
	additionalDataFor,
	queryOf,
	runFromTrigger,
} = require('./webhook/n8n');

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
