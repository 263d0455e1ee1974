#!/usr/bin/env node
'use strict';
// Runs every workflow in examples/ through n8n's engine against the bundled fake vendors (no
// accounts needed) and prints what each of our nodes did and what each vendor received.
const fs = require('node:fs');
const path = require('node:path');
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { startDemoVendors } = require('../devkit/fakes/demo');

const OUR_PREFIX = 'n8n-nodes-meeting-admin.';
const examplesDir = path.join(__dirname, '..', 'examples');

function short(value, max = 160) {
	const text = JSON.stringify(value);
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

async function main() {
	await loadPackage();
	const demo = await startDemoVendors();
	let failed = 0;
	try {
		for (const file of fs.readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort()) {
			const workflow = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
			demo.vendors.forEach((v) => v.fake.reset());
			const result = await runWorkflow(workflow, { credentials: demo.credentials });
			console.log(`\n▶ ${workflow.name}  (examples/${file})`);
			for (const node of workflow.nodes.filter((n) => n.type.startsWith(OUR_PREFIX))) {
				const task = result.run.data.resultData.runData[node.name]?.[0];
				if (!task) continue;
				if (task.error) {
					failed++;
					console.log(`  ✗ ${node.name}: ${task.error.message}`);
					continue;
				}
				const items = task.data.main[0];
				console.log(`  ✓ ${node.name} (${node.parameters.resource} → ${node.parameters.operation}): ${items.length} item(s)`);
				for (const item of items) console.log(`      ${item.json.error ? '✗' : '•'} ${short(item.json)}`);
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
		}
	} finally {
		await demo.stop();
	}
	console.log(failed ? `\n${failed} problem(s) found.` : '\nAll example workflows ran against the fake vendors.');
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
