'use strict';
// Shared by scripts/e2e.js, scripts/n8n.js and scripts/screenshot.js (installing n8n: n8n-install.js;
// serving it: n8n-server.js): installs Node 24 and a pinned
// n8n into .cache/n8n/ (once), packs this package and installs the tarball as a community package
// into a temp N8N_USER_FOLDER, imports the fake-vendor credentials and the example workflows, runs
// n8n commands (always as async child processes: the fake vendors live in this process and must keep
// answering), and starts/stops `n8n start`.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const install = require('./n8n-install');
const { http, startServer, setupOwnerAndLogin } = require('./n8n-server');

const {
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
	n8nBin,
	lineEnv,
	log,
	seconds,
	run,
	mustRun,
	ensureInstalled,
} = install;
const { freePort, portIsFree, n8nEnv } = require('./n8n-env');

// dist/'s JavaScript, declarations, icons and codex files (no source maps, no tsc build info).
const ALLOWED_IN_TARBALL =
	/^(dist\/.+\.(js|d\.ts|svg|png|node\.json)|README\.md|LICENSE|package\.json)$/;

/**
 * `npm pack`s this package into `dir`; returns {tarball, files, unexpected}. `files` are the
 * tarball's paths; `unexpected` those ALLOWED_IN_TARBALL does not allow.
 */
async function packPackage(dir) {
	const { stdout } = await mustRun(
		'npm',
		['pack', '--json', '--pack-destination', dir, '--ignore-scripts'],
		{ cwd: ROOT },
	);
	const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
	const files = info.files.map((f) => f.path);
	return {
		tarball: path.join(dir, info.filename),
		files,
		unexpected: files.filter((f) => !ALLOWED_IN_TARBALL.test(f)),
	};
}

/** The same check on `npm pack --dry-run --json` (no tarball written). */
async function packDryRun() {
	const { stdout } = await mustRun('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: ROOT,
	});
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
	await mustRun(
		'npm',
		[...README_INSTALL_ARGS, tarball, '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir },
	);
	const installed = path.join(nodesDir, 'node_modules', PACKAGE.name);
	if (!fs.existsSync(path.join(installed, 'package.json')))
		throw new Error(`package not installed at ${installed}`);
	const stray = fs
		.readdirSync(path.join(nodesDir, 'node_modules'))
		.filter((d) => !d.startsWith('.') && d !== PACKAGE.name);
	if (stray.length)
		throw new Error(
			`installing the tarball also installed ${stray.join(', ')}: the package must bring no dependencies`,
		);
	return installed;
}

/** A fresh n8n home: temp N8N_USER_FOLDER and encryption key. */
function makeInstance(prefix = 'n8n-meeting-admin-') {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	return { userFolder, encryptionKey: crypto.randomBytes(24).toString('hex') };
}

async function n8n(instance, args, options = {}) {
	return run(nodeBin(), [n8nBin(), ...args], {
		cwd: instance.userFolder,
		env: await n8nEnv(instance),
		timeoutMs: 180000,
		...options,
	});
}

async function mustN8n(instance, args, options) {
	const result = await n8n(instance, args, options);
	if (result.code !== 0)
		throw new Error(
			`n8n ${args.join(' ')} exited ${result.code ?? result.signal}\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`,
		);
	return result;
}

/** Deterministic 16-character workflow id for an example that has none. */
function workflowIdFor(file) {
	return `ex${crypto.createHash('sha1').update(file).digest('hex').slice(0, 14)}`;
}

/**
 * Copies examples/*.json into a temp dir (adding ids; `localize` points the vendors' real API hosts
 * in HTTP Request URLs at the fakes); returns [{file, id, name, workflow}].
 */
function prepareExamples(instance, localize = (workflow) => workflow) {
	const dir = path.join(ROOT, 'examples');
	const out = path.join(instance.userFolder, 'examples');
	fs.mkdirSync(out, { recursive: true });
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = localize(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
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
			const end = lines
				.map((l, i) => (l === '}' ? i : -1))
				.filter((i) => i >= start)
				.pop();
			try {
				json = JSON.parse(lines.slice(start, end + 1).join('\n'));
			} catch {
				json = undefined;
			}
		}
	}
	return {
		code: result.code,
		signal: result.signal,
		json,
		status: json?.status,
		stdout: result.stdout,
		stderr: result.stderr,
	};
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
		return {
			file,
			name: `${pkg.name}.${description.name}`,
			usableAsTool: Boolean(description.usableAsTool ?? node.nodeVersions),
		};
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
	const examples = prepareExamples(instance, demo.localize);
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
	n8nBin,
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
	n8nEnv,
};
