'use strict';
// Runs a trigger node's trigger() (non-webhook triggers, e.g. DingTalk Stream mode) through
// n8n-core's real TriggerContext; every emit starts a run through n8n-core's engine, recorded in
// `executions`, as n8n's ActiveWorkflowManager does for an active workflow.
const core = require('n8n-core');
const { Workflow } = require('n8n-workflow');
const {
	credentialsHelperFor,
	nodeTypesFor,
	additionalDataFor,
	runFromTrigger,
} = require('./webhook');

async function activateTrigger(workflowJson, { credentials = {} } = {}) {
	const { helper, loader } = await credentialsHelperFor(credentials);
	const nodeTypes = nodeTypesFor(loader);
	for (const n of workflowJson.nodes) nodeTypes.getByName(n.type);
	const triggerJson = workflowJson.nodes.find(
		(n) => /Trigger$/.test(n.type) && n.type.startsWith(loader.packageName),
	);
	const workflow = new Workflow({
		id: workflowJson.id,
		name: workflowJson.name,
		nodes: [triggerJson],
		connections: {},
		nodeTypes,
		active: true,
		settings: {},
	});
	const node = workflow.getNode(triggerJson.name);
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const executions = [];
	const pending = new Set();
	const emit = (data) => {
		const run = runFromTrigger(workflowJson, nodeTypes, helper, node.name, data[0]).then((r) =>
			executions.push({ items: data[0], result: r }),
		);
		pending.add(run);
		run.finally(() => pending.delete(run)).catch(() => {});
	};
	const errors = [];
	const hooks = new core.ExecutionLifecycleHooks('trigger', '1', {
		id: workflow.id,
		nodes: [node],
		connections: {},
	});
	const ctx = new core.TriggerContext(
		workflow,
		node,
		additionalDataFor(hooks, helper),
		'trigger',
		'activate',
		emit,
		(e) => errors.push(e),
	);
	const response = await nodeType.trigger.call(ctx);
	return {
		executions,
		errors,
		async settled() {
			while (pending.size) await Promise.allSettled([...pending]);
		},
		async deactivate() {
			await response.closeFunction?.();
			while (pending.size) await Promise.allSettled([...pending]);
		},
	};
}

module.exports = { activateTrigger };
