#!/usr/bin/env node
'use strict';
// Queue mode end to end (npm run e2e:queue): the packed package in n8n's queue mode — a main
// instance, 2 workers, Redis and PostgreSQL, all on loopback, started here and stopped after —
// executing workflows in parallel against the DingTalk fake, which enforces DingTalk's 20 calls/s
// per app and API. Every worker paces on its own; adaptive pacing must keep the aggregate under the
// limit. Prints the aggregate rate, throttled answers and lost items; fails when a target is missed:
// aggregate ≤ the limit and ≥ 85 % of it, throttled ≤ 5 % of calls, no lost item.
// `--report-rate` (what `npm run test:all` and CI use) prints the ≥ 85 % figure without failing on
// it: it is a throughput target measured on a shared 2-core machine, where it lands at 86-88 %,
// while staying under the limit, throttled answers and lost items are correctness, and always fail.
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib/real-n8n');
const services = require('./lib/services');
const { FakeDingTalk } = require('../devkit/fakes/dingtalk');
const { spawnN8n, mustN8n, workersReady, untilRegistered, envFor } = require('./lib/queue-helpers');

const WORKERS = 2;
const EXECUTIONS = Number(process.env.QUEUE_EXECUTIONS || 40);
const ITEMS = Number(process.env.QUEUE_ITEMS || 20);
const LIMIT = 20;
const APP = { clientId: 'queue-app', clientSecret: 'queue-secret-0123456789' };

const REPORT_RATE = process.argv.includes('--report-rate');

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
	if (ok) passed++;
	else failed++;
	console.log(`  ${ok ? '✓' : '✗'} ${name}${!ok && detail ? `\n      ${detail}` : ''}`);
}

/** A throughput target: a failure unless --report-rate, then a printed miss. */
function target(name, ok) {
	if (ok || !REPORT_RATE) return check(name, ok);
	console.log(`  △ ${name}: missed on this run (reported, not failed: --report-rate)`);
}

/** Webhook → Split Out the ids → DingTalk Lock, one call per item; retries generous so no item is lost. */
function workflow() {
	return {
		id: 'queueLockWorkflow1',
		name: 'Queue mode: lock conferences',
		nodes: [
			{
				id: 'w1',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'queue-lock',
				parameters: {
					httpMethod: 'POST',
					path: 'queue-lock',
					responseMode: 'onReceived',
					options: {},
				},
			},
			{
				id: 'w2',
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [220, 0],
				parameters: { fieldToSplitOut: 'body.ids', options: {} },
			},
			{
				id: 'w3',
				name: 'Lock',
				type: 'n8n-nodes-meeting-admin.dingTalk',
				typeVersion: 1,
				position: [440, 0],
				credentials: { dingTalkApi: { id: 'queue-dingtalk', name: 'DingTalk (queue)' } },
				parameters: {
					resource: 'videoConference',
					operation: 'lock',
					conferenceId: '={{ $json.ids ?? $json["body.ids"] ?? $json }}',
					options: { maxRetries: 8 },
				},
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
			'Split Out': { main: [[{ node: 'Lock', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

async function main() {
	lib.useLine('2');
	console.log(
		`e2e:queue: n8n ${lib.line().n8n}, queue mode with ${WORKERS} workers, ${EXECUTIONS} executions × ${ITEMS} items against a ${LIMIT}/s limit`,
	);
	await lib.ensureInstalled();
	const backend = await services.startQueueBackend();
	const fake = await new FakeDingTalk({ qps: LIMIT, latencyMs: 25 }).start();
	const processes = [];
	const instances = [];
	try {
		fake.addApp(APP);
		const ids = Array.from({ length: EXECUTIONS * ITEMS }, (_, i) => `queue-conf-${i}`);
		ids.forEach((id) => fake.addConference(id));
		const shared = {
			...backend.env,
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		};
		// Main and each worker have their own n8n folder with the package installed, as on separate machines.
		const main = lib.makeInstance('n8n-queue-main-');
		const packed = await lib.packPackage(main.userFolder);
		for (let i = 0; i <= WORKERS; i++) {
			const instance =
				i === 0
					? main
					: { ...lib.makeInstance(`n8n-queue-worker${i}-`), encryptionKey: main.encryptionKey };
			instance.env = shared;
			await lib.installCommunityPackage(instance.userFolder, packed.tarball);
			instances.push(instance);
		}
		const file = path.join(main.userFolder, 'wf.json');
		fs.writeFileSync(file, JSON.stringify(workflow()));
		await lib.importCredentials(main, [
			{
				id: 'queue-dingtalk',
				name: 'DingTalk (queue)',
				type: 'dingTalkApi',
				data: { appType: 'internal', ...APP, baseUrl: fake.url },
			},
		]);
		await mustN8n(main, ['import:workflow', `--input=${file}`]);
		await mustN8n(main, ['publish:workflow', '--id=queueLockWorkflow1']);
		for (let i = 1; i <= WORKERS; i++) {
			processes.push(
				spawnN8n(
					instances[i],
					['worker', '--concurrency=10'],
					await envFor(instances[i], { QUEUE_HEALTH_CHECK_ACTIVE: 'false' }),
				),
			);
		}
		const server = await lib.startServer(main);
		processes.push(server);
		console.log(
			`   main at ${server.url} after ${lib.seconds(Date.now() - t0)}; workers ${processes
				.slice(0, WORKERS)
				.map((p) => p.child.pid)
				.join(', ')}`,
		);
		await workersReady(processes.slice(0, WORKERS));
		// The REST API answers before the active workflow's webhook is registered: until then the
		// webhook answers 404 and starts nothing, so the first delivery retries (bounded).
		const deliver = (e) =>
			lib.http(server.url, 'POST', '/webhook/queue-lock', {
				body: { ids: ids.slice(e * ITEMS, (e + 1) * ITEMS) },
			});
		const first = await untilRegistered(() => deliver(0), server);
		const started = Date.now();
		const answers = [
			first,
			...(await Promise.all(Array.from({ length: EXECUTIONS - 1 }, (_, e) => deliver(e + 1)))),
		];
		check(
			'every delivery accepted by the main instance',
			answers.every((a) => a.status === 200),
			`${answers.map((a) => a.status).join(',')} ${answers[0].text.slice(0, 300)}\n${server.logs().split('\n').slice(-25).join('\n')}`,
		);
		// Wait until every conference is locked or nothing has moved for 30 s.
		let last = -1;
		let still = Date.now();
		for (;;) {
			const locked = ids.filter((id) => fake.conferences.get(id).locked).length;
			if (locked === ids.length) break;
			if (locked !== last) {
				last = locked;
				still = Date.now();
			} else if (Date.now() - still > 30000) break;
			await new Promise((r) => setTimeout(r, 500));
		}
		const calls = fake.calls(/\/lock$/);
		const ok = calls.filter((c) => c.status === 200);
		const throttled = calls.filter((c) => c.status === 403).length;
		const at = ok.map((c) => c.at).sort((a, b) => a - b);
		const span = (at[at.length - 1] - at[0]) / 1000;
		const overall = (at.length - 1) / span;
		// The steady phase: the middle 80 % of the calls, without the start (workers picking up jobs)
		// and the tail (one worker's executions done, the other's last items).
		const [from, to] = [Math.floor(at.length * 0.1), Math.floor(at.length * 0.9)];
		const rate = (to - from) / ((at[to] - at[from]) / 1000);
		const lost = ids.filter((id) => !fake.conferences.get(id).locked).length;
		const byStatus = backend
			.psql('select status, count(*) from execution_entity group by status')
			.replace(/\n/g, ', ');
		console.log(
			`   ${ok.length} calls applied in ${span.toFixed(1)} s: ${overall.toFixed(1)} calls/s overall, ${rate.toFixed(1)} calls/s in the steady phase (limit ${LIMIT}); ${throttled} throttled answers (${((100 * throttled) / calls.length).toFixed(1)} % of ${calls.length} calls); lost items ${lost}; executions: ${byStatus}; total ${lib.seconds(Date.now() - started)}`,
		);
		check(
			`steady aggregate ≤ the vendor limit (${rate.toFixed(1)} ≤ ${LIMIT})`,
			rate <= LIMIT * 1.02,
		);
		target(
			`steady aggregate ≥ 85 % of the limit (${rate.toFixed(1)} ≥ ${0.85 * LIMIT})`,
			rate >= 0.85 * LIMIT,
		);
		check(
			`throttled answers ≤ 5 % of calls (${throttled} of ${calls.length})`,
			throttled <= 0.05 * calls.length,
		);
		check(`no lost item (${lost})`, lost === 0);
		check(
			'both workers executed workflows',
			processes
				.slice(0, WORKERS)
				.every((p) => /Worker started execution|started execution/i.test(p.logs())),
			processes
				.slice(0, WORKERS)
				.map((p) => p.logs().split('\n').slice(-5).join(' | '))
				.join('\n'),
		);
	} finally {
		for (const p of processes) await p.stop().catch(() => {});
		await fake.stop();
		await backend.stop();
		for (const instance of instances) lib.removeInstance(instance);
	}
}

// The summary line always ends the run, whatever threw or crashed on the way.
const t0 = Date.now();
function summary() {
	console.log(`\ne2e:queue: ${passed} passed, ${failed} failed (${lib.seconds(Date.now() - t0)})`);
	process.exitCode = failed ? 1 : 0;
}
for (const event of ['uncaughtException', 'unhandledRejection']) {
	process.on(event, (error) => {
		failed++;
		console.error(`\n✗ e2e:queue crashed (${event}): ${error?.stack || error}`);
		summary();
		process.exit(1);
	});
}
main()
	.catch((error) => {
		failed++;
		console.error(`\n✗ e2e:queue aborted: ${error.stack || error}`);
	})
	.finally(summary);
