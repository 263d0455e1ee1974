#!/usr/bin/env node
'use strict';
// Load test of the Tencent Cloud Chat Trigger in a real n8n (npm run load:triggers; needs
// `npm run build` and the cached n8n of `npm run e2e`). A burst of signed after-callbacks
// (RATE per second for SECONDS, each a distinct event) goes to the production webhook URL;
// every answer must be Tencent's OK within its 2 s timeout, and n8n must record exactly one
// successful execution per delivery. Prints latency percentiles and writes bench/triggers-load.json.
// LOAD_TARGET=devkit sends the same burst to the trigger served by devkit/webhook.js (n8n-core's
// WebhookContext and engine, no n8n server or database): the node's own cost.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const lib = require('./lib/real-n8n');
const { startTriggerInstance, executionsOf, senders, tencentSamples, deliver } = require('./lib/triggers-e2e');

const RATE = Number(process.env.LOAD_RATE ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The devkit stand-in for a real n8n: same workflow, same URLs shape, executions counted in-process. */
async function startDevkitTarget() {
	const { serveTrigger } = require(path.join(lib.ROOT, 'devkit', 'webhook.js'));
	const { workflows, credentialExport } = require('./lib/triggers-e2e');
	const w = workflows().find((x) => x.vendor === 'tencent');
	const credentials = Object.fromEntries(credentialExport().map((c) => [c.id, { type: c.type, data: c.data }]));
	const served = await serveTrigger(w.workflow, { credentials });
	const count = () => Object.assign([], { count: served.executions.length });
	return {
		workflows: { tencent: { id: w.id, url: served.url } },
		executionsOf: async (_run, _id, status) => {
			if (!status) return count();
			const ok = served.executions.filter((e) => e.result?.status === 'success').length;
			return Object.assign([], { count: status.includes('success') ? ok : served.executions.length - ok });
		},
		stop: () => served.stop(),
	};
}

async function main() {
	const devkit = process.env.LOAD_TARGET === 'devkit';
	if (!devkit) await lib.ensureInstalled();
	const timings = [];
	const run = devkit ? await startDevkitTarget() : await startTriggerInstance({ timings });
	const countOf = devkit ? run.executionsOf : executionsOf;
	for (const [name, ms] of timings) console.log(`${name}: ${lib.seconds(ms)}`);
	let failed = 0;
	try {
		const { url, id } = run.workflows.tencent;
		const total = RATE * SECONDS;
		console.log(`burst: ${total} signed callbacks at ${RATE}/s to ${url}`);
		const results = [];
		const started = Date.now();
		const sends = [];
		for (let i = 0; i < total; i++) {
			const due = started + (i * 1000) / RATE;
			const wait = due - Date.now();
			if (wait > 0) await new Promise((r) => setTimeout(r, wait));
			const body = { ...tencentSamples['Group.CallbackAfterNewMemberJoin'](`load-${i}`), Seq: i };
			sends.push(
				deliver(url, senders.tencent.request('Group.CallbackAfterNewMemberJoin', body)).then(
					(r) => results.push({ i, status: r.status, ok: r.json?.ActionStatus === 'OK' && r.json?.ErrorCode === 0, ms: r.ms }),
					(error) => results.push({ i, status: 0, ok: false, ms: Infinity, error: String(error.cause?.code ?? error.message) }),
				),
			);
		}
		await Promise.all(sends);
		const sendSeconds = (Date.now() - started) / 1000;
		// Percentiles over the deliveries n8n answered; resets and timeouts are counted separately.
		const latencies = results.filter((r) => r.status).map((r) => r.ms).sort((a, b) => a - b);
		const stats = Object.fromEntries([50, 90, 95, 99, 100].map((p) => [`p${p}`, Math.round(percentile(latencies, p) * 10) / 10]));
		const notOk = results.filter((r) => !r.ok);
		const late = results.filter((r) => r.ms >= 2000);
		console.log(`sent ${total}, all answered or failed after ${sendSeconds.toFixed(1)} s; answered OK: ${total - notOk.length}; ≥2 s: ${late.length}; connection errors: ${results.filter((r) => !r.status).length}`);
		console.log(`latency ms: ${JSON.stringify(stats)}`);
		if (notOk.length) console.log(`not OK (first 5): ${JSON.stringify(notOk.slice(0, 5))}`);

		const t = Date.now();
		let recorded = 0;
		let success = 0;
		while (Date.now() - t < 300000) {
			recorded = (await countOf(run, id)).count;
			success = (await countOf(run, id, ['success'])).count;
			if (success >= total || (recorded >= total && recorded === success + (await countOf(run, id, ['error', 'crashed'])).count)) break;
			await new Promise((r) => setTimeout(r, 2000));
		}
		await new Promise((r) => setTimeout(r, 2000));
		recorded = (await countOf(run, id)).count;
		success = (await countOf(run, id, ['success'])).count;
		console.log(`executions recorded: ${recorded} (success ${success}) ${lib.seconds(Date.now() - t)} after the burst`);
		// Each OK answer must have started exactly one execution (a refused or reset request none).
		const expected = total - notOk.length;
		if (notOk.length || late.length || recorded !== total || success !== total) failed++;
		if (recorded !== expected) console.log(`executions (${recorded}) differ from OK answers (${expected})`);
		const report = { target: devkit ? 'devkit (n8n-core engine, no server)' : 'real n8n', rate: RATE, seconds: SECONDS, total, sendSeconds, answeredOk: total - notOk.length, answeredLate: late.length, latencyMs: stats, executions: recorded, successful: success, machine: `${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`, n8n: lib.N8N_VERSION, node: lib.NODE_VERSION, at: new Date().toISOString() };
		fs.writeFileSync(path.join(lib.ROOT, 'bench', `triggers-load${devkit ? '-devkit' : ''}.json`), `${JSON.stringify(report, null, 2)}\n`);
	} finally {
		await run.stop();
	}
	console.log(failed ? 'load: FAILED' : 'load: every delivery answered OK within 2 s and started exactly one execution');
	process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
