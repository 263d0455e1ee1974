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
// Steps 4-5 live in lib/e2e-steps.js, the browser checks in lib/editor-checks.js.
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib/real-n8n');
const { runExamples, checkEditor } = require('./lib/e2e-steps');

const EXPECTED_CALLS = require('./lib/expected-calls');

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
// What the step modules (lib/e2e-steps.js) check with: `check` as runLine has tagged it at call time.
const ctx = {
	check: (...args) => check(...args),
	timings,
	expectedCalls: EXPECTED_CALLS,
};
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
				runExamples(ctx, prepared.instance, prepared.demo, prepared.examples, outputs),
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
				() => checkEditor(ctx, prepared.instance, prepared.examples, outputs, prepared.demo),
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
