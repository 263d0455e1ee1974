'use strict';
// Redis and PostgreSQL for n8n's queue mode, from Debian's packages (installed here when missing),
// started on loopback in a temp folder by the test itself and stopped after.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

function sh(cmd, args, options = {}) {
	const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
	if (r.status !== 0)
		throw new Error(
			`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout || '').slice(-2000)}`,
		);
	return r.stdout;
}

const pgBin = () => {
	const base = '/usr/lib/postgresql';
	const version = fs.existsSync(base) ? fs.readdirSync(base).sort().pop() : undefined;
	return version ? path.join(base, version, 'bin') : undefined;
};

/** Installs redis-server and postgresql from Debian when they are not on the machine yet. */
function ensurePackages(log = console.log) {
	const missing = [];
	if (spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).status !== 0)
		missing.push('redis-server');
	if (!pgBin() || !fs.existsSync(path.join(pgBin(), 'initdb'))) missing.push('postgresql');
	if (!missing.length) return;
	log(`   installing ${missing.join(', ')} from Debian…`);
	sh('apt-get', ['update', '-qq']);
	sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

async function waitUntil(what, check, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (check()) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

async function startRedis(port) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-redis-'));
	const child = spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
		],
		{ stdio: 'ignore' },
	);
	await waitUntil(
		'redis',
		() =>
			spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() ===
			'PONG',
	);
	return {
		port,
		async stop() {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** A throwaway PostgreSQL cluster (trust auth on loopback), run as the postgres user: it refuses root. */
async function startPostgres(port) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-pg-'));
	fs.chownSync(
		dir,
		Number(sh('id', ['-u', 'postgres']).trim()),
		Number(sh('id', ['-g', 'postgres']).trim()),
	);
	const bin = pgBin();
	const asPostgres = (cmd, args) =>
		sh('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]);
	asPostgres('initdb', ['-D', dir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
	asPostgres('pg_ctl', [
		'-D',
		dir,
		'-o',
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
		'-l',
		path.join(dir, 'log'),
		'-w',
		'start',
	]);
	asPostgres('createdb', ['-h', '127.0.0.1', '-p', String(port), 'n8n']);
	return {
		port,
		async stop() {
			try {
				asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
			}
		},
	};
}

/**
 * Redis and PostgreSQL for one queue-mode n8n (main, workers, webhook processors) on free loopback
 * ports: `env`, what every one of its processes needs; `psql(sql)`, a query's output; `stop()`.
 */
async function startQueueBackend() {
	ensurePackages();
	const { freePort } = require('./n8n-env');
	const [redisPort, pgPort] = [await freePort(), await freePort()];
	const redis = await startRedis(redisPort);
	const pg = await startPostgres(pgPort).catch(async (error) => {
		await redis.stop();
		throw error;
	});
	return {
		env: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(pgPort),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: '',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
		},
		psql: (sql) =>
			spawnSync(
				'runuser',
				[
					'-u',
					'postgres',
					'--',
					'psql',
					'-h',
					'127.0.0.1',
					'-p',
					String(pgPort),
					'-d',
					'n8n',
					'-tAc',
					sql,
				],
				{ encoding: 'utf8' },
			).stdout.trim(),
		async stop() {
			try {
				await redis.stop();
			} finally {
				await pg.stop();
			}
		},
	};
}

module.exports = { ensurePackages, startRedis, startPostgres, startQueueBackend };
