'use strict';
// n8n settings the load targets (load-targets.js) run with — only settings n8n supports: n8n 2.41
// deprecates N8N_EXPRESSION_ENGINE=legacy ("no longer considered secure, and will be removed"), so
// the load test measures n8n's default `vm` engine (isolated-vm) or `quickjs`, with the engine's own
// knobs: LOAD_EXPRESSION_ENGINE (vm|quickjs; unset = n8n's default), LOAD_ENGINE_POOL_SIZE
// (N8N_EXPRESSION_ENGINE_POOL_SIZE, n8n's default 1), LOAD_ENGINE_LAZY_ACQUIRE
// (N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true: take an isolate only when an expression runs).
// Also where each run is kept (bench/triggers-load.json).

const fs = require('node:fs');
const path = require('node:path');

const SUPPORTED_ENGINES = ['vm', 'quickjs'];

function engineSettings(env = process.env) {
	const engine = env.LOAD_EXPRESSION_ENGINE;
	if (engine && !SUPPORTED_ENGINES.includes(engine))
		throw new Error(
			`LOAD_EXPRESSION_ENGINE=${engine}: use ${SUPPORTED_ENGINES.join(' or ')} (n8n 2.41 deprecates legacy; unset = n8n's default vm)`,
		);
	return {
		...(engine ? { N8N_EXPRESSION_ENGINE: engine } : {}),
		...(env.LOAD_ENGINE_POOL_SIZE
			? { N8N_EXPRESSION_ENGINE_POOL_SIZE: env.LOAD_ENGINE_POOL_SIZE }
			: {}),
		...(env.LOAD_ENGINE_LAZY_ACQUIRE
			? { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: env.LOAD_ENGINE_LAZY_ACQUIRE }
			: {}),
	};
}

/** "vm, pool 1, eager" — how the engine was set, n8n's defaults filled in, for reports and bench keys. */
function describeEngine(settings) {
	const engine = settings.N8N_EXPRESSION_ENGINE ?? 'vm';
	const pool = settings.N8N_EXPRESSION_ENGINE_POOL_SIZE ?? '1';
	const lazy = settings.N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE === 'true' ? 'lazy' : 'eager';
	return `${engine}, pool ${pool}, ${lazy} acquire`;
}

/** Settings every process shares: quiet logs, nothing saved mid-run, no telemetry (n8nEnv turns that off). */
const COMMON = {
	N8N_LOG_LEVEL: 'warn',
	EXECUTIONS_DATA_SAVE_ON_PROGRESS: 'false',
	EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'false',
	EXECUTIONS_DATA_PRUNE: 'false',
	...engineSettings(),
};

const REGULAR = {
	...COMMON,
	// A pool > 0 opens SQLite in WAL mode (2.x's default is 3): readers no longer wait for the writer.
	DB_SQLITE_POOL_SIZE: process.env.LOAD_SQLITE_POOL || '4',
	// Executions beyond the limit wait in memory instead of all competing for the event loop at once.
	N8N_CONCURRENCY_PRODUCTION_LIMIT: process.env.LOAD_CONCURRENCY || '20',
};

// Start-up notices that would crowd out the lines that matter in a failure report.
const NOISE =
	/deprecation|^ - [A-Z0-9_]+ ->|Python task runner|Postgres \d+ is not supported|api\.n8n\.io|^\s+at |system task/i;

const BENCH = path.join(__dirname, '..', '..', 'bench', 'triggers-load.json');

/** bench/triggers-load.json keeps the newest run per mode, rate, duration, expression engine and process counts. */
function saveRun(report) {
	let bench = { runs: [] };
	try {
		bench = JSON.parse(fs.readFileSync(BENCH, 'utf8'));
	} catch {
		// first run
	}
	const key = (r) =>
		JSON.stringify([
			r.mode,
			r.rate,
			r.seconds,
			r.mode === 'devkit' ? undefined : describeEngine(r.settings ?? {}),
			r.settings?.webhookProcessors,
			r.settings?.workers,
		]);
	const runs = (bench.runs ?? []).filter((r) => r.mode && key(r) !== key(report));
	bench = {
		note: 'npm run load:triggers (scripts/load-triggers.js). One entry per mode, rate, duration, expression engine setting (engine, pool size, lazy acquire) and process counts; the machine field gives the load average around the run: figures on a busy machine are pessimistic.',
		runs: [...runs, report],
	};
	fs.writeFileSync(BENCH, `${JSON.stringify(bench, null, 2)}\n`);
}

module.exports = {
	COMMON,
	REGULAR,
	NOISE,
	engineSettings,
	describeEngine,
	SUPPORTED_ENGINES,
	saveRun,
};
