'use strict';
// Headless Debian Chromium driven over the DevTools protocol (undici's WebSocket, no extra
// dependency). Used by scripts/screenshot.js and the editor checks of scripts/e2e.js.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { WebSocket } = require('undici');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const BROWSER_ID = 'meeting-admin-scripts'; // the browser-id header lib.http sends at login
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installs Debian's chromium with apt-get when it is missing (CI starts from a bare image). */
function ensureChromium(log = console.log) {
	if (fs.existsSync(CHROMIUM)) return { installed: false, ms: 0 };
	if (process.env.CHROMIUM) throw new Error(`CHROMIUM=${CHROMIUM} does not exist`);
	const t = Date.now();
	log('   chromium is missing: apt-get install -y chromium (once)…');
	const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const apt = (args) => {
		const r = spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['-n', 'apt-get', ...args], {
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		if (r.status !== 0)
			throw new Error(
				`apt-get ${args.join(' ')} failed (${r.status ?? r.signal}): ${String(r.stderr).slice(-1500)}`,
			);
	};
	apt(['update', '-qq']);
	apt(['install', '-y', '-qq', 'chromium']);
	if (!fs.existsSync(CHROMIUM))
		throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing`);
	return { installed: true, ms: Date.now() - t };
}

async function launchChromium({ width = 1440, height = 900 } = {}) {
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
		`--window-size=${width},${height}`,
		'about:blank',
	];
	// Its own process group, so stop() ends Chromium's helper processes too (they keep writing the profile).
	const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	let exited = false;
	child.on('exit', () => (exited = true));
	const portFile = path.join(userDataDir, 'DevToolsActivePort');
	const deadline = Date.now() + 30000;
	while (!fs.existsSync(portFile) || fs.readFileSync(portFile, 'utf8').split('\n').length < 2) {
		if (exited || Date.now() > deadline)
			throw new Error(`Chromium did not start (${CHROMIUM}):\n${stderr.slice(-2000)}`);
		await sleep(100);
	}
	const [port, wsPath] = fs.readFileSync(portFile, 'utf8').trim().split('\n');
	return {
		child,
		pid: child.pid,
		wsUrl: `ws://127.0.0.1:${port}${wsPath}`,
		async stop() {
			const group = (signal) => {
				try {
					process.kill(-child.pid, signal);
				} catch {
					// already gone
				}
			};
			group('SIGTERM');
			if (!exited) await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
			group('SIGKILL');
			// The profile folder is ours; a helper that is still shutting down may write into it for a moment.
			for (let i = 0; ; i++) {
				try {
					fs.rmSync(userDataDir, { recursive: true, force: true });
					break;
				} catch (error) {
					if (i >= 40) {
						console.warn(`   (could not remove ${userDataDir}: ${error.code})`);
						break;
					}
					await sleep(250);
				}
			}
		},
	};
}

/** A minimal DevTools-protocol client. */
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
		const msg = JSON.parse(
			typeof event.data === 'string' ? event.data : Buffer.from(event.data).toString(),
		);
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

/**
 * Opens a page logged in to n8n at `baseUrl` (n8n binds the auth cookie to the browser-id the login
 * sent, which the editor reads from localStorage). Returns page helpers.
 */
async function openPage(cdp, { baseUrl, token, width = 1440, height = 900 }) {
	const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
	const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
	const s = (method, params) => cdp.send(method, params, sessionId);
	await s('Page.enable');
	await s('Network.enable');
	await s('Emulation.setDeviceMetricsOverride', {
		width,
		height,
		deviceScaleFactor: 1,
		mobile: false,
	});
	await s('Page.addScriptToEvaluateOnNewDocument', {
		source: `try { localStorage.setItem('n8n-browserId', ${JSON.stringify(BROWSER_ID)}); } catch (e) {}`,
	});
	await s('Network.setCookie', {
		name: 'n8n-auth',
		value: token,
		url: baseUrl,
		path: '/',
		httpOnly: true,
	});
	const page = {
		send: s,
		async goto(url) {
			await s('Page.navigate', { url });
		},
		/** Evaluates an expression (string or function source called with args) in the page; returns its JSON value. */
		async eval(fn, ...args) {
			const expression =
				typeof fn === 'function' ? `(${fn.toString()})(...${JSON.stringify(args)})` : fn;
			const { result, exceptionDetails } = await s('Runtime.evaluate', {
				expression,
				returnByValue: true,
				awaitPromise: true,
			});
			if (exceptionDetails)
				throw new Error(
					`page error: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
				);
			return result.value;
		},
		/** Polls fn in the page until it returns a truthy value; returns it. */
		async waitFor(what, fn, { timeoutMs = 30000, args = [] } = {}) {
			const deadline = Date.now() + timeoutMs;
			let last;
			for (;;) {
				last = await page.eval(fn, ...args).catch((e) => ({ error: e.message }));
				if (last && !last.error) return last;
				if (Date.now() > deadline)
					throw new Error(
						`timed out after ${timeoutMs / 1000} s waiting for ${what}${last?.error ? ` (${last.error})` : ''}`,
					);
				await sleep(250);
			}
		},
		/** Real mouse clicks (clickCount 2 = double-click) at the centre of the first element matching `selector` whose text includes `text`. */
		async click(selector, { text, clickCount = 1 } = {}) {
			const box = await page.eval(
				(sel, txt) => {
					const el = [...document.querySelectorAll(sel)].find(
						(e) => !txt || e.innerText.includes(txt),
					);
					if (!el) return null;
					el.scrollIntoView({ block: 'center', inline: 'center' });
					const r = el.getBoundingClientRect();
					return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
				},
				selector,
				text ?? null,
			);
			if (!box) throw new Error(`nothing matches ${selector}${text ? ` with text "${text}"` : ''}`);
			for (let i = 1; i <= clickCount; i++) {
				await s('Input.dispatchMouseEvent', {
					type: 'mousePressed',
					x: box.x,
					y: box.y,
					button: 'left',
					clickCount: i,
				});
				await s('Input.dispatchMouseEvent', {
					type: 'mouseReleased',
					x: box.x,
					y: box.y,
					button: 'left',
					clickCount: i,
				});
			}
		},
		async type(text) {
			await s('Input.insertText', { text });
		},
		async key(key, code = key, keyCode = 0) {
			await s('Input.dispatchKeyEvent', {
				type: 'keyDown',
				key,
				code,
				windowsVirtualKeyCode: keyCode,
			});
			await s('Input.dispatchKeyEvent', {
				type: 'keyUp',
				key,
				code,
				windowsVirtualKeyCode: keyCode,
			});
		},
		async screenshot(file) {
			const { data } = await s('Page.captureScreenshot', {
				format: 'png',
				captureBeyondViewport: false,
			});
			fs.mkdirSync(path.dirname(file), { recursive: true });
			fs.writeFileSync(file, Buffer.from(data, 'base64'));
		},
	};
	return page;
}

module.exports = { CHROMIUM, BROWSER_ID, sleep, ensureChromium, launchChromium, connect, openPage };
