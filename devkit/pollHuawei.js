'use strict';
// Runs a polling trigger's poll() the way n8n does for an active workflow: n8n-core's PollContext
// (one per activation, reused by every poll) driven by n8n-core's own PollTriggerExecutor, with the
// node's workflow static data saved when n8n saves it (after activation and when a poll emits; a
// poll that emits nothing changes memory only). `restart()` starts over from what was saved, as
// after an n8n restart; `fetchTestEvent()` is the editor's "Fetch Test Event" (manual mode) on a
// copy of the saved workflow. Each emission runs the workflow through n8n-core's engine.
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
const clone = (o) => JSON.parse(JSON.stringify(o ?? {}));

async function activatePoller(workflowJson, { credentials = {} } = {}) {
	const { helper, loader } = await credentialsHelperFor(credentials);
	const nodeTypes = nodeTypesFor(loader);
	const triggerJson = workflowJson.nodes.find(
		(n) => /Trigger$/.test(n.type) && n.type.startsWith(loader.packageName),
	);
	const executor = Container.get(core.PollTriggerExecutor);
	const executions = [];
	const errors = [];
	let saved = clone(workflowJson.staticData);
	let workflow;
	let ctx;

	function build(mode, staticData, emit, emitError) {
		const wf = new Workflow({
			id: workflowJson.id ?? 'poll-wf',
			name: workflowJson.name ?? 'poll',
			nodes: [triggerJson],
			connections: {},
			nodeTypes,
			active: mode !== 'manual',
			settings: {},
			staticData: clone(staticData),
		});
		const node = wf.getNode(triggerJson.name);
		const hooks = new core.ExecutionLifecycleHooks(mode, '1', {
			id: wf.id,
			nodes: [node],
			connections: {},
		});
		const pollCtx = new core.PollContext(
			wf,
			node,
			additionalDataFor(hooks, helper),
			mode,
			mode === 'manual' ? 'manual' : 'activate',
			emit,
			emitError,
		);
		return { wf, node, pollCtx };
	}

	const save = () => {
		saved = clone(workflow.staticData);
	};
	function activate() {
		const built = build(
			'trigger',
			saved,
			(data) => {
				// n8n saves the static data when a poll emits, then runs the workflow with the items.
				save();
				executions.push(
					runFromTrigger(
						{ ...workflowJson, id: built.wf.id },
						nodeTypes,
						helper,
						triggerJson.name,
						data[0],
					).then((run) => ({ items: data[0], run })),
				);
			},
			(error) => errors.push(error),
		);
		workflow = built.wf;
		ctx = built.pollCtx;
		return executor.create(built.wf, built.node, built.pollCtx, () => true);
	}

	let run = activate();
	// Activation: the first poll runs as a test (an error fails the activation), then n8n saves.
	await run(true);
	save();

	return {
		executions,
		errors,
		/** One scheduled poll; resolves when it is done (its emissions' runs settle with `settled`). */
		async poll() {
			const before = executions.length;
			const failed = errors.length;
			await run(false);
			const emitted = executions.slice(before);
			return {
				emitted: (await Promise.all(emitted)).map((e) => e.items.map((i) => i.json)),
				error: errors[failed],
			};
		},
		/** Events of one poll as plain JSON (an empty list when the poll emitted nothing); throws when it failed. */
		async events() {
			const { emitted, error } = await this.poll();
			if (error) throw error;
			return emitted.flat();
		},
		async settled() {
			return await Promise.all(executions);
		},
		/** The editor's "Fetch Test Event": manual mode, on a copy of the saved workflow. */
		async fetchTestEvent() {
			const { pollCtx, node } = build(
				'manual',
				saved,
				() => {},
				() => {},
			);
			const type = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
			return await type.poll.call(pollCtx);
		},
		/** n8n restarted: a new context from the saved static data; activation polls once. Returns that poll's events. */
		async restart() {
			const before = executions.length;
			run = activate();
			await run(true);
			save();
			return (await Promise.all(executions.slice(before))).flatMap((e) =>
				e.items.map((i) => i.json),
			);
		},
		saved: () => clone(saved),
		memory: () => clone(workflow.staticData),
		context: () => ctx,
	};
}

module.exports = { activatePoller };
