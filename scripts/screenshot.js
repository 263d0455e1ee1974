#!/usr/bin/env node
'use strict';
// npm run screenshot: starts what `npm run n8n` starts (on a free port), logs in with undici, hands
// n8n's auth cookie to headless Chromium (Debian's package: `apt-get install -y chromium`) over the
// DevTools protocol, opens one example workflow in the editor and saves docs/screenshot-editor.png.
// Run `npm run build` first. Environment: CHROMIUM (default /usr/bin/chromium), SCREENSHOT_EXAMPLE
// (an examples/ file name), SCREENSHOT_OUT (default docs/screenshot-editor.png).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { WebSocket } = require('undici');
const lib = require('./lib/real-n8n');
const { startDemo } = require('./n8n');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const EXAMPLE = process.env.SCREENSHOT_EXAMPLE || 'dingtalk-schedule-lock-conferences.json';
const OUT = path.resolve(lib.ROOT, process.env.SCREENSHOT_OUT || 'docs/screenshot-editor.png');
const BROWSER_ID = 'meeting-admin-scripts'; // the browser-id header the login used (lib.http)
const WIDTH = 1440;
const HEIGHT = 810;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launchChromium() {
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-admin-chromium-'));
	const args = [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		`--user-data-dir=${userDataDir}`,
		'--remote-debugging-port=0',
		'--remote-debugging-address=127.0.0.1',
		`--window-size=${WIDTH},${HEIGHT}`,
		'about:blank',
	];
	const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	let exited = false;
	child.on('exit', () => (exited = true));
	const portFile = path.join(userDataDir, 'DevToolsActivePort');
	const deadline = Date.now() + 30000;
	while (!fs.existsSync(portFile) || fs.readFileSync(portFile, 'utf8').split('\n').length < 2) {
		if (exited || Date.now() > deadline) throw new Error(`Chromium did not start (${CHROMIUM}):\n${stderr.slice(-2000)}`);
		await sleep(100);
	}
	const [port, wsPath] = fs.readFileSync(portFile, 'utf8').trim().split('\n');
	return {
		child,
		wsUrl: `ws://127.0.0.1:${port}${wsPath}`,
		async stop() {
			if (!exited) {
				child.kill('SIGTERM');
				await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
				if (!exited) child.kill('SIGKILL');
			}
			fs.rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}

/** A minimal DevTools-protocol client over undici's WebSocket. */
async function connect(wsUrl) {
	const ws = new WebSocket(wsUrl);
	await new Promise((resolve, reject) => {
		ws.addEventListener('open', resolve, { once: true });
		ws.addEventListener('error', reject, { once: true });
	});
	let nextId = 1;
	const pending = new Map();
	const listeners = [];
	ws.addEventListener('message', (event) => {
		const msg = JSON.parse(typeof event.data === 'string' ? event.data : Buffer.from(event.data).toString());
		if (msg.id && pending.has(msg.id)) {
			const { resolve, reject } = pending.get(msg.id);
			pending.delete(msg.id);
			if (msg.error) reject(new Error(`${msg.error.message} ${msg.error.data ?? ''}`));
			else resolve(msg.result);
		} else if (msg.method) {
			listeners.forEach((l) => l(msg));
		}
	});
	return {
		send(method, params = {}, sessionId) {
			const id = nextId++;
			ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
			return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
		},
		on(fn) {
			listeners.push(fn);
		},
		close() {
			ws.close();
		},
	};
}

async function main() {
	if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM)`);
	const t0 = Date.now();
	const running = await startDemo({ port: await lib.freePort() });
	let chromium;
	let cdp;
	try {
		const example = running.examples.find((e) => e.file === EXAMPLE) ?? running.examples[0];
		const url = `${running.server.url}/workflow/${example.id}`;
		chromium = await launchChromium();
		cdp = await connect(chromium.wsUrl);
		const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
		const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
		const s = (method, params) => cdp.send(method, params, sessionId);
		await s('Page.enable');
		await s('Network.enable');
		await s('Emulation.setDeviceMetricsOverride', { width: WIDTH, height: HEIGHT, deviceScaleFactor: 1, mobile: false });
		// The auth cookie is bound to the browser-id sent at login; the editor sends the one in localStorage.
		await s('Page.addScriptToEvaluateOnNewDocument', { source: `try { localStorage.setItem('n8n-browserId', ${JSON.stringify(BROWSER_ID)}); } catch (e) {}` });
		await s('Network.setCookie', { name: 'n8n-auth', value: running.login.token, url: running.server.url, path: '/', httpOnly: true });
		console.log(`opening ${url} (${example.name})`);
		await s('Page.navigate', { url });
		const expected = example.workflow.nodes.length;
		const deadline = Date.now() + 90000;
		let state;
		for (;;) {
			const { result } = await s('Runtime.evaluate', {
				expression: `JSON.stringify({ path: location.pathname, nodes: document.querySelectorAll('.vue-flow__node').length })`,
				returnByValue: true,
			});
			state = JSON.parse(result.value);
			if (state.nodes >= expected) break;
			if (Date.now() > deadline) throw new Error(`the canvas did not show ${expected} nodes (page ${state.path}, ${state.nodes} nodes)`);
			await sleep(500);
		}
		// Let the canvas fit the view and fonts/icons settle; dismiss any toast.
		await sleep(3000);
		await s('Runtime.evaluate', { expression: `document.querySelectorAll('.el-notification__closeBtn').forEach((b) => b.click())` });
		await sleep(500);
		const { data } = await s('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false });
		fs.mkdirSync(path.dirname(OUT), { recursive: true });
		fs.writeFileSync(OUT, Buffer.from(data, 'base64'));
		console.log(`saved ${path.relative(lib.ROOT, OUT)} (${state.nodes} nodes on the canvas) in ${lib.seconds(Date.now() - t0)}`);
	} finally {
		if (cdp) cdp.close();
		if (chromium) await chromium.stop();
		await running.stop();
	}
}

main().catch((error) => {
	console.error(error.stack || error);
	process.exitCode = 1;
});
