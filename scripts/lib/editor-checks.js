'use strict';
// What a new user does in the editor, checked in headless Chromium against a running n8n:
//  - every example opens, shows display-name subtitles on our nodes, runs with one click on
//    "Execute workflow" and its output panels show the items `n8n execute` produced;
//  - the node picker lists each node in its top 3 for its task words (picker-search.js);
//  - our nodes' Resource/Operation lists hold no "Custom API Call", and Docs opens the vendor's docs/<vendor>.md.
// Helpers live in editor-helpers.js, the picker check in picker-search.js.
const path = require('node:path');
const browser = require('./browser');
const { OUR_PREFIX, checkPickerRanks } = require('./picker-search');
const {
	ourDescriptions,
	optionName,
	ownVendorDoc,
	nodeSelector,
	visibleValues,
	canvasHelpers,
	checkToolDescriptions,
} = require('./editor-helpers');

async function checkInBrowser({
	root,
	server,
	login,
	examples,
	cliOutputs,
	check,
	beforeExample = () => {},
	log = console.log,
}) {
	const ensure = browser.ensureChromium(log);
	if (ensure.installed) log(`   installed chromium in ${(ensure.ms / 1000).toFixed(1)} s`);
	const descriptions = ourDescriptions(root);
	const chromium = await browser.launchChromium();
	const cdp = await browser.connect(chromium.wsUrl);
	const shotsDir = process.env.E2E_SCREENSHOTS;
	try {
		const page = await browser.openPage(cdp, { baseUrl: server.url, token: login.token });
		const { openWorkflow, nodeStatus, closeNdv } = canvasHelpers(page, server);
		let docsChecked = new Set();
		for (const example of examples) {
			const ours = example.workflow.nodes.filter((n) => n.type.startsWith(OUR_PREFIX));
			const label = `browser: ${example.file}`;
			const started = Date.now();
			try {
				beforeExample(example);
				await openWorkflow(example);
				// Subtitles: display names, as "<Operation>: <Resource>".
				const texts = await page.eval(() =>
					[...document.querySelectorAll('[data-test-id="canvas-node"]')].map((n) =>
						n.innerText.replace(/\s+/g, ' ').trim(),
					),
				);
				for (const node of ours) {
					const d = descriptions[node.type];
					const want = `${optionName(d, 'operation', node.parameters.operation, node.parameters)}: ${optionName(d, 'resource', node.parameters.resource, node.parameters)}`;
					const shown = texts.find((t) => t.startsWith(node.name)) ?? '';
					check(
						`${label}: "${node.name}" subtitle reads "${want}"`,
						shown.includes(want),
						`canvas shows "${shown}"`,
					);
				}
				// One click on "Execute workflow" (whatever trigger the editor picks) must finish.
				const button = await page.eval(
					() =>
						document
							.querySelector('[data-test-id="execute-workflow-button"]')
							?.innerText.replace(/\s+/g, ' ')
							.trim() ?? null,
				);
				await page.click('[data-test-id="execute-workflow-button"]');
				const t = Date.now();
				let status;
				try {
					status = await page.waitFor(
						`our nodes to finish after "${button}"`,
						(names) => {
							const s = {};
							for (const n of document.querySelectorAll('[data-test-id="canvas-node"]'))
								s[n.getAttribute('data-node-name')] = n.querySelector(
									'[data-test-id="canvas-node-status-success"]',
								)
									? 'success'
									: n.querySelector(
												'[data-test-id^="canvas-node-status-issues"], [data-test-id="canvas-node-status-error"]',
										  )
										? 'error'
										: null;
							const done =
								names.every((x) => s[x] === 'success') || names.some((x) => s[x] === 'error');
							return done ? s : null;
						},
						{ timeoutMs: 60000, args: [ours.map((n) => n.name)] },
					);
				} catch (error) {
					status = await nodeStatus();
					check(
						`${label}: one click on "${button}" runs our nodes to the end`,
						false,
						`${error.message}; node states ${JSON.stringify(status)}`,
					);
					if (shotsDir) await page.screenshot(path.join(shotsDir, `${example.file}.png`));
					continue;
				}
				check(
					`${label}: one click on "${button}" runs our nodes to success (${((Date.now() - t) / 1000).toFixed(1)} s)`,
					ours.every((n) => status[n.name] === 'success'),
					JSON.stringify(status),
				);
				// Each node of ours: the output panel shows the items n8n execute produced.
				for (const node of ours) {
					const cli = cliOutputs?.[example.file]?.[node.name];
					const want = visibleValues(cli?.[0]?.json);
					// Field names (JSON view: "key"; table view: a header line), the first scalar ones: the
					// panel renders only what fits, so nested values and what follows them may be cut off.
					const entries = Object.entries(cli?.[0]?.json ?? {});
					const cut = entries.findIndex(([, v]) => v !== null && typeof v === 'object');
					const fields = entries.slice(0, cut < 0 ? 4 : Math.min(cut, 4)).map(([k]) => k);
					// Double-click opens the node; retried, as a click can still be swallowed by the canvas.
					let panel;
					for (let attempt = 1; attempt <= 3; attempt++) {
						await closeNdv();
						// Select it first: right after a run the first click on the canvas is taken by the canvas itself.
						// By its exact name: "Create room" must not find "Create room group".
						await page.click(nodeSelector(node.name));
						await browser.sleep(300);
						await page.click(nodeSelector(node.name), { clickCount: 2 });
						// JSON view: the table view folds columns away when an item has many fields.
						await page
							.waitFor(
								'the output panel',
								() =>
									document.querySelector(
										'[data-test-id="output-panel"] [data-test-id="radio-button-json"]',
									),
								{ timeoutMs: 5000 },
							)
							.then(() =>
								page.click('[data-test-id="output-panel"] [data-test-id="radio-button-json"]'),
							)
							.catch(() => {});
						panel = await page
							.waitFor(
								`the output panel of "${node.name}"`,
								(values, name, keys) => {
									// The open node must be this one (not one left open, whose values may match too).
									const title =
										document.querySelector('[data-test-id="node-title-container"]')?.innerText ??
										'';
									if (!title.split('\n').some((line) => line.trim() === name)) return null;
									const o = document.querySelector('[data-test-id="output-panel"]');
									const m = o && /(\d+)\s+items?\b/.exec(o.innerText);
									// Wait for the items themselves too: "1 item" can render before its rows.
									const lines = o?.innerText.split('\n').map((l) => l.trim()) ?? [];
									const shown = (k) => o.innerText.includes(`"${k}"`) || lines.includes(k);
									return m && values.every((v) => o.innerText.includes(v)) && keys.every(shown)
										? { count: Number(m[1]), text: o.innerText }
										: null;
								},
								{ timeoutMs: attempt === 3 ? 15000 : 5000, args: [want, node.name, fields] },
							)
							.catch((e) => ({ error: e.message }));
						if (panel.count !== undefined) {
							if (attempt > 1)
								log(`      ("${node.name}" opened on double-click attempt ${attempt})`);
							break;
						}
						const partial = await page.eval(
							() => document.querySelector('[data-test-id="output-panel"]')?.innerText ?? null,
						);
						const title = await page.eval(
							() =>
								document.querySelector('[data-test-id="node-title-container"]')?.innerText ?? null,
						);
						if (partial)
							panel = {
								error: `${panel.error}; open node ${JSON.stringify(title)}, the panel shows:\n${partial.slice(0, 400)}`,
							};
						await closeNdv();
					}
					if (
						!check(
							`${label}: "${node.name}" output panel opens and shows its items`,
							panel.count !== undefined,
							panel.error,
						)
					) {
						await closeNdv();
						continue;
					}
					if (cli) {
						check(
							`${label}: "${node.name}" output panel shows ${cli.length} item(s), as n8n execute produced`,
							panel.count === cli.length,
							`panel shows ${panel.count}`,
						);
						const lines = panel.text.split('\n').map((l) => l.trim());
						const absent = fields.filter(
							(k) => !panel.text.includes(`"${k}"`) && !lines.includes(k),
						);
						check(
							`${label}: "${node.name}" output panel shows the fields ${fields.join(', ')}`,
							absent.length === 0,
							`missing ${absent.join(', ')} in:\n${panel.text.slice(0, 400)}`,
						);
						const missing = want.filter((v) => !panel.text.includes(v));
						check(
							`${label}: "${node.name}" output panel shows ${want.map((v) => JSON.stringify(v)).join(', ') || 'the first item'}`,
							missing.length === 0,
							`missing ${missing.join(', ')} in:\n${panel.text.slice(0, 400)}`,
						);
					}
					check(
						`${label}: "${node.name}" output has no error column`,
						!/^\s*error\s*$/m.test(panel.text),
						panel.text.slice(0, 300),
					);
					// Resource/Operation lists: no "Custom API Call"; Docs link: the node's own documentationUrl.
					if (!docsChecked.has(node.type)) {
						docsChecked.add(node.type);
						for (const param of ['resource', 'operation']) {
							const selector = `[data-test-id="parameter-input-${param}"]`;
							if (!(await page.eval((s) => Boolean(document.querySelector(s)), selector))) continue;
							await page.click(selector);
							await browser.sleep(600);
							const options = await page.eval(() =>
								[...document.querySelectorAll('.el-select-dropdown__item, [role="option"]')]
									.filter((e) => e.offsetParent)
									.map((e) => e.innerText.split('\n')[0].trim()),
							);
							check(
								`browser: ${node.type} ${param} list has no "Custom API Call" (${options.join(', ')})`,
								options.length > 0 && !options.includes('Custom API Call'),
								options.join(', '),
							);
							await page.key('Escape', 'Escape', 27);
							await browser.sleep(300);
						}
						const docs = await page.eval(() =>
							[...document.querySelectorAll('a')]
								.filter((a) => a.innerText.trim() === 'Docs')
								.map((a) => a.href),
						);
						const want = descriptions[node.type].documentationUrl;
						check(
							`browser: ${node.type} Docs link opens ${want}`,
							docs.includes(want),
							`links: ${docs.join(', ') || 'none'}`,
						);
						check(
							`browser: ${node.type} documentationUrl is its own vendor's page in docs/`,
							ownVendorDoc(root, descriptions[node.type]),
							want,
						);
					}
					await closeNdv();
				}
			} catch (error) {
				check(`${label}: opened and executed in the editor`, false, error.message);
			}
			if (shotsDir) await page.screenshot(path.join(shotsDir, `${example.file}.png`));
			log(`      ${example.file}: ${((Date.now() - started) / 1000).toFixed(1)} s in the browser`);
		}

		// The node picker lists each node in its top results for task words (from an example's canvas).
		try {
			await openWorkflow(examples[0]);
			await checkPickerRanks({ page, check, log });
		} catch (error) {
			check('browser: node picker search', false, error.message);
		}
	} finally {
		cdp.close();
		await chromium.stop();
	}
}

module.exports = { checkInBrowser, checkToolDescriptions };
