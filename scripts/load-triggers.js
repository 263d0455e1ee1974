#!/usr/bin/env node
'use strict';
// Load test of the Tencent Cloud Chat Trigger (npm run load:triggers; needs the cached n8n of
// `npm run e2e`). A burst of signed after-callbacks (LOAD_RATE per second for LOAD_SECONDS, each a
// distinct event) goes to the production webhook URL of one target (LOAD_MODE, or --mode=, a comma
// list runs several, default regular,queue; scripts/lib/load-targets.js):
//   regular  one tuned `n8n start` on SQLite;  queue  main + webhook processor + worker(s) + Redis +
//   PostgreSQL (Debian packages, installed when missing);  devkit  the node in n8n-core, no server.
// Targets, each printed PASS/FAIL: every answer is Tencent's OK, within its 2 s timeout; n8n records
// exactly one successful execution per delivery. Latency percentiles and the machine load go to
// bench/triggers-load.json (one entry per mode, rate, duration and setup, replaced on re-run).
// More settings: LOAD_EXPRESSION_ENGINE (vm|quickjs; unset = n8n's default vm), LOAD_ENGINE_POOL_SIZE,
// LOAD_ENGINE_LAZY_ACQUIRE (scripts/lib/load-settings.js), LOAD_WEBHOOK_PROCESSES, LOAD_WORKERS,
// LOAD_WORKER_CONCURRENCY, LOAD_PG_POOL, LOAD_SQLITE_POOL, LOAD_CONCURRENCY, LOAD_WARMUP (docs/triggers.md#load);
// LOAD_WEBHOOK_NODE_OPTIONS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the webhook processor.
const os = require('node:os');
const lib = require('./lib/real-n8n');
const { senders, tencentSamples, deliver } = require('./lib/triggers-e2e');
const { TARGETS } = require('./lib/load-targets');
const { saveRun: save } = require('./lib/load-settings');

// A comma list ("50,100,200") sends one burst per rate to the same warm target, one after the other.
const RATES = String(process.env.LOAD_RATE ?? 200)
	.split(',')
	.map(Number)
	.filter((r) => r > 0);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const TIMEOUT_MS = 2000; // Tencent's callback timeout
const WARMUP = Number(process.env.LOAD_WARMUP ?? 40);
const arg = process.argv.find((a) => a.startsWith('--mode='));
const MODES = (
	arg
		? arg.slice(7)
		: process.env.LOAD_MODE || (process.env.LOAD_TARGET === 'devkit' ? 'devkit' : 'regular,queue')
)
	.split(',')
	.map((m) => m.trim())
	.filter(Boolean);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Sends `total` deliveries at `rate` on schedule (each at its due time, not waiting for earlier answers). */
async function burst(urls, { rate, total = rate * SECONDS, prefix = 'load' }) {
	const results = [];
	const started = Date.now();
	const sends = [];
	for (let i = 0; i < total; i++) {
		const wait = started + (i * 1000) / rate - Date.now();
		if (wait > 0) await sleep(wait);
		const body = {
			...tencentSamples['Group.CallbackAfterNewMemberJoin'](`${prefix}-${i}`),
			Seq: i,
		};
		sends.push(
			deliver(
				urls[i % urls.length],
				senders.tencent.request('Group.CallbackAfterNewMemberJoin', body),
			).then(
				(r) =>
					results.push({
						i,
						status: r.status,
						ok: r.json?.ActionStatus === 'OK' && r.json?.ErrorCode === 0,
						ms: r.ms,
					}),
				(error) =>
					results.push({
						i,
						status: 0,
						ok: false,
						ms: Infinity,
						error: String(error.cause?.code ?? error.message),
					}),
			),
		);
	}
	const sentSeconds = (Date.now() - started) / 1000;
	await Promise.all(sends);
	return { total, results, sentSeconds, answeredSeconds: (Date.now() - started) / 1000 };
}

/** Polls the target's execution counts until every delivery is accounted for or nothing moves for 60 s. */
async function settle(target, total, base = { recorded: 0, success: 0, failed: 0 }, prefix) {
	const t = Date.now();
	let last;
	let moved = Date.now();
	for (;;) {
		// An overloaded n8n answers its REST API 503 ("Database is not ready!") for a while: count that as no movement.
		const now = await target.counts(prefix).catch((error) => {
			console.log(
				`   counts not readable yet: ${String(error.message).split('\n')[0].slice(0, 120)}`,
			);
			return null;
		});
		if (!now) {
			if (Date.now() - moved > 60000) throw new Error('n8n did not answer its REST API for 60 s');
			await sleep(1000);
			continue;
		}
		const c = minus(now, base);
		if (c.success + c.failed >= total) return { ...c, drainSeconds: (Date.now() - t) / 1000 };
		if (last && c.recorded === last.recorded && c.success === last.success) {
			if (Date.now() - moved > 60000) return { ...c, drainSeconds: (Date.now() - t) / 1000 };
		} else moved = Date.now();
		last = c;
		await sleep(1000);
	}
}

const plus = (base, c) => ({
	...c,
	recorded: base.recorded + c.recorded,
	success: base.success + c.success,
	failed: base.failed + c.failed,
});

const minus = (c, base) => ({
	...c,
	recorded: c.recorded - base.recorded,
	success: c.success - base.success,
	failed: c.failed - base.failed,
});

/** One burst at `rate` against a warm target; `base` = the executions counted before it. */
async function measure(mode, target, rate, base, prefix) {
	const loadBefore = load();
	console.log(
		`[${mode} ${rate}/s] burst: ${rate * SECONDS} signed callbacks at ${rate}/s for ${SECONDS} s (load average before: ${loadBefore})`,
	);
	const { total, results, sentSeconds, answeredSeconds } = await burst(
		target.urls ?? [target.url],
		{ rate, prefix },
	);
	const loadAfterBurst = load();
	// Percentiles over the deliveries n8n answered; resets and timeouts are counted separately.
	const latencies = results
		.filter((r) => r.status)
		.map((r) => r.ms)
		.sort((a, b) => a - b);
	const stats = Object.fromEntries(
		[50, 90, 95, 99, 100].map((p) => [
			`p${p}`,
			latencies.length ? Math.round(percentile(latencies, p) * 10) / 10 : null,
		]),
	);
	const notOk = results.filter((r) => !r.ok);
	const late = results.filter((r) => r.ms >= TIMEOUT_MS);
	const connectionErrors = results.filter((r) => !r.status).length;
	console.log(
		`[${mode} ${rate}/s] sent in ${sentSeconds.toFixed(1)} s, all answered or failed after ${answeredSeconds.toFixed(1)} s; answered OK ${total - notOk.length}/${total}; ≥2 s: ${late.length}; connection errors: ${connectionErrors}`,
	);
	// The median per second of the burst tells a growing backlog (rising) from a one-off stall (flat).
	const bySecond = Array.from({ length: SECONDS }, (_, sec) => {
		const ms = results
			.filter((r) => r.status && Math.floor(r.i / rate) === sec)
			.map((r) => r.ms)
			.sort((a, b) => a - b);
		return ms.length ? Math.round(percentile(ms, 50)) : null;
	});
	console.log(
		`[${mode} ${rate}/s] latency ms: ${JSON.stringify(stats)}; median per second of the burst: ${bySecond.join(', ')}`,
	);
	if (notOk.length)
		console.log(`[${mode} ${rate}/s] not OK (first 3): ${JSON.stringify(notOk.slice(0, 3))}`);
	const c = await settle(target, total, base, prefix);
	console.log(
		`[${mode} ${rate}/s] executions: ${c.recorded} recorded, ${c.success} successful, ${c.failed} failed${c.distinct !== undefined ? `, ${c.distinct} distinct deliveries` : ''}; drained ${c.drainSeconds.toFixed(1)} s after the burst`,
	);
	const targets = [
		[`every delivery answered Tencent's OK (${total - notOk.length}/${total})`, notOk.length === 0],
		[
			`every answer within ${TIMEOUT_MS} ms (${late.length} late, p99 ${stats.p99} ms)`,
			late.length === 0 && connectionErrors === 0,
		],
		[
			`exactly one successful execution per delivery (${c.success} successful of ${c.recorded} recorded, ${total} sent)`,
			c.recorded === total &&
				c.success === total &&
				(c.distinct === undefined || c.distinct === total),
		],
	];
	for (const [name, ok] of targets)
		console.log(`[${mode} ${rate}/s] ${ok ? 'PASS' : 'FAIL'} ${name}`);
	const passed = targets.every(([, ok]) => ok);
	if (!passed && target.logs)
		console.log(`[${mode} ${rate}/s] n8n's log (last lines):\n${target.logs()}`);
	const report = {
		mode,
		describe: target.describe,
		passed,
		rate,
		seconds: SECONDS,
		total,
		sentSeconds,
		answeredSeconds,
		answeredOk: total - notOk.length,
		answeredLate: late.length,
		connectionErrors,
		latencyMs: stats,
		medianMsPerSecond: bySecond,
		executions: c.recorded,
		successful: c.success,
		failed: c.failed,
		...(c.distinct !== undefined ? { distinctDeliveries: c.distinct } : {}),
		drainSeconds: c.drainSeconds,
		machine: `${os.cpus().length} CPUs (${os.cpus()[0]?.model?.trim()}), load before ${loadBefore}, after the burst ${loadAfterBurst}`,
		settings: target.settings,
		n8n: lib.N8N_VERSION ?? lib.line().n8n,
		node: lib.NODE_VERSION,
		at: new Date().toISOString(),
	};
	save(report);
	return { passed, counts: plus(base, c) };
}

async function runMode(mode) {
	if (!TARGETS[mode]) throw new Error(`unknown LOAD_MODE ${mode} (regular, queue, devkit)`);
	if (mode !== 'devkit') await lib.ensureInstalled();
	const timings = [];
	const loadBefore = load();
	const target = await TARGETS[mode]({ timings });
	for (const [name, ms] of timings) console.log(`   ${name}: ${lib.seconds(ms)}`);
	try {
		console.log(
			`[${mode}] ${target.describe}\n[${mode}] bursts of ${SECONDS} s at ${RATES.join(', ')}/s to ${(target.urls ?? [target.url]).join(' ')} (load before: ${loadBefore})`,
		);
		// A production n8n is warm: a few deliveries first load the node, credential and workflow caches.
		const warm = await burst(target.urls ?? [target.url], {
			rate: 20,
			total: WARMUP,
			prefix: 'warm',
		});
		const base = await settle(target, WARMUP, undefined, 'warm');
		console.log(
			`[${mode}] warm-up: ${warm.results.filter((r) => r.ok).length}/${WARMUP} answered OK, ${base.success} executions`,
		);
		let passed = true;
		let done = base;
		for (const [n, rate] of RATES.entries()) {
			const r = await measure(mode, target, rate, done, `load-r${n}`);
			passed = passed && r.passed;
			done = r.counts;
		}
		return passed;
	} catch (error) {
		if (target.logs) console.log(target.logs().split('\n').slice(-20).join('\n'));
		throw error;
	} finally {
		await target.stop();
	}
}

async function main() {
	const verdicts = [];
	for (const mode of MODES) verdicts.push([mode, await runMode(mode)]);
	console.log(
		`\nload: ${verdicts.map(([m, ok]) => `${m} ${ok ? 'PASSED' : 'FAILED'}`).join(', ')} at ${RATES.join(', ')}/s for ${SECONDS} s each`,
	);
	process.exitCode = verdicts.every(([, ok]) => ok) ? 0 : 1;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
