'use strict';
// Screenshots of the trigger nodes' panels for the README (npm run screenshot -- --triggers): a real
// n8n with the package installed, the trigger example workflows imported, each trigger node opened
// in the editor with its Webhook URLs section expanded on the Production URL (the one to paste into
// the vendor console). WEBHOOK_URL is set to a public-looking https address, as behind a proxy.
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./real-n8n');
const { ensureChromium, launchChromium, connect, openPage, sleep } = require('./browser');
const { credentialExport } = require('./triggers-e2e');

const PUBLIC_URL = 'https://n8n.example.com/';
const WIDTH = 1440;
const HEIGHT = 900;

/** The workflow (id, trigger node name) shown for each vendor. */
function triggerWorkflows() {
	const example = (file, id) => ({
		...JSON.parse(fs.readFileSync(path.join(lib.ROOT, 'examples', 'triggers', file), 'utf8')),
		id,
		active: false,
	});
	const huawei = {
		id: 'shotHuaweiTrig01',
		name: 'Huawei Cloud Meeting: meeting events',
		active: false,
		nodes: [
			{
				id: 'h1',
				name: 'Meeting events',
				type: `${require('../../package.json').name}.huaweiCloudMeetingTrigger`,
				typeVersion: 1,
				position: [0, 0],
				webhookId: 'example-huawei-meeting-events',
				parameters: { events: ['meeting.started', 'meeting.end'], register: false },
				credentials: {
					huaweiCloudMeetingApi: { id: 'huawei-demo', name: 'Huawei Cloud Meeting (demo)' },
				},
			},
			{
				id: 'h2',
				name: 'No Operation, do nothing',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [240, 0],
				parameters: {},
			},
		],
		connections: {
			'Meeting events': { main: [[{ node: 'No Operation, do nothing', type: 'main', index: 0 }]] },
		},
		settings: {},
	};
	return {
		tencent: {
			workflow: example('tencent-keyword-filter.json', 'shotTencentTrig1'),
			node: 'Before group message',
		},
		dingtalk: {
			workflow: example('dingtalk-offboarding.json', 'shotDingTalkTrg1'),
			node: 'Employee left',
		},
		huawei: { workflow: huawei, node: 'Meeting events' },
	};
}

/** The e2e's trigger credentials under the ids and names the example workflows use. */
function demoCredentials() {
	const rename = {
		'trg-tencent': ['tencent-demo', 'Tencent Cloud Chat (demo)'],
		'trg-dingtalk': ['dingtalk-demo', 'DingTalk (demo)'],
		'trg-huawei': ['huawei-demo', 'Huawei Cloud Meeting (demo)'],
	};
	return credentialExport()
		.filter((c) => rename[c.id])
		.map((c) => ({ ...c, id: rename[c.id][0], name: rename[c.id][1] }));
}

async function shootTrigger(page, baseUrl, vendor, { workflow, node }, out) {
	await page.goto(`${baseUrl}/workflow/${workflow.id}`);
	const selector = `[data-test-id="canvas-node"][data-node-name=${JSON.stringify(node)}]`;
	await page.waitFor(`"${node}" on the canvas`, (sel) => document.querySelector(sel), {
		timeoutMs: 90000,
		args: [selector],
	});
	await sleep(1500);
	for (let attempt = 1; ; attempt++) {
		await page.click(selector);
		await sleep(300);
		await page.click(selector, { clickCount: 2 });
		const open = await page
			.waitFor('the node panel', () => document.querySelector('[data-test-id="ndv"]'), {
				timeoutMs: 8000,
			})
			.catch(() => null);
		if (open) break;
		if (attempt === 3) throw new Error(`${vendor}: the panel of "${node}" did not open`);
	}
	// Expand "Webhook URLs" (collapsed by default) and pick "Production URL".
	await page.waitFor(
		'the Webhook URLs section',
		() =>
			[...document.querySelectorAll('[data-test-id="ndv"] .headline')].find((e) =>
				/Webhook URLs/i.test(e.innerText),
			),
		{ timeoutMs: 15000 },
	);
	const expanded = await page.eval(() =>
		Boolean(document.querySelector('[data-test-id="ndv"] .webhook-url')),
	);
	if (!expanded) await page.click('[data-test-id="ndv"] .headline', { text: 'Webhook URLs' });
	await page.waitFor(
		'the webhook URL',
		() => document.querySelector('[data-test-id="ndv"] .webhook-url'),
		{ timeoutMs: 10000 },
	);
	await page.click(
		'[data-test-id="ndv"] label, [data-test-id="ndv"] [role="radio"], [data-test-id="ndv"] button',
		{ text: 'Production URL' },
	);
	const url = await page.waitFor(
		'the production URL',
		(u) =>
			[...document.querySelectorAll('[data-test-id="ndv"] .webhook-url')]
				.map((e) => e.innerText.trim())
				.find((t) => t.startsWith(u) && !t.includes('webhook-test')),
		{ timeoutMs: 10000, args: [PUBLIC_URL] },
	);
	// Scroll the parameters back to the top: the URL section and the setup notice sit there.
	await page.eval(() =>
		document
			.querySelectorAll(
				'[data-test-id="ndv"] [class*="scroll"], [data-test-id="ndv"] .node-parameters-wrapper',
			)
			.forEach((e) => (e.scrollTop = 0)),
	);
	await page.eval(() =>
		document.querySelectorAll('.el-notification__closeBtn').forEach((b) => b.click()),
	);
	await sleep(800);
	await page.screenshot(out);
	return url;
}

/** Takes one screenshot per vendor; returns [{vendor, file, url}]. */
async function triggerScreenshots(vendors, outDir) {
	ensureChromium();
	const all = triggerWorkflows();
	const unknown = vendors.filter((v) => !all[v]);
	if (unknown.length)
		throw new Error(
			`unknown trigger(s) ${unknown.join(', ')} (known: ${Object.keys(all).join(', ')})`,
		);
	await lib.ensureInstalled();
	const instance = lib.makeInstance('n8n-meeting-admin-shots-');
	instance.env = { WEBHOOK_URL: PUBLIC_URL };
	let server;
	let chromium;
	let cdp;
	try {
		const packed = await lib.packPackage(instance.userFolder);
		await lib.installCommunityPackage(instance.userFolder, packed.tarball);
		await lib.importCredentials(instance, demoCredentials());
		const dir = path.join(instance.userFolder, 'shots');
		fs.mkdirSync(dir, { recursive: true });
		const list = vendors.map((v) => ({ vendor: v, ...all[v], copy: path.join(dir, `${v}.json`) }));
		for (const w of list) fs.writeFileSync(w.copy, JSON.stringify(w.workflow, null, 2));
		await lib.importWorkflows(instance, list);
		server = await lib.startServer(instance);
		const login = await lib.setupOwnerAndLogin(server.url);
		chromium = await launchChromium({ width: WIDTH, height: HEIGHT });
		cdp = await connect(chromium.wsUrl);
		const page = await openPage(cdp, {
			baseUrl: server.url,
			token: login.token,
			width: WIDTH,
			height: HEIGHT,
		});
		const done = [];
		for (const w of list) {
			const file = path.join(outDir, `screenshot-trigger-${w.vendor}.png`);
			const url = await shootTrigger(page, server.url, w.vendor, w, file);
			console.log(
				`saved ${path.relative(lib.ROOT, file)} (${w.workflow.name}; Production URL ${url})`,
			);
			done.push({ vendor: w.vendor, file, url });
		}
		return done;
	} finally {
		if (cdp) cdp.close();
		if (chromium) await chromium.stop();
		if (server) await server.stop();
		lib.removeInstance(instance);
	}
}

module.exports = { triggerScreenshots };
