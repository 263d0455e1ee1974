#!/usr/bin/env node
'use strict';
// Benchmark (prints figures, never fails CI). Each seed operation's one-id items run through n8n's
// engine against fakes that add 25 ms latency and enforce the vendors' rate limits: list-taking
// operations at 1,000, 10,000 and 100,000 items (one target, and 20 targets), per-item ones at
// 1,000 and 10,000. Per row: our node; our node with Dry Run (the engine floor: reading and
// planning every item, nothing sent); and, up to BENCH_BASELINE_MAX items, the workflows a user
// builds from n8n's HTTP Request node (tuned with its batching interval, and with its defaults).
// Every measurement runs in a fresh process (scripts/benchChild.js), so its peak RSS is its own.
// Environment: BENCH_ROWS (a regular expression over "vendor:operation:targets:items", e.g.
// "unban:1:(1000|10000)$"), BENCH_ONLY ("DingTalk:lock"), BENCH_SIZES ("1000,10000"),
// BENCH_BASELINE_MAX (default 10000; 0 skips the HTTP Request workflows), BENCH_TUNED_MAX (the
// tuned one alone; default BENCH_BASELINE_MAX), BENCH_OUT (default bench/results.json).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { adapters } = require('../devkit/vendors');
const { table, updateReadme } = require('./benchTable');

const SPREAD_TARGETS = 20;
const LIST_SIZES = [1000, 10000, 100000];
const PER_ITEM_SIZES = [1000, 10000];
const sizes = process.env.BENCH_SIZES?.split(',').map(Number);
const rowsFilter = process.env.BENCH_ROWS ? new RegExp(process.env.BENCH_ROWS) : undefined;
const only = process.env.BENCH_ONLY;
const baselineMax = Number(process.env.BENCH_BASELINE_MAX ?? 10000);
// The tuned workflow runs at the vendor's rate one item per call: 10,000 DingTalk items take ~9 minutes.
const tunedMax = Number(process.env.BENCH_TUNED_MAX ?? baselineMax);
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
// BENCH_OUT: write elsewhere (a subset run must not replace the README's one-run results).
const OUT = process.env.BENCH_OUT || path.join(__dirname, '..', 'bench', 'results.json');

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

function child(spec) {
	const run = spawnSync(
		process.execPath,
		[path.join(__dirname, 'benchChild.js'), JSON.stringify(spec)],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
	if (!line) {
		console.error(run.stderr.slice(-2000));
		return { error: `exit ${run.status}` };
	}
	return JSON.parse(line.slice('RESULT '.length));
}

/** Every row the run is asked for, in order. */
function plannedRows() {
	const rows = [];
	for (const vendor of adapters) {
		for (const op of Object.values(vendor.operations)) {
			if (!op.bench || !vendor.baseline) continue;
			if (only && !`${vendor.name}:${op.bench}`.includes(only)) continue;
			const list = Boolean(op.benchItems);
			for (const targets of list ? [1, SPREAD_TARGETS] : [undefined])
				for (const items of (list ? LIST_SIZES : PER_ITEM_SIZES).filter(
					(n) => !sizes || sizes.includes(n),
				)) {
					const key = `${vendor.name}:${op.bench}:${targets ?? 'per item'}:${items}`;
					if (!rowsFilter || rowsFilter.test(key)) rows.push({ vendor, op, targets, items });
				}
		}
	}
	return rows;
}

/** The node's default Calls Per Second, from its built transport (the one place it is declared). */
function nodePace(vendorName) {
	const dist = path.join(__dirname, '..', 'dist', 'nodes');
	for (const dir of ['DingTalk', 'TencentCloudChat', 'HuaweiCloudMeeting']) {
		const toolkit = Object.values(require(path.join(dist, dir, 'transport'))).find(
			(v) => v?.spec?.vendor === vendorName,
		);
		if (toolkit) return toolkit.spec.callsPerSecond;
	}
	return Infinity;
}

function benchRow({ vendor, op, targets, items }) {
	const spec = { vendorName: vendor.name, opName: op.bench, items, targets };
	const list = targets ? op.benchItems(items, targets) : op.items(items);
	const calls = physicalMinimum(vendor, op, list);
	const dry = child({ ...spec, who: 'dry' });
	const ours = child({ ...spec, who: 'ours' });
	// The floor is the documented (fake's) rate or the node's own default pace, whichever is lower:
	// `ours` runs with the node's defaults (Huawei paces itself at 10/s, Tencent at 190/s).
	const pace = Math.min(vendor.ratePerSecond, nodePace(vendor.name));
	const vendorFloorS = round(calls / pace, 2);
	const engineFloorS = dry.wallMs === undefined ? null : round(dry.wallMs / 1000, 2);
	const row = {
		vendor: vendor.name,
		operation: op.bench,
		seed: op.seed,
		items,
		targets: targets ?? 'per item',
		physicalMinimum: calls,
		vendorLimitPerSecond: vendor.ratePerSecond,
		nodePacePerSecond: nodePace(vendor.name),
		vendorFloorS,
		engineFloorS,
		ours,
		dryRun: dry,
		// The larger floor is the best any pipelined run can do.
		oursOverFloor:
			ours.wallMs === undefined
				? null
				: round(ours.wallMs / 1000 / Math.max(vendorFloorS, engineFloorS ?? 0), 2),
	};
	if (items <= tunedMax) row.httpRequestNode = child({ ...spec, who: 'tuned' });
	if (items <= baselineMax) row.httpRequestNodeDefault = child({ ...spec, who: 'default' });
	const m = (x) =>
		x ? `${(x.wallMs / 1000).toFixed(1)} s, ${x.requests} calls, ${x.peakRssMiB} MiB` : '—';
	console.log(
		`${row.vendor} ${row.operation} [${row.targets}] ${items}: calls ${calls}, vendor floor ${vendorFloorS} s, engine floor ${engineFloorS} s; ours ${m(ours)} (${row.oursOverFloor}× floor); HTTP Request tuned ${m(row.httpRequestNode)}; default ${m(row.httpRequestNodeDefault)}`,
	);
	return row;
}

/** Peak RSS of a row over the same row at a tenth of the items. */
function growth(rows) {
	for (const row of rows) {
		const tenth = rows.find(
			(r) =>
				r.vendor === row.vendor &&
				r.operation === row.operation &&
				r.targets === row.targets &&
				r.items * 10 === row.items,
		);
		if (!tenth) continue;
		const g = (a, b) =>
			a?.peakRssMiB && b?.peakRssMiB ? round(a.peakRssMiB / b.peakRssMiB, 2) : null;
		row.rssGrowthPer10x = {
			ours: g(row.ours, tenth.ours),
			httpRequestNode: g(row.httpRequestNode, tenth.httpRequestNode),
			httpRequestNodeDefault: g(row.httpRequestNodeDefault, tenth.httpRequestNodeDefault),
		};
	}
}

function main() {
	if (process.argv[2] === '--readme') return updateReadme(JSON.parse(fs.readFileSync(OUT, 'utf8')));
	const rows = plannedRows().map(benchRow);
	growth(rows);
	const results = { date: new Date().toISOString(), node: process.version, latencyMs: 25, rows };
	fs.mkdirSync(path.dirname(OUT), { recursive: true });
	fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
	console.log(
		`\n${table(results)}\n\nwritten to ${path.relative(process.cwd(), OUT)} (README table: node scripts/bench.js --readme)`,
	);
}

main();
