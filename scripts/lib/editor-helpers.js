'use strict';
// Helpers of the editor checks (editor-checks.js): our node descriptions, what an output panel
// should show, the canvas and node panel of an open page, and the AI Agent tool descriptions.
const path = require('node:path');
const fs = require('node:fs');
const browser = require('./browser');
const { FakeDingTalk } = require('../../devkit/fakes/dingtalk');
const { missingWarnings, warnedOperations } = require('../../devkit/toolDescriptions');
const { OUR_PREFIX } = require('./picker-search');

/** Our node classes from the built package, by type name (for display names and docs URLs). */
function ourDescriptions(root) {
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const out = {};
	for (const file of pkg.n8n.nodes) {
		const mod = require(path.join(root, file));
		const Cls = Object.values(mod).find((v) => typeof v === 'function');
		const d = new Cls().description;
		out[`${pkg.name}.${d.name}`] = d;
	}
	return out;
}

function optionName(description, param, value, parameters) {
	const props = description.properties.filter((p) => p.name === param && Array.isArray(p.options));
	const prop =
		props.find(
			(p) =>
				!p.displayOptions?.show ||
				Object.entries(p.displayOptions.show).every(([k, v]) => v.includes(parameters[k])),
		) ?? props[0];
	return prop?.options.find((o) => o.value === value)?.name;
}

/**
 * Values that differ between the `n8n execute` run and the editor's run of the same example, even
 * from the same demo state: ids the DingTalk fake makes for what an example creates, and text made
 * from the clock ($now: dates, epoch milliseconds).
 */
// isvRoomId when left empty: derived from the room's name, which these examples stamp with the time.
const VOLATILE = [
	FakeDingTalk.NEW_ID,
	/\d{4}-\d{2}-\d{2}/,
	/(?<!\d)\d{13}(?!\d)/,
	/^n8n-[0-9a-f]{24}$/,
];

/** documentationUrl names docs/<vendor>.md on the repository's main branch, a file that exists, for this node's vendor. */
function ownVendorDoc(root, description) {
	const repo = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).homepage;
	const m = new RegExp(`^${repo}/blob/main/docs/([a-z]+)\\.md$`).exec(
		description.documentationUrl ?? '',
	);
	return (
		Boolean(m) &&
		fs.existsSync(path.join(root, 'docs', `${m[1]}.md`)) &&
		description.name.toLowerCase().startsWith(m[1])
	);
}

/** The canvas node named exactly `name`. */
const nodeSelector = (name) =>
	`[data-test-id="canvas-node"][data-node-name=${JSON.stringify(name)}]`;

/** Stable scalar values of an output item, as the output panel shows them. */
function visibleValues(json) {
	const values = Object.entries(json ?? {}).filter(
		([k, v]) =>
			['string', 'number'].includes(typeof v) &&
			!/request|time|date|token|url/i.test(k) &&
			String(v).length <= 40 &&
			!VOLATILE.some((re) => re.test(String(v))),
	);
	// Strings first: a lone number such as 1 proves little.
	return [
		...values.filter(([, v]) => typeof v === 'string'),
		...values.filter(([, v]) => typeof v === 'number'),
	]
		.map(([, v]) => String(v))
		.slice(0, 3);
}

/** Opening an example's canvas, reading node statuses and closing the node panel on `page`. */
function canvasHelpers(page, server) {
	const openWorkflow = async (example) => {
		await page.goto(`${server.url}/workflow/${example.id}`);
		await page.waitFor(
			`${example.file} on the canvas`,
			(n) => document.querySelectorAll('[data-test-id="canvas-node"], .vue-flow__node').length >= n,
			{
				timeoutMs: 90000,
				args: [example.workflow.nodes.length],
			},
		);
		await browser.sleep(800);
	};
	const nodeStatus = () =>
		page.eval(() =>
			Object.fromEntries(
				[...document.querySelectorAll('[data-test-id="canvas-node"]')].map((n) => [
					n.getAttribute('data-node-name') ?? n.innerText.split('\n')[0],
					[...n.querySelectorAll('[data-test-id^="canvas-node-status"]')].map((e) =>
						e.getAttribute('data-test-id').replace('canvas-node-status-', ''),
					),
				]),
			),
		);
	// Back to the canvas: Escape closes an open dropdown first, so repeat until no node is open.
	const ndvOpen = () =>
		page.eval(() =>
			Boolean(document.querySelector('[data-test-id="ndv"], [data-test-id="output-panel"]')),
		);
	const closeNdv = async () => {
		for (let i = 0; i < 6 && (await ndvOpen()); i++) {
			const back = await page.eval(() =>
				Boolean(document.querySelector('[data-test-id="back-to-canvas"]')),
			);
			if (back && i > 0) await page.click('[data-test-id="back-to-canvas"]').catch(() => {});
			else await page.key('Escape', 'Escape', 27);
			await browser.sleep(400);
		}
	};
	return { openWorkflow, nodeStatus, closeNdv };
}

/**
 * What n8n's AI Agent reads about our nodes: the served tool variant `<node>Tool` of each
 * `usableAsTool` node, its tool description computed from it as n8n 2.41 does (the chosen
 * operation's action, devkit/toolDescriptions.js). Every destructive or must-not-repeat operation
 * must say it cannot be undone. Needs only /types/nodes.json, so it runs without the browser too.
 */
function checkToolDescriptions(servedNodes, check) {
	const missing = missingWarnings((nodeType) => servedNodes.get(`${OUR_PREFIX}${nodeType}Tool`));
	check(
		`AI Agent tool descriptions of the ${warnedOperations().length} destructive or must-not-repeat operations say they cannot be undone`,
		missing.length === 0,
		missing.map((m) => `${m.name}: "${m.text}"`).join('\n'),
	);
}

module.exports = {
	ourDescriptions,
	optionName,
	ownVendorDoc,
	nodeSelector,
	visibleValues,
	canvasHelpers,
	checkToolDescriptions,
};
