#!/usr/bin/env node
'use strict';
// Runs every workflow in examples/ through n8n's engine against the bundled fake vendors (no
// accounts needed) and prints what each of our nodes did and what each vendor received. Ends with
// one deliberately failing item (a conference that has already ended) to show what a failure looks
// like with Settings → On Error → Continue. Leaves nothing behind: n8n's user folder is a temp
// folder with its own encryption key, removed on exit.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

require('./lib/ensure-built').ensureBuilt(); // the demo loads dist/

// n8n-core reads these when it loads: without them it writes ~/.n8n-style config into a temp
// folder nobody removes and prints "No encryption key found".
const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-admin-demo-'));
process.env.N8N_USER_FOLDER = userFolder;
process.env.N8N_ENCRYPTION_KEY = crypto.randomBytes(24).toString('hex');
process.on('exit', () => fs.rmSync(userFolder, { recursive: true, force: true }));

const { runWorkflow, loadPackage } = require('../devkit/engine');
const { startDemoVendors } = require('../devkit/fakes/demo');

const OUR_PREFIX = 'n8n-nodes-meeting-admin.';
const examplesDir = path.join(__dirname, '..', 'examples');

function short(value, max = 160) {
	const text = JSON.stringify(value);
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The failure demo: lock two conferences, one of which has already ended, with On Error → Continue. */
function failureWorkflow() {
	return {
		name: 'What a failure looks like: lock two conferences, one has already ended (On Error → Continue)',
		nodes: [
			{
				id: 'f1',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'f2',
				name: 'Conferences',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [220, 0],
				parameters: {
					mode: 'raw',
					jsonOutput: '{ "conferenceIds": ["demo-conf-1", "demo-conf-ended"] }',
					options: {},
				},
			},
			{
				id: 'f3',
				name: 'One item per conference',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [440, 0],
				parameters: { fieldToSplitOut: 'conferenceIds', options: {} },
			},
			{
				id: 'f4',
				name: 'Lock conference',
				type: 'n8n-nodes-meeting-admin.dingTalk',
				typeVersion: 1,
				position: [660, 0],
				onError: 'continueRegularOutput',
				parameters: {
					resource: 'videoConference',
					operation: 'lock',
					conferenceId: '={{ $json.conferenceIds }}',
					options: { maxRetries: 0 },
				},
				credentials: { dingTalkApi: { id: 'dingtalk-demo', name: 'DingTalk (demo)' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Conferences', type: 'main', index: 0 }]] },
			Conferences: { main: [[{ node: 'One item per conference', type: 'main', index: 0 }]] },
			'One item per conference': { main: [[{ node: 'Lock conference', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

async function main() {
	await loadPackage();
	const demo = await startDemoVendors();
	let failed = 0;
	const report = async (workflow, label, { expectErrors = 0 } = {}) => {
		demo.vendors.forEach((v) => v.fake.reset());
		const result = await runWorkflow(workflow, { credentials: demo.credentials });
		console.log(`\n▶ ${workflow.name}  (${label})`);
		let errors = 0;
		for (const node of workflow.nodes.filter((n) => n.type.startsWith(OUR_PREFIX))) {
			const task = result.run.data.resultData.runData[node.name]?.[0];
			if (!task) continue;
			if (task.error) {
				failed++;
				console.log(`  ✗ ${node.name}: ${task.error.message}`);
				continue;
			}
			const items = task.data.main[0];
			console.log(
				`  ✓ ${node.name} (${node.parameters.resource} → ${node.parameters.operation}): ${items.length} item(s)`,
			);
			for (const item of items) {
				if (item.json.error === undefined) {
					console.log(`      • ${short(item.json)}`);
					continue;
				}
				errors++;
				// Numbered from 1, as n8n's editor shows items.
				console.log(
					`      ✗ item ${(item.pairedItem?.item ?? NaN) + 1 || '?'} failed: ${item.json.error}`,
				);
				if (item.json.description)
					console.log(`        ${String(item.json.description).split('\n')[0]}`);
				const rest = Object.fromEntries(
					Object.entries(item.json).filter(([k]) => k !== 'error' && k !== 'description'),
				);
				if (Object.keys(rest).length) console.log(`        ${short(rest, 200)}`);
			}
		}
		for (const vendor of demo.vendors) {
			const calls = vendor.fake.requests;
			if (calls.length === 0) continue;
			console.log(`  ${vendor.name} fake received ${calls.length} request(s):`);
			for (const call of calls.slice(0, 6)) console.log(`      ${call.method} ${call.path}`);
			if (calls.length > 6) console.log(`      … and ${calls.length - 6} more`);
		}
		if (result.status !== 'success') {
			failed++;
			console.log(`  ✗ run status: ${result.status} ${result.error?.message ?? ''}`);
		}
		if (errors !== expectErrors) {
			failed++;
			console.log(`  ✗ expected ${expectErrors} failed item(s), got ${errors}`);
		}
	};
	try {
		for (const file of fs
			.readdirSync(examplesDir)
			.filter((f) => f.endsWith('.json'))
			.sort()) {
			await report(
				demo.localize(JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'))),
				`examples/${file}`,
			);
		}
		const dingtalk = demo.vendors.find((v) => v.name === 'DingTalk');
		dingtalk.fake.addConference('demo-conf-ended', { closed: true });
		await report(failureWorkflow(), 'built into scripts/demo.js; the ✗ item below is expected', {
			expectErrors: 1,
		});
		console.log(
			'  → With On Error → Continue, the failed item stays in place (same order, with pairedItem) and the',
		);
		console.log(
			'    others go through; without it the node stops the workflow with the same message.',
		);
	} finally {
		await demo.stop();
	}
	console.log(
		failed
			? `\n${failed} problem(s) found.`
			: '\nAll example workflows ran against the fake vendors; the failure demo failed exactly where expected.',
	);
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
