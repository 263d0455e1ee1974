'use strict';
// Runs a polling trigger (a node with `polling: true` and `poll()`) the way n8n runs an active
// workflow's poll node: one n8n-core PollContext for the whole activation, each tick through
// n8n-core's own PollTriggerExecutor (the activation's first poll throws on failure, later ones
// report through emitError), emitted items start a run through n8n-core's engine (recorded in
// `executions`). The workflow's static data is "stored" when n8n stores it — after activation and
// when a poll emits (n8n's ActiveWorkflowManager; a poll that emits nothing changes only the copy in
// memory, and deactivation stores nothing) — so `restart()` comes back with what n8n's database
// would hold. `manual()` is n8n's "Fetch Test Event": a PollContext in manual mode over a copy of
// the stored static data.
const path = require('node:path');
const core = require('n8n-core');
const { Workflow } = require('n8n-workflow');
const {
	credentialsHelperFor,
	nodeTypesFor,
	additionalDataFor,
	runFromTrigger,
} = require('./webhook');

const { Container } = require(
	require.resolve('@n8n/di', { paths: [path.dirname(require.resolve('n8n-core'))] }),
);
const clone = (value) => JSON.parse(JSON.stringify(value ?? {}));

/**
 * Activates `workflowJson` (its poll node: the first of this package with `polling: true`) and runs
 * n8n's activation poll. `stored` is the static data n8n's database holds for the workflow.
 */
async function activatePoll(workflowJson, { credentials = {}, stored = {} } = {}) {
	const { helper, loader, store } = await credentialsHelperFor(credentials);
	const nodeTypes = nodeTypesFor(loader);
	for (const n of workflowJson.nodes) nodeTypes.getByName(n.type);
	const pollJson = workflowJson.nodes.find(
		(n) => n.type.startsWith(loader.packageName) && nodeTypes.getByName(n.type).description.polling,
	);
	const executor = Container.get(core.PollTriggerExecutor);
	const executions = [];
	const errors = [];
	const pending = new Set();
	let database = clone(stored);

	const workflowOf = (staticData) =>
		new Workflow({
			id: workflowJson.id,
			name: workflowJson.name,
			nodes: [pollJson],
			connections: {},
			nodeTypes,
			active: true,
			settings: {},
			staticData,
		});
	const hooksFor = (mode) =>
		new core.ExecutionLifecycleHooks(mode, '1', {
			id: workflowJson.id,
			nodes: [pollJson],
			connections: {},
		});

	function activation(activationMode) {
		const workflow = workflowOf(clone(database));
		const node = workflow.getNode(pollJson.name);
		const emit = (data) => {
			// n8n saves the workflow's static data when a poll emits, then starts the run.
			database = clone(workflow.staticData);
			const run = runFromTrigger(workflowJson, nodeTypes, helper, node.name, data[0]).then((r) =>
				executions.push({ items: data[0], result: r }),
			);
			pending.add(run);
			run.finally(() => pending.delete(run)).catch(() => {});
		};
		const ctx = new core.PollContext(
			workflow,
			node,
			additionalDataFor(hooksFor('trigger'), helper),
			'trigger',
			activationMode,
			emit,
			(e) => errors.push(e),
		);
		return { workflow, tick: executor.create(workflow, node, ctx, () => true) };
	}

	const settled = async () => {
		while (pending.size) await Promise.allSettled([...pending]);
	};
	/** n8n's activation: the first poll (it throws on failure), then the static data is stored. */
	async function activate(mode) {
		current = activation(mode);
		await current.tick(true);
		database = clone(current.workflow.staticData);
		await settled();
	}
	let current;
	await activate('activate');

	return {
		executions,
		errors,
		store,
		/** One tick of n8n's schedule: the poll, then the runs it started. */
		async poll() {
			await current.tick();
			await settled();
		},
		/** Two ticks at once (n8n starts a tick even while the last one runs). */
		async overlappingPolls() {
			await Promise.all([current.tick(), current.tick()]);
			await settled();
		},
		/** The static data of the active workflow, as n8n holds it in memory. */
		live: () => clone(current.workflow.staticData),
		/** What n8n's database holds. */
		stored: () => clone(database),
		/** n8n stops and starts again: the workflow is activated anew from the stored static data. */
		async restart() {
			await settled();
			await activate('init');
		},
		/** "Fetch Test Event" in the editor: what n8n shows (the items) or the error it shows. */
		async manual() {
			const workflow = workflowOf(clone(database));
			const node = workflow.getNode(pollJson.name);
			const ctx = new core.PollContext(
				workflow,
				node,
				additionalDataFor(hooksFor('manual'), helper),
				'manual',
				'manual',
			);
			const type = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
			return await type.poll.call(ctx);
		},
		async deactivate() {
			await settled();
		},
	};
}

module.exports = { activatePoll };
