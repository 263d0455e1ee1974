#!/usr/bin/env node
'use strict';
// Benchmark (prints figures, never fails CI): for each seed operation, 1,000 input items run through
// n8n's engine twice in one process — (a) our node, (b) the workflow a user builds today from n8n's
// HTTP Request node — against fakes that add 25 ms latency and enforce the vendors' rate limits.
const fs = require('node:fs');
const path = require('node:path');
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { adapters } = require('../devkit/vendors');

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const LATENCY_MS = 25;
const only = process.env.BENCH_ONLY; // e.g. "DingTalk" or "Tencent Cloud Chat:unban"

async function measure(fake, vendor, run) {
	fake.reset();
	let peakRss = process.memoryUsage().rss;
	const sampler = setInterval(() => {
		peakRss = Math.max(peakRss, process.memoryUsage().rss);
	}, 20);
	const cpu0 = process.cpuUsage();
	const t0 = process.hrtime.bigint();
	const result = await run();
	const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
	const cpu = process.cpuUsage(cpu0);
	clearInterval(sampler);
	const out = result.output('Vendor');
	const items = Array.isArray(out) ? out : [];
	const failed = items.filter((i) => i.json.error).length + (Array.isArray(out) ? 0 : ITEMS);
	return {
		requests: vendor.businessCalls(fake),
		tokenFetches: vendor.tokenCalls(fake),
		connections: fake.connections,
		wallMs: Math.round(wallMs),
		itemsPerSecond: Math.round((ITEMS / wallMs) * 1000 * 10) / 10,
		cpuMsPerItem: Math.round(((cpu.user + cpu.system) / 1000 / ITEMS) * 1000) / 1000,
		peakRssMiB: Math.round(peakRss / 1048576),
		failedItems: failed,
		status: result.status,
	};
}

async function main() {
	await loadPackage();
	const rows = [];
	for (const vendor of adapters) {
		for (const op of Object.values(vendor.operations)) {
			const opName = op.bench;
			if (!opName || !vendor.baseline || (only && !`${vendor.name}:${opName}`.includes(only))) continue;
			const fake = await vendor.startFake({ latencyMs: LATENCY_MS });
			try {
				op.prepare(fake, ITEMS);
				const items = op.items(ITEMS);
				// Warm both paths up (JIT, module loading) so neither pays it inside the measurement.
				const warm = op.items(20);
				await runWorkflow(op.workflow({}), { credentials: vendor.newCredentials(fake).credentials, items: warm });
				const warmCreds = vendor.newCredentials(fake).credentials;
				await runWorkflow(vendor.baseline(fake, warmCreds, opName), { credentials: warmCreds, items: warm });
				const ours = vendor.newCredentials(fake);
				const oursResult = await measure(fake, vendor, () => runWorkflow(op.workflow({}), { credentials: ours.credentials, items }));
				const theirsCreds = vendor.newCredentials(fake);
				const baseline = vendor.baseline(fake, theirsCreds.credentials, opName);
				const theirsResult = await measure(fake, vendor, () => runWorkflow(baseline, { credentials: theirsCreds.credentials, items }));
				const row = {
					vendor: vendor.name, operation: opName, seed: op.seed, items: ITEMS,
					physicalMinimum: op.minimum ? op.minimum(ITEMS) : ITEMS,
					ours: oursResult, httpRequestNode: theirsResult,
					ratio: {
						itemsPerSecond: Math.round((oursResult.itemsPerSecond / theirsResult.itemsPerSecond) * 100) / 100,
						cpuPerItem: Math.round((oursResult.cpuMsPerItem / theirsResult.cpuMsPerItem) * 100) / 100,
					},
					vendorLimitPerSecond: vendor.ratePerSecond,
				};
				rows.push(row);
				print([row]);
			} finally {
				await fake.stop();
			}
		}
	}
	const outFile = path.join(__dirname, '..', 'bench', 'results.json');
	fs.mkdirSync(path.dirname(outFile), { recursive: true });
	fs.writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, latencyMs: LATENCY_MS, rows }, null, 2)}\n`);
	console.log('\n' + table(rows));
	console.log(`\nwritten to bench/results.json`);
}

function print(rows) {
	for (const r of rows) console.log(`${r.vendor} ${r.operation}: ours ${r.ours.itemsPerSecond} items/s (${r.ours.requests} req), HTTP Request ${r.httpRequestNode.itemsPerSecond} items/s (${r.httpRequestNode.requests} req, ${r.httpRequestNode.failedItems} failed)`);
}

function table(rows) {
	const head = '| seed | vendor · operation | | requests (min) | token fetches | connections | wall s | items/s | CPU ms/item | peak RSS MiB | failed |';
	const sep = '|---|---|---|---|---|---|---|---|---|---|---|';
	const line = (r, who, m) => `| ${r.seed} | ${r.vendor} · ${r.operation} | ${who} | ${m.requests} (${r.physicalMinimum}) | ${m.tokenFetches} | ${m.connections} | ${(m.wallMs / 1000).toFixed(1)} | ${m.itemsPerSecond} | ${m.cpuMsPerItem} | ${m.peakRssMiB} | ${m.failedItems} |`;
	const lines = rows.flatMap((r) => [
		line(r, 'ours', r.ours),
		line(r, 'HTTP Request', r.httpRequestNode),
		`| | | **ours/theirs** | | | | | **${r.ratio.itemsPerSecond}×** | **${r.ratio.cpuPerItem}×** | | |`,
	]);
	return [head, sep, ...lines].join('\n');
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
