#!/usr/bin/env node
'use strict';
// Benchmark (prints figures, never fails CI): for each seed operation, input items run through n8n's
// engine three times in one process — (a) our node, (b) the workflow a user builds today from n8n's
// HTTP Request node, tuned with its batching interval to stay under the vendor's limit, (c) the same
// workflow with the HTTP Request node's default settings (every request at once) — against fakes
// that add 25 ms latency and enforce the vendors' rate limits. List-taking operations get two rows:
// one-id items all for the same target, and one-id items spread over 20 targets.
const fs = require('node:fs');
const path = require('node:path');
const { runWorkflow, loadPackage, captureLogs } = require('../devkit/engine');
const { adapters } = require('../devkit/vendors');

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const LATENCY_MS = 25;
const SPREAD_TARGETS = 20;
const only = process.env.BENCH_ONLY; // e.g. "DingTalk" or "Tencent Cloud Chat:unban"
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

/** An item the vendor refused: an error item, or Tencent's HTTP 200 answer with ActionStatus FAIL. */
const refused = (item) => Boolean(item.json.error) || item.json.ActionStatus === 'FAIL';

async function measure(fake, vendor, run) {
	fake.reset();
	const throttled0 = fake.rate?.rejected ?? 0;
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
	// A failed run (the node stopped at a throttled call) produced no item at all.
	const failed = Array.isArray(out) ? out.filter(refused).length : ITEMS;
	const requests = vendor.businessCalls(fake);
	return {
		requests,
		callsPerItem: round(requests / ITEMS, 3),
		tokenFetches: vendor.tokenCalls(fake),
		connections: fake.connections,
		throttled: (fake.rate?.rejected ?? 0) - throttled0,
		wallMs: Math.round(wallMs),
		// Items that went through, per second: a run that failed them all did no work.
		itemsPerSecond: round(((ITEMS - failed) / wallMs) * 1000, 1),
		cpuMsPerItem: round((cpu.user + cpu.system) / 1000 / ITEMS, 3),
		peakRssMiB: Math.round(peakRss / 1048576),
		failedItems: failed,
		status: result.status,
	};
}

/** Σ over distinct targets ⌈ids for that target / per-call limit⌉; one call per item otherwise. */
function physicalMinimum(vendor, op, items) {
	if (!op.benchTarget) return items.length;
	const limit = op.limit ?? vendor.limit;
	const perTarget = new Map();
	for (const { json } of items) {
		const ids = perTarget.get(json[op.benchTarget]) ?? new Set();
		for (const id of json.ids ?? json.accounts ?? json.vmrIds) ids.add(id);
		perTarget.set(json[op.benchTarget], ids);
	}
	return [...perTarget.values()].reduce((sum, ids) => sum + Math.ceil(ids.size / limit), 0);
}

/** The rows of one seed operation: one per-item row, or a same-target and a 20-target row. */
const casesOf = (op) => (op.benchItems ? [1, SPREAD_TARGETS] : [undefined]);

async function benchRow(vendor, op, targets) {
	const opName = op.bench;
	const fake = await vendor.startFake({ latencyMs: LATENCY_MS });
	try {
		op.prepare(fake, ITEMS);
		op.benchPrepare?.(fake, ITEMS, targets ?? 1);
		const itemsOf = (n) => (targets ? op.benchItems(n, targets) : op.items(n));
		// One target: the node names it once (one group, one operator), as a user would. Spread: each item names its own.
		const workflow = targets > 1 && op.benchWorkflow ? op.benchWorkflow : op.workflow;
		const items = itemsOf(ITEMS);
		const paths = {
			ours: () => workflow({}),
			tuned: (creds) => vendor.baseline(fake, creds, opName, { tuned: true }),
			default: (creds) => vendor.baseline(fake, creds, opName, { tuned: false }),
		};
		// Warm every path up (JIT, module loading) so none pays it inside the measurement.
		const warm = itemsOf(Math.min(20, ITEMS));
		for (const make of Object.values(paths)) {
			const { credentials } = vendor.newCredentials(fake);
			await runWorkflow(make(credentials), { credentials, items: warm });
		}
		const results = {};
		for (const [who, make] of Object.entries(paths)) {
			// Every path starts with the vendor's one-second windows empty.
			await pause(1100);
			const { credentials } = vendor.newCredentials(fake);
			results[who] = await measure(fake, vendor, () =>
				runWorkflow(make(credentials), { credentials, items }),
			);
		}
		const ratio = (a, b) => (b > 0 ? round(a / b, 2) : null);
		const row = {
			vendor: vendor.name,
			operation: opName,
			seed: op.seed,
			items: ITEMS,
			targets: targets ?? 'per item',
			physicalMinimum: physicalMinimum(vendor, op, items),
			ours: results.ours,
			httpRequestNode: results.tuned,
			httpRequestNodeDefault: results.default,
			// Ours against the tuned HTTP Request workflow (the one today's users build); `vsDefault` against its defaults.
			ratio: {
				itemsPerSecond: ratio(results.ours.itemsPerSecond, results.tuned.itemsPerSecond),
				cpuPerItem: ratio(results.ours.cpuMsPerItem, results.tuned.cpuMsPerItem),
				vsDefault: {
					itemsPerSecond: ratio(results.ours.itemsPerSecond, results.default.itemsPerSecond),
					cpuPerItem: ratio(results.ours.cpuMsPerItem, results.default.cpuMsPerItem),
				},
			},
			vendorLimitPerSecond: vendor.ratePerSecond,
			// Per-item operations: our items/s as a share of the vendor's limit.
			shareOfVendorLimit: op.benchItems
				? undefined
				: round(results.ours.itemsPerSecond / vendor.ratePerSecond, 3),
		};
		print(row);
		return row;
	} finally {
		await fake.stop();
	}
}

async function main() {
	await loadPackage();
	// n8n's logger would print every throttled request of the default HTTP Request workflow.
	const logLines = captureLogs();
	setInterval(() => logLines.splice(0), 5000).unref();
	const rows = [];
	for (const vendor of adapters) {
		for (const op of Object.values(vendor.operations)) {
			if (!op.bench || !vendor.baseline || (only && !`${vendor.name}:${op.bench}`.includes(only)))
				continue;
			for (const targets of casesOf(op)) rows.push(await benchRow(vendor, op, targets));
		}
	}
	const outFile = path.join(__dirname, '..', 'bench', 'results.json');
	fs.mkdirSync(path.dirname(outFile), { recursive: true });
	fs.writeFileSync(
		outFile,
		`${JSON.stringify({ date: new Date().toISOString(), node: process.version, latencyMs: LATENCY_MS, rows }, null, 2)}\n`,
	);
	console.log('\n' + table(rows));
	console.log(`\nwritten to bench/results.json`);
}

function print(r) {
	const m = (x) =>
		`${x.itemsPerSecond} items/s (${x.requests} calls, ${x.cpuMsPerItem} CPU ms/item, ${x.failedItems} failed)`;
	console.log(
		`${r.vendor} ${r.operation} [${r.targets === 1 ? '1 target' : r.targets === 'per item' ? 'per item' : `${r.targets} targets`}]: ours ${m(r.ours)}; HTTP Request tuned ${m(r.httpRequestNode)}; default ${m(r.httpRequestNodeDefault)}`,
	);
}

function table(rows) {
	const head =
		'| seed | vendor · operation | items for | workflow | calls (min) | calls/item | token fetches | connections | throttled | wall s | items/s | CPU ms/item | peak RSS MiB | failed |';
	const sep = '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|';
	const targets = (r) =>
		r.targets === 'per item'
			? 'one call each'
			: r.targets === 1
				? '1 target'
				: `${r.targets} targets`;
	const line = (r, who, m) =>
		`| ${r.seed} | ${r.vendor} · ${r.operation} | ${targets(r)} | ${who} | ${m.requests} (${r.physicalMinimum}) | ${m.callsPerItem} | ${m.tokenFetches} | ${m.connections} | ${m.throttled} | ${(m.wallMs / 1000).toFixed(1)} | ${m.itemsPerSecond} | ${m.cpuMsPerItem} | ${m.peakRssMiB} | ${m.failedItems} |`;
	const times = (x) => (x === null ? '—' : `${x}×`);
	const lines = rows.flatMap((r) => [
		line(r, 'ours', r.ours),
		line(r, 'HTTP Request, tuned', r.httpRequestNode),
		line(r, 'HTTP Request, default', r.httpRequestNodeDefault),
		`| | | | **ours / tuned** | | | | | | | **${times(r.ratio.itemsPerSecond)}**${r.shareOfVendorLimit ? ` (${Math.round(r.shareOfVendorLimit * 100)} % of limit)` : ''} | **${times(r.ratio.cpuPerItem)}** | | |`,
		`| | | | ours / default | | | | | | | ${times(r.ratio.vsDefault.itemsPerSecond)} | ${times(r.ratio.vsDefault.cpuPerItem)} | | |`,
	]);
	return [head, sep, ...lines].join('\n');
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
