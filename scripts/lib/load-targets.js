'use strict';
// The targets scripts/load-triggers.js sends its burst to, each the published Tencent trigger
// workflow (trigger -> No Op) behind a production webhook URL:
//   regular  `n8n start` alone on SQLite, tuned the way an operator tunes a single instance for
//            webhook load (WAL pool, warn logs, no progress saving, a production concurrency limit);
//   queue    n8n's queue mode: main (editor, activation; serves no production webhooks), a webhook
//            processor (`n8n webhook`, answers and enqueues), worker(s), Redis and PostgreSQL;
//   devkit   the node through n8n-core's WebhookContext and engine, no server or database.
// Each returns {url, id, describe, counts() -> {recorded, success, failed, distinct?}, stop()}.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const lib = require('./real-n8n');
const services = require('./services');
const {
	startTriggerInstance,
	executionsOf,
	workflows,
	credentialExport,
	deliver,
} = require('./triggers-e2e');

const { COMMON, REGULAR, NOISE, describeEngine } = require('./load-settings');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function regularTarget({ timings }) {
	const run = await startTriggerInstance({ timings, env: REGULAR, only: ['tencent'] });
	const { url, id } = run.workflows.tencent;
	return {
		url,
		id,
		describe: `regular mode (expression engine ${describeEngine(REGULAR)}): one n8n process, SQLite (pool ${REGULAR.DB_SQLITE_POOL_SIZE}, WAL), production concurrency limit ${REGULAR.N8N_CONCURRENCY_PRODUCTION_LIMIT}`,
		settings: REGULAR,
		async counts() {
			const recorded = (await executionsOf(run, id)).count;
			const success = (await executionsOf(run, id, ['success'])).count;
			const failed = (await executionsOf(run, id, ['error', 'crashed'])).count;
			return { recorded, success, failed };
		},
		stop: () => run.stop(),
	};
}

function spawnN8n(instance, args, env, { nice = 0 } = {}) {
	const argv = [lib.nodeBin(), lib.n8nBin(), ...args];
	const child = nice
		? spawn('nice', ['-n', String(nice), ...argv], {
				cwd: instance.userFolder,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			})
		: spawn(argv[0], argv.slice(1), {
				cwd: instance.userFolder,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	const exit = new Promise((r) =>
		child.once('exit', (code, signal) => r((exited = { code, signal }))),
	);
	return {
		child,
		logs: () => output,
		exited: () => exited,
		async stop() {
			if (exited) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
			await exit;
			clearTimeout(timer);
		},
	};
}

async function queueTarget({ timings }) {
	const WORKERS = Number(process.env.LOAD_WORKERS || 1);
	const CONCURRENCY = Number(process.env.LOAD_WORKER_CONCURRENCY || 20);
	const HOOKS = Number(process.env.LOAD_WEBHOOK_PROCESSES || 1);
	const mark = (name, t) => timings.push([name, Date.now() - t]);
	let t = Date.now();
	const backend = await services.startQueueBackend();
	mark('Redis + PostgreSQL', t);
	const processes = [];
	const instance = lib.makeInstance('n8n-meeting-admin-load-queue-');
	const stop = async () => {
		for (const p of processes.reverse()) await p.stop().catch(() => {});
		await backend.stop();
		lib.removeInstance(instance);
	};
	try {
		// One n8n folder shared by every process (as a shared volume would be): the package is installed once.
		instance.env = {
			...COMMON,
			// n8n's default pool of 2 connections per process queues every query under load.
			DB_POSTGRESDB_POOL_SIZE: process.env.LOAD_PG_POOL || '10',
			...backend.env,
			QUEUE_HEALTH_CHECK_ACTIVE: 'false',
			// Production webhooks go to the webhook processor only.
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		};
		t = Date.now();
		const packed = await lib.packPackage(instance.userFolder);
		await lib.installCommunityPackage(instance.userFolder, packed.tarball);
		mark('pack + install', t);
		t = Date.now();
		await lib.importCredentials(instance, credentialExport());
		const w = workflows().find((x) => x.vendor === 'tencent');
		const file = path.join(instance.userFolder, 'tencent.json');
		fs.writeFileSync(file, JSON.stringify(w.workflow));
		const n8n = async (args) => {
			const r = await lib.run(lib.nodeBin(), [lib.n8nBin(), ...args], {
				cwd: instance.userFolder,
				env: await lib.n8nEnv(instance),
				timeoutMs: 180000,
			});
			if (r.code !== 0)
				throw new Error(
					`n8n ${args.join(' ')} exited ${r.code ?? r.signal}\n${(r.stdout + r.stderr).split('\n').slice(-20).join('\n')}`,
				);
		};
		await n8n(['import:workflow', `--input=${file}`]);
		await n8n(['publish:workflow', `--id=${w.id}`]);
		mark('import + publish workflow', t);
		t = Date.now();
		const server = await lib.startServer(instance);
		processes.push(server);
		// Workers get a lower CPU priority: on separate machines they would not compete with the webhook processor.
		for (let i = 0; i < WORKERS; i++)
			processes.push(
				spawnN8n(instance, ['worker', `--concurrency=${CONCURRENCY}`], await lib.n8nEnv(instance), {
					nice: 10,
				}),
			);
		// Webhook processors, each on its own port; the sender spreads deliveries over them as a load balancer would.
		const hooks = [];
		const urls = [];
		for (let i = 0; i < HOOKS; i++) {
			const port = await lib.freePort();
			const hook = spawnN8n(
				instance,
				['webhook'],
				await lib.n8nEnv(instance, {
					N8N_PORT: String(port),
					N8N_LISTEN_ADDRESS: '127.0.0.1',
					...(process.env.LOAD_WEBHOOK_NODE_OPTIONS
						? { NODE_OPTIONS: process.env.LOAD_WEBHOOK_NODE_OPTIONS }
						: {}),
				}),
			);
			hooks.push(hook);
			processes.push(hook);
			urls.push(`http://127.0.0.1:${port}/webhook/${w.webhookId}/webhook`);
		}
		// An empty unsigned POST is refused by the trigger (403, no execution) once the webhook is registered.
		for (const [i, url] of urls.entries()) {
			for (const deadline = Date.now() + 120000; ; ) {
				const r = await deliver(url, { body: '{}' }).catch(() => ({ status: 0 }));
				if (r.status === 403) break;
				if (hooks[i].exited())
					throw new Error(
						`n8n webhook exited:\n${hooks[i].logs().split('\n').slice(-20).join('\n')}`,
					);
				if (Date.now() > deadline)
					throw new Error(
						`${url} not served after 120 s:\n${hooks[i].logs().split('\n').slice(-20).join('\n')}`,
					);
				await sleep(500);
			}
		}
		mark(`main + ${WORKERS} worker(s) + ${HOOKS} webhook processor(s) up`, t);
		const psql = backend.psql;
		return {
			url: urls[0],
			urls,
			id: w.id,
			describe: `queue mode (expression engine ${describeEngine(COMMON)}): main + ${HOOKS} webhook processor(s) + ${WORKERS} worker(s) (concurrency ${CONCURRENCY}, nice 10), Redis, PostgreSQL`,
			settings: {
				...instance.env,
				webhookProcessors: HOOKS,
				workers: WORKERS,
				workerConcurrency: CONCURRENCY,
				DB_POSTGRESDB_PORT: undefined,
				QUEUE_BULL_REDIS_PORT: undefined,
			},
			async counts(prefix = 'load') {
				const byStatus = Object.fromEntries(
					psql(
						`select status, count(*) from execution_entity where "workflowId" = '${w.id}' group by status`,
					)
						.split('\n')
						.filter(Boolean)
						.map((l) => l.split('|')),
				);
				const n = (s) => Number(byStatus[s] ?? 0);
				const recorded = Object.values(byStatus).reduce((a, b) => a + Number(b), 0);
				// Each delivery carries its own GroupId (<prefix>-<i>): distinct ids among the executions prove no delivery ran twice.
				const distinct = Number(
					psql(
						`select count(distinct substring(d.data from '${prefix}-[0-9]+')) from execution_data d join execution_entity e on e.id = d."executionId" where e."workflowId" = '${w.id}'`,
					) || 0,
				);
				return {
					recorded,
					success: n('success'),
					failed: n('error') + n('crashed'),
					distinct,
					byStatus,
				};
			},
			logs: () =>
				processes
					.map(
						(p, i) =>
							`-- ${i === 0 ? 'main' : hooks.includes(p) ? 'webhook' : 'worker'}:\n${p
								.logs()
								.split('\n')
								.filter((l) => l.trim() && !NOISE.test(l))
								.slice(-12)
								.join('\n')}`,
					)
					.join('\n'),
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

async function devkitTarget() {
	const { serveTrigger } = require(path.join(lib.ROOT, 'devkit', 'webhook.js'));
	const w = workflows().find((x) => x.vendor === 'tencent');
	const credentials = Object.fromEntries(
		credentialExport().map((c) => [c.id, { type: c.type, data: c.data }]),
	);
	const served = await serveTrigger(w.workflow, { credentials });
	return {
		url: served.url,
		id: w.id,
		describe:
			'devkit: the node through n8n-core (WebhookContext + engine), no n8n server or database',
		settings: {},
		async counts() {
			const success = served.executions.filter((e) => e.result?.status === 'success').length;
			return {
				recorded: served.executions.length,
				success,
				failed: served.executions.length - success,
			};
		},
		stop: () => served.stop(),
	};
}

const TARGETS = { regular: regularTarget, queue: queueTarget, devkit: devkitTarget };

module.exports = { TARGETS };
