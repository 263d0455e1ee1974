'use strict';
// `n8n start` on loopback for the e2e, the editor checks and `npm run n8n`: waits until the REST API
// answers, logs in as the owner, and stops it again.
const { spawn } = require('node:child_process');
const { request } = require('undici');
const { OWNER, nodeBin, n8nBin, seconds } = require('./n8n-install');
const { freePort, n8nEnv } = require('./n8n-env');

async function http(baseUrl, method, urlPath, { body, cookie, headers = {} } = {}) {
	const res = await request(`${baseUrl}${urlPath}`, {
		method,
		headers: {
			'content-type': 'application/json',
			'browser-id': 'meeting-admin-scripts',
			...(cookie ? { cookie } : {}),
			...headers,
		},
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
	const env = await n8nEnv(instance, {
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
	});
	const child = spawn(nodeBin(), [n8nBin(), 'start'], {
		cwd: instance.userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	const exitPromise = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve((exited = { code, signal }))),
	);
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
			if (exited)
				throw new Error(
					`n8n start exited (${exited.code ?? exited.signal}) before ${urlPath} answered:\n${output.split('\n').slice(-30).join('\n')}`,
				);
			if (Date.now() > deadline) {
				await server.stop();
				throw new Error(
					`n8n did not answer ${urlPath} within ${seconds(timeoutMs)}:\n${output.split('\n').slice(-30).join('\n')}`,
				);
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

/**
 * Sets up the owner account (once per database) and logs in; returns the auth cookie header.
 * On a busy machine n8n answers /rest/settings before its auth is ready (seen: a login answered
 * without an n8n-auth cookie), so both steps retry until a cookie is set or `timeoutMs` passes,
 * then fail with every answer that came back.
 */
async function setupOwnerAndLogin(baseUrl, owner = OWNER, { timeoutMs = 90000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	const answers = [];
	let ownerReady = false;
	for (let attempt = 1; ; attempt++) {
		try {
			if (!ownerReady) {
				const setup = await http(baseUrl, 'POST', '/rest/owner/setup', { body: owner });
				// 400: already set up on an existing database; the login below decides.
				ownerReady = setup.status === 200 || setup.status === 400;
				if (!ownerReady)
					throw new Error(
						`POST /rest/owner/setup answered ${setup.status}: ${setup.text.slice(0, 200)}`,
					);
			}
			const first = await http(baseUrl, 'POST', '/rest/login', {
				body: { emailOrLdapLoginId: owner.email, password: owner.password },
			});
			let login = first;
			// Older n8n took `email` instead.
			if (first.status !== 200)
				login = await http(baseUrl, 'POST', '/rest/login', {
					body: { email: owner.email, password: owner.password },
				});
			if (login.status !== 200) {
				// Wrong credentials: the owner setup did not take (a busy n8n); set it up again.
				if (first.status === 401 || login.status === 401) ownerReady = false;
				throw new Error(
					`POST /rest/login answered ${first.status}: ${first.text.slice(0, 200)}${login === first ? '' : `; with "email": ${login.status}`}`,
				);
			}
			const setCookie = [].concat(login.headers['set-cookie'] ?? []);
			const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
			if (!auth)
				throw new Error(
					`login set no n8n-auth cookie (set-cookie: ${setCookie.join(' | ') || 'none'})`,
				);
			return { cookie: auth, token: auth.slice('n8n-auth='.length), user: login.json?.data };
		} catch (error) {
			answers.push(`attempt ${attempt}: ${error.message}`);
			if (Date.now() > deadline)
				throw new Error(
					`could not log in to n8n at ${baseUrl} within ${seconds(timeoutMs)}:\n${answers.slice(-5).join('\n')}`,
				);
			await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 3000)));
		}
	}
}

module.exports = { http, startServer, setupOwnerAndLogin };
