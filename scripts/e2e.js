#!/usr/bin/env node
'use strict';
// End-to-end against a real n8n (npm run e2e). From a clean clone (builds dist/ when missing or stale):
//  1. installs Node 24 and n8n (pinned) into .cache/n8n/ — reused when present;
//  2. `npm pack`s this package (asserting the tarball holds only dist/'s JavaScript, declarations,
//     icons and codex files, README.md, LICENSE, package.json) and installs it as a community package into a temp N8N_USER_FOLDER;
//  3. starts the fake vendors in this process, imports their credentials and every examples/*.json;
//  4. runs each workflow with `n8n execute --id … --rawOutput`, asserting on our nodes' output and
//     on what the fakes received;
//  5. starts `n8n start` on 127.0.0.1 and checks the editor serves our node and credential types
//     with their icons, then opens and executes every example in headless Chromium;
//  6. the trigger nodes in their own instance: active workflows, signed deliveries to production URLs.
// Steps 1-6 run on each n8n line (E2E_LINES, default "2,1"); the fakes go back to the demo state
// before every example run.
// Ends with `e2e: N passed, M failed`; exits non-zero on any failure.
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib/real-n8n');
const { checkInBrowser, checkToolDescriptions } = require('./lib/editor-checks');

const OUR_PREFIX = 'n8n-nodes-meeting-admin.';

/**
 * What the DingTalk fake must receive (business calls as "METHOD path", sorted) for each DingTalk
 * example, from the demo state (devkit/fakes/dingtalk seedDemo); {new} stands for an id the fake
 * made during the run (a conference or scheduled conference the example created).
 */
const DINGTALK_EXPECTED_CALLS = {
	'dingtalk-room-administration.json': [
		'GET /v1.0/rooms/meetingRoomLists', // Rooms of the group: one page (the new group holds one room)
		'POST /v1.0/rooms/bookings/blacklist',
		'POST /v1.0/rooms/groups',
		'POST /v1.0/rooms/meetingrooms',
	],
	'dingtalk-schedule-and-start-conference.json': [
		'GET /v1.0/conference/scheduleConferences/sched-{new}/infos',
		'GET /v1.0/conference/videoConferences/conf-{new}/members',
		'POST /v1.0/conference/scheduleConferences',
		'POST /v1.0/conference/videoConferences',
		'POST /v1.0/conference/videoConferences/conf-{new}/allMembers/mute',
	],
	// Get Many finds the demo's two open conferences; each is locked.
	'dingtalk-schedule-lock-conferences.json': [
		'GET /v1.0/conference/orgConferences',
		'POST /v1.0/conference/videoConferences/demo-conf-1/lock',
		'POST /v1.0/conference/videoConferences/demo-conf-2/lock',
	],
	// The two conferences of the demo that ended in the last week, and each one's attendance.
	'attendance-sheet.json': [
		'GET /v1.0/conference/videoConferences/demo-ended-1/details',
		'GET /v1.0/conference/videoConferences/demo-ended-2/details',
		'GET /v1.0/conference/videoConferences/histories/dataLists',
	],
	'dingtalk-webhook-central-control.json': ['POST /v1.0/rooms/central/control'],
	'dingtalk-webhook-remove-blocklist.json': ['POST /v1.0/rooms/bookings/blacklist/remove'],
	// n8n's HTTP Request node with the DingTalk credential (token fetched by its preAuthentication).
	'any-api-http-request.json': [
		'POST /v1.0/conference/videoConferences/demo-conf-1/minutes/summaries/query',
	],
};
const { NEW_ID } = require('../devkit/fakes/dingtalk').FakeDingTalk;
const NEW_IDS = new RegExp(NEW_ID.source, 'g');

let passed = 0;
let failed = 0;
const failures = [];
let check = function check(name, ok, detail = '') {
	if (ok) {
		passed++;
		console.log(`  ✓ ${name}`);
	} else {
		failed++;
		failures.push(name);
		console.log(
			`  ✗ ${name}${detail ? `\n      ${String(detail).split('\n').join('\n      ')}` : ''}`,
		);
	}
	return ok;
};

const timings = [];
async function phase(name, fn) {
	console.log(`\n== ${name}`);
	const t = Date.now();
	try {
		return await fn();
	} finally {
		const ms = Date.now() - t;
		timings.push([name, ms]);
		console.log(`   (${name}: ${lib.seconds(ms)})`);
	}
}

/** A phase whose throw is one failed check: the phases after it still run. */
async function softPhase(name, fn) {
	try {
		return await phase(name, fn);
	} catch (error) {
		// check() already prefixes the line's tag.
		check(
			`${name.replace(/^\[n8n [^\]]+\] /, '')}: ran to the end`,
			false,
			error.stack || String(error),
		);
	}
}

/** Requests that are not token fetches. */
function businessCalls(fake) {
	if (typeof fake.businessCalls === 'function') return fake.businessCalls();
	return fake.requests.filter((r) => !/oauth|token|auth|login/i.test(r.path));
}

function short(value, max = 300) {
	const text = typeof value === 'string' ? value : String(JSON.stringify(value));
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

async function runExamples(instance, demo, examples, outputs = {}) {
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
		const expected = DINGTALK_EXPECTED_CALLS[example.file];
		const dingtalk = received.find((r) => r.name === 'DingTalk');
		if (expected && dingtalk) {
			const got = dingtalk.calls
				.map((c) => `${c.method} ${c.path.replace(NEW_IDS, '$1-{new}')}`)
				.sort();
			check(
				`${example.file}: DingTalk received exactly ${expected.join(', ')}`,
				JSON.stringify(got) === JSON.stringify(expected),
				`got ${JSON.stringify(got)}`,
			);
		} else if (/^dingtalk-/i.test(example.file)) {
			check(
				`${example.file}: DingTalk example has an expected-calls entry in scripts/e2e.js`,
				false,
				'add it to DINGTALK_EXPECTED_CALLS',
			);
		}
	}
}

function iconUrls(type) {
	const u = type.iconUrl;
	if (!u) return [];
	return typeof u === 'string' ? [u] : [u.light, u.dark].filter(Boolean);
}

async function checkEditor(instance, examples, cliOutputs, demo) {
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

/** Every phase on one n8n line; check names carry the line's n8n version. */
async function runLine(key) {
	const l = lib.useLine(key);
	const tag = `[n8n ${l.n8n}]`;
	console.log(`\n######## ${tag} on Node ${l.node} (${path.relative(lib.ROOT, l.dir)}/)`);
	const checkBefore = check;
	check = (name, ok, detail) => checkBefore(`${tag} ${name}`, ok, detail);
	try {
		await phase(
			`${tag} install Node + n8n (cached in ${path.relative(lib.ROOT, l.dir)})`,
			async () => {
				const r = await lib.ensureInstalled();
				console.log(
					r.cached ? '   reused the cached install' : `   installed in ${lib.seconds(r.ms)}`,
				);
			},
		);
		let prepared;
		await phase(
			`${tag} pack, install as community package (README steps), start fakes, import credentials + workflows`,
			async () => {
				const sub = [];
				prepared = await lib.prepareDemoInstance({ timings: sub });
				for (const [name, ms] of sub) console.log(`   ${name}: ${lib.seconds(ms)}`);
				console.log(`   N8N_USER_FOLDER ${prepared.instance.userFolder}`);
				check(
					`package installed at .n8n/nodes/node_modules/${path.basename(prepared.installed)}`,
					fs.existsSync(prepared.installed),
				);
				check(
					`${prepared.examples.length} example workflow(s) imported`,
					prepared.examples.length > 0,
				);
				console.log(
					`   fakes: ${prepared.demo.vendors.map((v) => `${v.name} ${v.fake.url}`).join(', ')}`,
				);
			},
		);
		try {
			const outputs = {};
			await softPhase(`${tag} run every example with n8n execute`, () =>
				runExamples(prepared.instance, prepared.demo, prepared.examples, outputs),
			);
			await softPhase(
				`${tag} HTTP Request node with our credentials: redirects not followed, Allowed Domains honoured`,
				() =>
					require('./lib/any-api-e2e').checkRedirectsRefused(
						prepared.instance,
						prepared.demo,
						prepared.examples,
						check,
					),
			);
			await softPhase(
				`${tag} n8n start: node/credential types, icons, and the editor in headless Chromium`,
				() => checkEditor(prepared.instance, prepared.examples, outputs, prepared.demo),
			);
		} finally {
			await prepared.demo.stop();
			lib.removeInstance(prepared.instance);
		}
		// The trigger nodes: own n8n instance, active workflows, deliveries to production webhook URLs.
		await softPhase(
			`${tag} triggers: signed deliveries to production webhook URLs, executions via REST`,
			() => require('./lib/triggers-e2e').runTriggerPhase(check),
		);
		// The polling triggers: own n8n instance, one-minute polls against the fakes.
		await softPhase(
			`${tag} polling triggers: a meeting started on the fakes, one execution each`,
			() => require('./lib/poll-e2e').runPollPhase(check),
		);
	} finally {
		check = checkBefore;
	}
}

async function main() {
	const t0 = Date.now();
	const lines = (process.env.E2E_LINES || '2,1')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	console.log(
		`e2e: package ${require('../package.json').name} on n8n ${lines.map((k) => lib.LINES[k]?.n8n ?? `?${k}`).join(' and ')} (E2E_LINES=${lines.join(',')})`,
	);
	require('./lib/ensure-built').ensureBuilt();

	await phase('tarball contents (npm pack --dry-run)', async () => {
		const { files, unexpected } = await lib.packDryRun();
		check(
			`tarball holds only dist/ JavaScript, declarations, icons and codex, README.md, LICENSE, package.json (${files.length} files)`,
			unexpected.length === 0,
			`unexpected: ${unexpected.join(', ')}`,
		);
		for (const f of ['package.json', 'README.md', 'LICENSE'])
			check(`tarball holds ${f}`, files.includes(f));
		const pkg = require('../package.json');
		for (const f of [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])])
			check(`tarball holds ${f}`, files.includes(f));
	});

	for (const key of lines) {
		try {
			await runLine(key);
		} catch (error) {
			// A line that cannot even start is a failure of that line; the other line still runs.
			check(
				`[n8n ${lib.LINES[key]?.n8n ?? key}] e2e ran to the end`,
				false,
				error.stack || String(error),
			);
		}
	}

	console.log('\nPhase timings:');
	for (const [name, ms] of timings) console.log(`  ${lib.seconds(ms).padStart(8)}  ${name}`);
	console.log(`  ${lib.seconds(Date.now() - t0).padStart(8)}  total`);
	if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
}

function summary() {
	console.log(`\ne2e: ${passed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

// Whatever escapes (an 'error' event nobody listens to, a stray rejection) still ends with the
// summary line and a non-zero exit, never a bare stack trace.
for (const event of ['uncaughtException', 'unhandledRejection']) {
	process.on(event, (error) => {
		failed++;
		console.error(`\n✗ e2e crashed (${event}): ${error?.stack || error}`);
		summary();
		process.exit(1);
	});
}

main()
	.catch((error) => {
		failed++;
		console.error(`\n✗ e2e aborted: ${error.stack || error}`);
	})
	.finally(summary);
