'use strict';
// Steps 4 and 5 of scripts/e2e.js on one n8n line: run every example with `n8n execute` and check
// what our nodes output and the fakes received; then the editor (`n8n start`): served types, icons,
// AI tool descriptions and the browser checks. `ctx` = {check, timings, expectedCalls} from e2e.js
// (expectedCalls: scripts/lib/expected-calls.js).
const lib = require('./real-n8n');
const { checkInBrowser } = require('./editor-checks');
const { checkToolDescriptions } = require('./editor-helpers');
const { OUR_PREFIX } = require('./picker-search');

const { NEW_ID } = require('../../devkit/fakes/dingtalk').FakeDingTalk;
const NEW_IDS = new RegExp(NEW_ID.source, 'g');

/** Requests that are not token fetches. */
function businessCalls(fake) {
	if (typeof fake.businessCalls === 'function') return fake.businessCalls();
	return fake.requests.filter((r) => !/oauth|token|auth|login/i.test(r.path));
}

function short(value, max = 300) {
	const text = typeof value === 'string' ? value : String(JSON.stringify(value));
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

async function runExamples(ctx, instance, demo, examples, outputs = {}) {
	const { check } = ctx;
	for (const example of examples) {
		console.log(`\n▶ ${example.name}  (examples/${example.file}, id ${example.id})`);
		demo.restore(); // the demo state, whatever earlier examples changed
		const t = Date.now();
		const result = await lib.executeWorkflow(instance, example.id);
		console.log(
			`   n8n execute: exit ${result.code ?? result.signal}, ${lib.seconds(Date.now() - t)}`,
		);
		const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-25).join('\n');
		if (
			!check(
				`${example.file}: run status is success`,
				result.status === 'success',
				`status ${result.status}, exit ${result.code ?? result.signal}\n${tail}`,
			)
		)
			continue;
		if (result.code !== 0)
			console.log(
				`   note: exit code ${result.code ?? result.signal} after a successful run (see n8n notes)`,
			);
		const runData = result.json?.data?.resultData?.runData ?? {};
		// Our nodes, and n8n's HTTP Request node with one of our credentials (any-api-http-request.json).
		const ourCredential = (n) =>
			demo.vendors.some((v) => v.credential.type === n.parameters?.nodeCredentialType);
		const ours = example.workflow.nodes.filter(
			(n) => n.type.startsWith(OUR_PREFIX) || ourCredential(n),
		);
		check(`${example.file}: has at least one node of ours`, ours.length > 0);
		for (const node of ours) {
			const task = runData[node.name]?.[0];
			if (
				!check(
					`${example.file}: "${node.name}" ran`,
					Boolean(task),
					`ran: ${Object.keys(runData).join(', ')}`,
				)
			)
				continue;
			if (!check(`${example.file}: "${node.name}" has no error`, !task.error, short(task.error)))
				continue;
			const items = task.data?.main?.flat() ?? [];
			(outputs[example.file] ??= {})[node.name] = items;
			check(`${example.file}: "${node.name}" output ${items.length} item(s)`, items.length > 0);
			// Tencent answers refusals with HTTP 200 {ActionStatus: 'FAIL'}: the HTTP Request node passes them on.
			const bad = items.filter(
				(i) => i.json?.error !== undefined || i.json?.ActionStatus === 'FAIL',
			);
			check(
				`${example.file}: "${node.name}" items carry no error field`,
				bad.length === 0,
				short(bad.map((i) => i.json)),
			);
			for (const item of items.slice(0, 3)) console.log(`      • ${short(item.json, 160)}`);
		}
		const received = demo.vendors.map((v) => ({
			name: v.name,
			calls: businessCalls(v.fake),
			all: v.fake.requests.length,
		}));
		for (const r of received.filter((x) => x.all))
			console.log(
				`   ${r.name} fake: ${r.all} request(s), ${r.calls.length} business: ${r.calls
					.map((c) => `${c.method} ${c.path}`)
					.slice(0, 6)
					.join(', ')}`,
			);
		check(
			`${example.file}: fake vendors received ≥1 business request`,
			received.some((r) => r.calls.length > 0),
		);
		for (const r of received) {
			const expected = ctx.expectedCalls[r.name]?.[example.file];
			if (!expected) continue;
			const got = r.calls.map((c) => `${c.method} ${c.path.replace(NEW_IDS, '$1-{new}')}`).sort();
			check(
				`${example.file}: ${r.name} received exactly ${expected.join(', ')}`,
				JSON.stringify(got) === JSON.stringify(expected),
				`got ${JSON.stringify(got)}`,
			);
		}
		if (/^dingtalk-/i.test(example.file) && !ctx.expectedCalls.DingTalk[example.file]) {
			check(
				`${example.file}: DingTalk example has an expected-calls entry in scripts/lib/expected-calls.js`,
				false,
				'add it there',
			);
		}
	}
}

function iconUrls(type) {
	const u = type.iconUrl;
	if (!u) return [];
	return typeof u === 'string' ? [u] : [u.light, u.dark].filter(Boolean);
}

async function checkEditor(ctx, instance, examples, cliOutputs, demo) {
	const { check, timings } = ctx;
	const server = await lib.startServer(instance);
	console.log(
		`   n8n start pid ${server.pid} on ${server.url}: /healthz after ${lib.seconds(server.healthzMs)}, /rest/settings after ${lib.seconds(server.restMs)}`,
	);
	try {
		const login = await lib.setupOwnerAndLogin(server.url);
		const { cookie } = login;
		check('owner set up and logged in', Boolean(cookie));
		const nodesRes = await lib.http(server.url, 'GET', '/types/nodes.json', { cookie });
		const credsRes = await lib.http(server.url, 'GET', '/types/credentials.json', { cookie });
		if (
			!check(
				'/types/nodes.json answers a list',
				nodesRes.status === 200 && Array.isArray(nodesRes.json),
				`HTTP ${nodesRes.status} ${nodesRes.text.slice(0, 200)}`,
			)
		)
			return;
		if (
			!check(
				'/types/credentials.json answers a list',
				credsRes.status === 200 && Array.isArray(credsRes.json),
				`HTTP ${credsRes.status} ${credsRes.text.slice(0, 200)}`,
			)
		)
			return;
		const { nodes, credentials } = lib.ourTypes();
		const servedNodes = new Map(nodesRes.json.map((n) => [n.name, n]));
		const servedCreds = new Map(credsRes.json.map((c) => [c.name, c]));
		const fetchIcons = async (label, type) => {
			const urls = iconUrls(type);
			if (!check(`${label}: has an icon URL`, urls.length > 0, `icon ${JSON.stringify(type.icon)}`))
				return;
			for (const u of urls) {
				const res = await lib.http(server.url, 'GET', `/${u.replace(/^\//, '')}`, { cookie });
				check(
					`${label}: icon ${u} served as SVG`,
					res.status === 200 && res.text.includes('<svg'),
					`HTTP ${res.status} ${res.text.slice(0, 120)}`,
				);
			}
		};
		for (const node of nodes) {
			const served = servedNodes.get(node.name);
			if (!check(`node ${node.name} is served (${node.file})`, Boolean(served))) continue;
			await fetchIcons(`node ${node.name}`, served);
			if (node.usableAsTool)
				check(
					`node ${node.name}Tool (AI tool variant) is served`,
					servedNodes.has(`${node.name}Tool`),
				);
		}
		for (const credential of credentials) {
			const served = servedCreds.get(credential.name);
			if (!check(`credential ${credential.name} is served (${credential.file})`, Boolean(served)))
				continue;
			await fetchIcons(`credential ${credential.name}`, served);
			// A required number field must start empty, not as a plausible-looking 0 (Tencent's SDKAppID).
			const zeros = (served.properties ?? [])
				.filter((p) => p.type === 'number' && p.required && p.default === 0)
				.map((p) => p.name);
			check(
				`credential ${credential.name}: no required number field defaults to 0`,
				zeros.length === 0,
				zeros.join(', '),
			);
		}
		checkToolDescriptions(servedNodes, check);
		if (process.env.E2E_BROWSER === '0') {
			console.log('   (E2E_BROWSER=0: browser checks skipped)');
			return;
		}
		const t = Date.now();
		console.log('   headless Chromium: open and execute every example, search the node picker…');
		await checkInBrowser({
			root: lib.ROOT,
			server,
			login,
			examples,
			cliOutputs,
			check,
			beforeExample: () => demo.restore(),
			log: console.log,
		});
		timings.push([`[n8n ${lib.line().n8n}] browser checks`, Date.now() - t]);
	} finally {
		const t = Date.now();
		const exit = await server.stop();
		console.log(
			`   stopped n8n (pid ${server.pid}) in ${lib.seconds(Date.now() - t)}: ${exit.signal ?? `exit ${exit.code}`}`,
		);
	}
}

module.exports = { runExamples, checkEditor, short };
