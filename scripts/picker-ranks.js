#!/usr/bin/env node
'use strict';
// npm run picker: only the e2e's node-picker check, on one n8n line (N8N_LINE=2 default, or 1):
// starts what `npm run n8n` starts on a free port, opens an example's canvas in headless Chromium,
// types each task phrase of scripts/lib/picker-search.js into the node picker and prints where our
// nodes rank. Exits 1 when a wanted node ranks below its bound (top 3, or CONTESTED's). About 2 minutes with n8n cached.
const lib = require('./lib/real-n8n');
const browser = require('./lib/browser');
const { startDemo } = require('./n8n');
const { checkPickerRanks, TOP } = require('./lib/picker-search');

async function main() {
	browser.ensureChromium();
	const running = await startDemo({ port: await lib.freePort() });
	const failed = [];
	let chromium;
	let cdp;
	try {
		chromium = await browser.launchChromium();
		cdp = await browser.connect(chromium.wsUrl);
		const page = await browser.openPage(cdp, {
			baseUrl: running.server.url,
			token: running.login.token,
		});
		const example = running.examples[0];
		await page.goto(`${running.server.url}/workflow/${example.id}`);
		await page.waitFor(
			`${example.file} on the canvas`,
			() => document.querySelectorAll('[data-test-id="canvas-node"]').length > 0,
			{ timeoutMs: 90000 },
		);
		await browser.sleep(800);
		console.log(`n8n ${lib.line().n8n}: node picker ranks (wanted: top ${TOP})`);
		await checkPickerRanks({
			page,
			check: (name, ok, detail) => {
				if (!ok) failed.push(`${name}\n      ${detail}`);
				return ok;
			},
		});
	} finally {
		cdp?.close();
		await chromium?.stop();
		await running.stop();
	}
	for (const f of failed) console.log(`  FAIL ${f}`);
	console.log(
		failed.length ? `${failed.length} rank check(s) failed` : 'every rank within its bound',
	);
	process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
	console.error(error.stack || error);
	process.exit(1);
});
