#!/usr/bin/env node
'use strict';
// npm run screenshot: starts what `npm run n8n` starts (on a free port), logs in with undici, hands
// n8n's auth cookie to headless Chromium (Debian's package: `apt-get install -y chromium`) over the
// DevTools protocol, opens one example workflow in the editor and saves docs/screenshot-editor.png.
// Builds first when dist/ is missing or stale. Environment: CHROMIUM (default /usr/bin/chromium), SCREENSHOT_EXAMPLE
// (an examples/ file name), SCREENSHOT_OUT (default docs/screenshot-editor.png).
// `npm run screenshot -- --triggers[=tencent,dingtalk,huawei]` instead opens each trigger node's panel
// on its Production URL and saves docs/screenshot-trigger-<vendor>.png (scripts/lib/trigger-screenshots.js).
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib/real-n8n');
const { ensureChromium, launchChromium, connect, openPage, sleep } = require('./lib/browser');
const { startDemo } = require('./n8n');

const EXAMPLE = process.env.SCREENSHOT_EXAMPLE || 'dingtalk-schedule-lock-conferences.json';
const OUT = path.resolve(lib.ROOT, process.env.SCREENSHOT_OUT || 'docs/screenshot-editor.png');
const WIDTH = 1440;
const HEIGHT = 810;

async function main() {
	const triggers = process.argv.find((a) => a === '--triggers' || a.startsWith('--triggers='));
	if (triggers) {
		require('./lib/ensure-built').ensureBuilt();
		const vendors = triggers.includes('=')
			? triggers.split('=')[1].split(',').filter(Boolean)
			: ['tencent', 'dingtalk', 'huawei'];
		await require('./lib/trigger-screenshots').triggerScreenshots(
			vendors,
			path.join(lib.ROOT, 'docs'),
		);
		return;
	}
	ensureChromium();
	const t0 = Date.now();
	const running = await startDemo({ port: await lib.freePort() });
	let chromium;
	let cdp;
	try {
		const example = running.examples.find((e) => e.file === EXAMPLE) ?? running.examples[0];
		const url = `${running.server.url}/workflow/${example.id}`;
		chromium = await launchChromium({ width: WIDTH, height: HEIGHT });
		cdp = await connect(chromium.wsUrl);
		const page = await openPage(cdp, {
			baseUrl: running.server.url,
			token: running.login.token,
			width: WIDTH,
			height: HEIGHT,
		});
		const s = page.send;
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
			if (Date.now() > deadline)
				throw new Error(
					`the canvas did not show ${expected} nodes (page ${state.path}, ${state.nodes} nodes)`,
				);
			await sleep(500);
		}
		// Let the canvas fit the view and fonts/icons settle; dismiss any toast.
		await sleep(3000);
		await s('Runtime.evaluate', {
			expression: `document.querySelectorAll('.el-notification__closeBtn').forEach((b) => b.click())`,
		});
		await sleep(500);
		const { data } = await s('Page.captureScreenshot', {
			format: 'png',
			captureBeyondViewport: false,
		});
		fs.mkdirSync(path.dirname(OUT), { recursive: true });
		fs.writeFileSync(OUT, Buffer.from(data, 'base64'));
		console.log(
			`saved ${path.relative(lib.ROOT, OUT)} (${state.nodes} nodes on the canvas) in ${lib.seconds(Date.now() - t0)}`,
		);
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
