'use strict';
// Process helpers of scripts/e2e-queue.js: spawning n8n processes of a queue-mode instance, running
// an n8n command that must succeed, and the bounded waits for workers and webhook registration.
const path = require('node:path');
const { spawn } = require('node:child_process');
const lib = require('./real-n8n');

function spawnN8n(instance, args, env) {
	const child = spawn(
		lib.nodeBin(),
		[path.join(lib.line().dir, 'app', 'node_modules', 'n8n', 'bin', 'n8n'), ...args],
		{ cwd: instance.userFolder, env, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise((r) => child.once('exit', r));
	return {
		child,
		logs: () => output,
		stop: async () => {
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
			await exited;
			clearTimeout(timer);
		},
	};
}

async function mustN8n(instance, args) {
	const r = await lib.run(lib.nodeBin(), [lib.n8nBin(), ...args], {
		cwd: instance.userFolder,
		env: await envFor(instance),
		timeoutMs: 180000,
	});
	if (r.code !== 0)
		throw new Error(
			`n8n ${args.join(' ')} exited ${r.code ?? r.signal}\n${(r.stdout + r.stderr).split('\n').slice(-20).join('\n')}`,
		);
	return r;
}

/**
 * Waits (bounded) until every worker has logged that it takes jobs; a worker that exits fails
 * clearly. One still silent at the deadline is reported and the run goes on (jobs wait in Redis;
 * "both workers executed workflows" below decides).
 */
async function workersReady(workers, timeoutMs = 120000) {
	const deadline = Date.now() + timeoutMs;
	for (const [i, w] of workers.entries()) {
		while (!/n8n worker is now ready/.test(w.logs())) {
			const tail = w.logs().split('\n').slice(-20).join('\n');
			if (w.child.exitCode !== null || w.child.signalCode)
				throw new Error(
					`worker ${i + 1} exited (${w.child.exitCode ?? w.child.signalCode}) before it was ready:\n${tail}`,
				);
			if (Date.now() > deadline) {
				console.log(
					`   worker ${i + 1} logged no "n8n worker is now ready" within ${lib.seconds(timeoutMs)}; going on. Its last lines:\n${tail}`,
				);
				break;
			}
			await new Promise((r) => setTimeout(r, 250));
		}
	}
}

/** Repeats `send` while the webhook answers 404 (not registered yet), up to `timeoutMs`. */
async function untilRegistered(send, server, timeoutMs = 120000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const answer = await send();
		if (answer.status !== 404) return answer;
		if (Date.now() > deadline)
			throw new Error(
				`the webhook still answered 404 after ${lib.seconds(timeoutMs)}: ${answer.text.slice(0, 200)}\n${server.logs().split('\n').slice(-20).join('\n')}`,
			);
		await new Promise((r) => setTimeout(r, 250));
	}
}

async function envFor(instance, extra = {}) {
	// The lib's n8nEnv is internal; build the same environment through startServer's helper.
	return await lib.n8nEnv(instance, extra);
}

module.exports = { spawnN8n, mustN8n, workersReady, untilRegistered, envFor };
