#!/usr/bin/env node
'use strict';
// npm run n8n: a real n8n on http://127.0.0.1:5678 with this package installed as a community
// package, the fake vendors running, their credentials and every example workflow imported, and an
// owner account set up — click through every operation without any vendor account. Ctrl-C stops
// everything (n8n, the fakes, the temp N8N_USER_FOLDER). Builds first when dist/ is missing or stale.
// Environment: N8N_DEMO_PORT (default 5678), KEEP_N8N_TMP=1 keeps the temp folder.
const path = require('node:path');
const lib = require('./lib/real-n8n');
const { ensureBuilt } = require('./lib/ensure-built');

/** Starts the demo n8n; returns {server, demo, instance, examples, login, stop()}. Used by screenshot.js too. */
async function startDemo({
	port = Number(process.env.N8N_DEMO_PORT || 5678),
	log = console.log,
} = {}) {
	const t0 = Date.now();
	ensureBuilt({ log });
	const install = await lib.ensureInstalled();
	log(
		install.cached
			? `n8n ${lib.line().n8n} (cached in ${path.relative(lib.ROOT, lib.line().dir)})`
			: `installed n8n ${lib.line().n8n} in ${lib.seconds(install.ms)}`,
	);
	if (!(await lib.portIsFree(port)))
		throw new Error(`port ${port} on 127.0.0.1 is busy (set N8N_DEMO_PORT)`);
	const prepared = await lib.prepareDemoInstance();
	const { instance, demo, examples } = prepared;
	let server;
	try {
		log(
			`imported ${examples.length} example workflow(s) and ${demo.credentialExport.length} credential(s); starting n8n…`,
		);
		server = await lib.startServer(instance, { port });
		const login = await lib.setupOwnerAndLogin(server.url);
		log(`ready in ${lib.seconds(Date.now() - t0)}`);
		let stopped = false;
		return {
			server,
			demo,
			instance,
			examples,
			login,
			async stop() {
				if (stopped) return;
				stopped = true;
				await server.stop();
				await demo.stop();
				lib.removeInstance(instance);
			},
		};
	} catch (error) {
		if (server) await server.stop();
		await demo.stop();
		lib.removeInstance(instance);
		throw error;
	}
}

async function main() {
	const running = await startDemo();
	const { server, demo, examples } = running;
	console.log(`
n8n ${lib.line().n8n} is running: ${server.url}   (pid ${server.pid})
  log in as   ${lib.OWNER.email}
  password    ${lib.OWNER.password}

Fake vendors (credentials already point at them):
${demo.vendors.map((v) => `  ${v.name.padEnd(22)} ${v.fake.url}   credential "${v.credential.name}"`).join('\n')}

Example workflows (open one, then "Execute workflow"):
${examples.map((e) => `  ${server.url}/workflow/${e.id}   ${e.name}`).join('\n')}

Ctrl-C stops n8n and the fakes.`);
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nstopping…');
		await running.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	server.child.on('exit', async (code, signal) => {
		if (stopping) return;
		console.error(
			`n8n exited unexpectedly (${code ?? signal}). Last log lines:\n${server.logs().split('\n').slice(-20).join('\n')}`,
		);
		await demo.stop();
		lib.removeInstance(running.instance);
		process.exit(1);
	});
}

module.exports = { startDemo };

if (require.main === module) {
	main().catch((error) => {
		console.error(error.stack || error);
		process.exit(1);
	});
}
