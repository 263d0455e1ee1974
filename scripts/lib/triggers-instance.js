'use strict';
// A real n8n with the trigger workflows published (triggers-e2e.js, load-targets.js): starting it,
// reading back the executions it recorded, and the checks of refused deliveries.
const fs = require('node:fs'),
	path = require('node:path');
const lib = require('./real-n8n');

const { deliver } = require(path.join(lib.ROOT, 'devkit', 'webhook.js'));
const { sampleEvent: dingTalkEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkEvents.js'),
);
const { sampleEvent: huaweiEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'huaweiEvents.js'),
);
const { FakeDingTalk } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalk'));
const { addStreamGateway } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkStream.js'));
const {
	REDIRECTED,
	STREAM_APP,
	TRIGGERS,
	credentialExport,
	workflows,
	senders,
} = require('./triggers-fixtures');

/** Packs and installs the package, imports + publishes the trigger workflows, starts n8n, logs in. */
async function startTriggerInstance({
	timings,
	slowUrl = 'http://127.0.0.1:9',
	streamBaseUrl,
	stream = true,
	env,
	only,
	extra = {},
} = {}) {
	const mark = (name, t) => timings && timings.push([name, Date.now() - t]);
	const instance = lib.makeInstance('n8n-meeting-admin-triggers-');
	// Settings for every n8n command of this instance (the load test's tuning).
	if (env) instance.env = env;
	let t = Date.now();
	const packed = await lib.packPackage(instance.userFolder);
	await lib.installCommunityPackage(instance.userFolder, packed.tarball);
	mark('pack + install', t);
	t = Date.now();
	await lib.importCredentials(instance, [
		...credentialExport(streamBaseUrl),
		...(extra.credentials ?? []),
	]);
	const dir = path.join(instance.userFolder, 'trigger-workflows');
	fs.mkdirSync(dir, { recursive: true });
	const list = [
		...workflows(slowUrl, { stream }).filter((w) => !only || only.includes(w.vendor)),
		...(extra.workflows ?? []),
	];
	for (const w of list)
		fs.writeFileSync(
			(w.copy = path.join(dir, `${w.vendor}.json`)),
			JSON.stringify(w.workflow, null, 2),
		);
	await lib.importWorkflows(instance, list);
	// Activating: n8n 2.x publishes a workflow, 1.x sets it active; n8n start then registers its production webhooks.
	const v2 = Number(lib.line().n8n.split('.')[0]) >= 2;
	for (const w of list) {
		const args = v2
			? ['publish:workflow', `--id=${w.id}`]
			: ['update:workflow', `--id=${w.id}`, '--active=true'];
		const r = await lib.run(lib.nodeBin(), [lib.n8nBin(), ...args], {
			cwd: instance.userFolder,
			env: await lib.n8nEnv(instance),
			timeoutMs: 180000,
		});
		if (r.code !== 0)
			throw new Error(
				`n8n ${args.join(' ')} exited ${r.code ?? r.signal}\n${(r.stdout + r.stderr).split('\n').slice(-20).join('\n')}`,
			);
	}
	mark('import + publish workflows', t);
	t = Date.now();
	const server = await lib.startServer(instance);
	const { cookie } = await lib.setupOwnerAndLogin(server.url);
	for (const w of list) w.url = `${server.url}/webhook/${w.webhookId}/webhook`;
	// The REST API answers before active workflows are registered: wait until no URL answers 404
	// (an empty unsigned POST is refused by the trigger and starts nothing).
	for (const w of list.filter((x) => !x.noWebhook && !TRIGGERS[x.vendor]?.noWebhook)) {
		for (
			const deadline = Date.now() + 60000;
			(await deliver(w.url, { body: '{}' })).status === 404;

		) {
			if (Date.now() > deadline) throw new Error(`${w.url} still 404 after 60 s`);
			await new Promise((r) => setTimeout(r, 250));
		}
	}
	mark('n8n start + login + webhooks registered', t);
	return {
		instance,
		server,
		cookie,
		workflows: Object.fromEntries(list.map((w) => [w.vendor, w])),
		async stop() {
			await server.stop();
			lib.removeInstance(instance);
		},
	};
}

/**
 * Executions n8n recorded for a workflow, optionally only those in `status` (REST API, as the editor's
 * list reads them): the newest 100, with `count` (n8n's total) attached.
 */
async function executionsOf(run, workflowId, status) {
	const filter = encodeURIComponent(
		JSON.stringify(status ? { workflowId, status } : { workflowId }),
	);
	const res = await lib.http(run.server.url, 'GET', `/rest/executions?filter=${filter}&limit=100`, {
		cookie: run.cookie,
	});
	if (res.status !== 200)
		throw new Error(`GET /rest/executions answered ${res.status}: ${res.text.slice(0, 200)}`);
	const results = res.json?.data?.results ?? [];
	results.count = Number(res.json?.data?.count ?? results.length);
	return results;
}

/** Polls until `count` executions are recorded (and none still running), or the deadline passes. */
async function waitForExecutions(run, workflowId, count, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	let list = [];
	while (Date.now() < deadline) {
		list = await executionsOf(run, workflowId);
		if (list.count >= count && list.every((e) => e.status !== 'running' && e.status !== 'new'))
			break;
		await new Promise((r) => setTimeout(r, 500));
	}
	return list;
}

/** A second gateway, and the Stream fake redirecting the "redirected" credential's ticket requests to it. */
async function redirectStreamTickets(stream) {
	const elsewhere = await new FakeDingTalk().start();
	elsewhere.addApp(STREAM_APP);
	const gateway = addStreamGateway(elsewhere);
	const handle = stream.handle.bind(stream);
	stream.redirectedTickets = 0;
	stream.handle = async (r) => {
		if (!r.path.startsWith(`${REDIRECTED}/`)) return handle(r);
		const rest = r.path.slice(REDIRECTED.length);
		if (rest !== '/v1.0/gateway/connections/open') return handle({ ...r, path: rest });
		stream.redirectedTickets++;
		return { status: 307, headers: { location: `${elsewhere.url}${rest}` }, body: {} };
	};
	return { elsewhere, gateway, stop: async () => (gateway.close(), await elsewhere.stop()) };
}

/** A redirected Stream ticket is not followed: the other gateway hears nothing, n8n records no execution. */
async function checkRedirectedStreamTicket(check, run, stream, redirect) {
	for (const end = Date.now() + 30000; stream.redirectedTickets === 0 && Date.now() < end; )
		await new Promise((r) => setTimeout(r, 200));
	check(
		'DingTalk Stream (redirected ticket): the active trigger asked for a ticket and got a redirect',
		stream.redirectedTickets > 0,
		`redirected ${stream.redirectedTickets}`,
	);
	redirect.gateway.event('user_leave_org', dingTalkEvent('user_leave_org')); // reaches a socket only if one was opened there
	await new Promise((r) => setTimeout(r, 1500)); // an execution started by that event would show up now
	check(
		'DingTalk Stream (redirected ticket): the other host received no request and no socket',
		redirect.elsewhere.requests.length === 0 && redirect.gateway.upgrades.length === 0,
		JSON.stringify(redirect.elsewhere.requests.map((q) => q.path)),
	);
	const list = await executionsOf(run, run.workflows.streamRedirected.id);
	check(
		'DingTalk Stream (redirected ticket): n8n recorded no execution',
		list.count === 0,
		JSON.stringify(list.map((e) => [e.id, e.status])),
	);
}

/**
 * A genuine signed Huawei push with a second, unsigned "eventInfo" appended (plain and spelled with a
 * JSON escape) is refused with 400; the execution count checked at the end of the phase shows it
 * started nothing (a forged event would have run as meeting.cancel).
 */
async function checkDuplicatedKeyPush(check, url) {
	const forged = JSON.stringify(huaweiEvent('meeting.cancel'));
	for (const key of ['eventInfo', 'event\\u0049nfo']) {
		const { body } = senders.huawei.request(huaweiEvent('meeting.started'));
		const r = await deliver(url, { body: body.replace(/\}\s*$/, `,"${key}":${forged}}`) });
		check(
			`Huawei push with a duplicated "${key}" refused with 400`,
			r.status === 400,
			`HTTP ${r.status} ${r.text.slice(0, 200)}`,
		);
	}
}

module.exports = {
	startTriggerInstance,
	executionsOf,
	waitForExecutions,
	redirectStreamTickets,
	checkRedirectedStreamTicket,
	checkDuplicatedKeyPush,
};
