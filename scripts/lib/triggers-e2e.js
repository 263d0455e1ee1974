'use strict';
// The trigger nodes in a real n8n: one published workflow per trigger (trigger -> No Op), `n8n start`,
// signed deliveries from the fake vendors to the PRODUCTION webhook URLs, and the executions n8n
// recorded, read back through its REST API. Used by scripts/e2e.js (a phase) and
// scripts/load-triggers.js (the burst).
const fs = require('node:fs'),
	http = require('node:http'),
	path = require('node:path');
const lib = require('./real-n8n');

const PKG = require('../../package.json').name;
const { deliver } = require(path.join(lib.ROOT, 'devkit', 'webhook.js'));
const { DingTalkPusher, sampleEvent: dingTalkEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkEvents.js'),
);
const { TencentCallbackSender, samples: tencentSamples } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'tencentEvents.js'),
);
const { HuaweiPusher, sampleEvent: huaweiEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'huaweiEvents.js'),
);
const { FakeDingTalk } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalk'));
const { addStreamGateway } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkStream.js'));

const SECRETS = {
	dingtalk: {
		clientId: 'e2e-ding-app',
		token: 'e2eDingToken',
		aesKey: 'o3d6qJ0bG2QmPjvBcLrT5yWmN8sKfA1xZ4hE7uI9pVw',
	},
	tencent: { sdkAppId: 1400000777, token: 'e2e-tencent-callback-token' },
	huawei: { appId: 'e2e-subscriber', key: 'e2e-huawei-webhook-key' },
};

const STREAM_APP = { clientId: 'e2e-stream-app', clientSecret: 'e2e-stream-secret-01' };

const TRIGGERS = {
	dingtalkStream: {
		type: 'dingTalkStreamTrigger',
		credentialType: 'dingTalkApi',
		credentialId: 'trg-dingtalkstream',
		parameters: { events: ['user_leave_org'] },
		noWebhook: true,
	},
	// Its ticket request is redirected to another gateway (checkRedirectedStreamTicket): it must start nothing.
	streamRedirected: {
		type: 'dingTalkStreamTrigger',
		credentialType: 'dingTalkApi',
		credentialId: 'trg-dingtalkstream-redirected',
		parameters: { events: ['*'] },
		noWebhook: true,
	},
	dingtalk: {
		type: 'dingTalkTrigger',
		credentialType: 'dingTalkApi',
		parameters: { events: ['user_leave_org', 'meeting_status_change_target_push'] },
	},
	tencent: {
		type: 'tencentCloudChatTrigger',
		credentialType: 'tencentCloudChatApi',
		parameters: { events: ['*'], beforeCallbackAnswer: 'allow' },
	},
	huawei: {
		type: 'huaweiCloudMeetingTrigger',
		credentialType: 'huaweiCloudMeetingApi',
		parameters: { events: ['*'] },
	},
	// Before-send callbacks decided by the workflow's last node: reject messages containing "spam".
	tencentDecide: {
		type: 'tencentCloudChatTrigger',
		credentialType: 'tencentCloudChatApi',
		credentialId: 'trg-tencent',
		parameters: {
			events: ['Group.CallbackBeforeSendMsg'],
			beforeCallbackAnswer: 'workflow',
			decisionTimeout: 1500,
			defaultAnswer: 'allow',
		},
		last: {
			name: 'Decide',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				mode: 'raw',
				jsonOutput:
					'={{ JSON.stringify($json.MsgBody[0].MsgContent.Text.includes("spam") ? { ActionStatus: "OK", ErrorCode: 1, ErrorInfo: "" } : $json.reply) }}',
				options: {},
			},
		},
	},
};

function credentialExport(streamBaseUrl = 'http://127.0.0.1:9') {
	const { dingtalk, tencent, huawei } = SECRETS;
	return [
		{
			id: 'trg-dingtalkstream',
			name: 'DingTalk Stream (trigger e2e)',
			type: 'dingTalkApi',
			data: {
				appType: 'internal',
				clientId: STREAM_APP.clientId,
				clientSecret: STREAM_APP.clientSecret,
				baseUrl: streamBaseUrl,
			},
		},
		{
			id: 'trg-dingtalkstream-redirected',
			name: 'DingTalk Stream, redirected (trigger e2e)',
			type: 'dingTalkApi',
			data: {
				appType: 'internal',
				clientId: STREAM_APP.clientId,
				clientSecret: STREAM_APP.clientSecret,
				baseUrl: `${streamBaseUrl}${REDIRECTED}`,
			},
		},
		{
			id: 'trg-dingtalk',
			name: 'DingTalk (trigger e2e)',
			type: 'dingTalkApi',
			data: {
				appType: 'internal',
				clientId: dingtalk.clientId,
				clientSecret: 'unused',
				baseUrl: 'http://127.0.0.1:9',
				callbackToken: dingtalk.token,
				callbackAesKey: dingtalk.aesKey,
			},
		},
		{
			id: 'trg-tencent',
			name: 'Tencent (trigger e2e)',
			type: 'tencentCloudChatApi',
			data: {
				sdkAppId: tencent.sdkAppId,
				secretKey: 'unused',
				identifier: 'administrator',
				region: 'china',
				callbackToken: tencent.token,
			},
		},
		{
			id: 'trg-huawei',
			name: 'Huawei (trigger e2e)',
			type: 'huaweiCloudMeetingApi',
			data: {
				authMode: 'account',
				account: 'unused',
				password: 'unused-pass',
				baseUrl: 'http://127.0.0.1:9',
				language: 'en-US',
				webhookSubscriberId: huawei.appId,
				webhookSubscriberKey: huawei.key,
			},
		},
	];
}

/** One workflow per trigger, with fixed workflow and webhook ids. */
function workflows(slowUrl, { stream = true } = {}) {
	const triggers = {
		...TRIGGERS,
		// The workflow is slower than the decision timeout: the default answer (reject) must go out in time.
		tencentSlow: {
			...TRIGGERS.tencentDecide,
			parameters: {
				events: ['Group.CallbackBeforeApplyJoinGroup'],
				beforeCallbackAnswer: 'workflow',
				decisionTimeout: 1000,
				defaultAnswer: 'reject',
			},
			last: {
				...TRIGGERS.tencentDecide.last,
				parameters: {
					mode: 'raw',
					jsonOutput: '={{ JSON.stringify($("Trigger").first().json.reply) }}',
					options: {},
				},
			},
			middle: {
				name: 'Slow Step',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: { url: `${slowUrl}/?ms=2500`, options: {} },
			},
		},
		// The deciding workflow fails: Tencent must get the default answer, not n8n's 500 "Error in workflow".
		tencentFail: {
			...TRIGGERS.tencentDecide,
			parameters: {
				events: ['Group.CallbackBeforeApplyJoinGroup'],
				beforeCallbackAnswer: 'workflow',
				decisionTimeout: 1500,
				defaultAnswer: 'reject',
			},
			middle: {
				name: 'Fail',
				type: 'n8n-nodes-base.stopAndError',
				typeVersion: 1,
				parameters: { errorMessage: 'deciding step failed' },
			},
		},
	};
	return Object.entries(triggers)
		.filter(([, t]) => stream || !t.noWebhook)
		.map(([vendor, t]) => ({
			vendor,
			id: `trg${vendor.toLowerCase().padEnd(13, '0')}`.slice(0, 16),
			webhookId: `e2e-${vendor}-hook`,
			workflow: {
				id: `trg${vendor.toLowerCase().padEnd(13, '0')}`.slice(0, 16),
				name: `Trigger e2e: ${vendor}`,
				active: false,
				nodes: [
					{
						id: 'a',
						name: 'Trigger',
						type: `${PKG}.${t.type}`,
						typeVersion: 1,
						position: [0, 0],
						webhookId: `e2e-${vendor}-hook`,
						parameters: t.parameters,
						credentials: {
							[t.credentialType]: { id: t.credentialId ?? `trg-${vendor}`, name: 'x' },
						},
					},
					...(t.middle ? [{ id: 'm', position: [100, 0], ...t.middle }] : []),
					{
						id: 'b',
						position: [200, 0],
						...(t.last ?? {
							name: 'Done',
							type: 'n8n-nodes-base.noOp',
							typeVersion: 1,
							parameters: {},
						}),
					},
				],
				connections: t.middle
					? {
							Trigger: { main: [[{ node: t.middle.name, type: 'main', index: 0 }]] },
							[t.middle.name]: { main: [[{ node: t.last.name, type: 'main', index: 0 }]] },
						}
					: { Trigger: { main: [[{ node: t.last?.name ?? 'Done', type: 'main', index: 0 }]] } },
				settings: { saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
			},
		}));
}

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

/** The Base URL path under which the Stream fake redirects ticket requests (other calls pass through). */
const REDIRECTED = '/redirected';

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

const senders = {
	dingtalk: new DingTalkPusher({
		token: SECRETS.dingtalk.token,
		aesKey: SECRETS.dingtalk.aesKey,
		ownerKey: SECRETS.dingtalk.clientId,
	}),
	tencent: new TencentCallbackSender(SECRETS.tencent),
	huawei: new HuaweiPusher(SECRETS.huawei),
};

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

/** The e2e phase: one genuine event and one forged delivery per trigger (plus the handshakes). */
async function runTriggerPhase(check, { timings } = {}) {
	const slow = http.createServer((req, res) =>
		setTimeout(
			() => res.end('{"slept":true}'),
			Number(new URL(req.url, 'http://x').searchParams.get('ms')),
		),
	);
	await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
	// DingTalk Stream: a fake DingTalk with a Stream gateway the active trigger connects out to.
	const stream = await new FakeDingTalk().start();
	stream.addApp(STREAM_APP);
	const gateway = addStreamGateway(stream);
	const redirect = await redirectStreamTickets(stream);
	// The Stream trigger uses Node's built-in WebSocket (Node 22+, docs/triggers.md): only on a line
	// whose n8n runs on such a Node (2.x brings Node 24; 1.x runs here on Node 20).
	const withStream = Number(lib.line().node.split('.')[0]) >= 22;
	if (!withStream)
		console.log(
			`   DingTalk Stream trigger not checked on n8n ${lib.line().n8n}: it runs on Node ${lib.line().node}, which has no built-in WebSocket (the Stream trigger needs Node 22+)`,
		);
	const run = await startTriggerInstance({
		timings,
		slowUrl: `http://127.0.0.1:${slow.address().port}`,
		streamBaseUrl: stream.url,
		stream: withStream,
	});
	try {
		const { dingtalk, tencent, huawei } = run.workflows;
		const d = senders.dingtalk;
		const hs = await d.push(dingtalk.url, { EventType: 'check_url' });
		check(
			'DingTalk check_url handshake answered with an encrypted "success"',
			hs.status === 200 && d.replyIsSuccess(hs.json),
			`HTTP ${hs.status} ${hs.text.slice(0, 200)}`,
		);
		const de = await d.push(dingtalk.url, dingTalkEvent('user_leave_org'));
		check(
			'DingTalk user_leave_org answered "success" (production URL)',
			de.status === 200 && d.replyIsSuccess(de.json),
			`HTTP ${de.status} ${de.text.slice(0, 200)}`,
		);
		const df = await deliver(
			dingtalk.url,
			d.request(dingTalkEvent('user_leave_org'), { tamper: 'signature' }),
		);
		check('DingTalk forged signature refused with 401', df.status === 401, `HTTP ${df.status}`);

		const tc = senders.tencent;
		const te = await tc.send(
			tencent.url,
			'Group.CallbackAfterNewMemberJoin',
			tencentSamples['Group.CallbackAfterNewMemberJoin'](),
		);
		check(
			'Tencent new-member callback answered ActionStatus OK',
			te.status === 200 && te.json?.ActionStatus === 'OK' && te.json?.ErrorCode === 0,
			`HTTP ${te.status} ${te.text.slice(0, 200)}`,
		);
		const forgedReq = tc.request(
			'Group.CallbackAfterNewMemberJoin',
			tencentSamples['Group.CallbackAfterNewMemberJoin'](),
		);
		forgedReq.query.Sign = TencentCallbackSender.sign('not-the-token', forgedReq.query.RequestTime);
		const tf = await deliver(tencent.url, forgedReq);
		check('Tencent forged Sign refused with 401', tf.status === 401, `HTTP ${tf.status}`);

		const decide = run.workflows.tencentDecide;
		const spam = await tc.send(
			decide.url,
			'Group.CallbackBeforeSendMsg',
			tencentSamples['Group.CallbackBeforeSendMsg']('buy spam now'),
		);
		check(
			'Tencent before-send "spam" rejected by the workflow\'s last node (ErrorCode 1) within 2 s',
			spam.json?.ErrorCode === 1 && spam.ms < 2000,
			`HTTP ${spam.status} ${spam.text.slice(0, 200)} in ${Math.round(spam.ms)} ms`,
		);
		const fine = await tc.send(
			decide.url,
			'Group.CallbackBeforeSendMsg',
			tencentSamples['Group.CallbackBeforeSendMsg']('hello'),
		);
		check(
			'Tencent before-send "hello" allowed by the workflow (ErrorCode 0)',
			fine.json?.ErrorCode === 0 && fine.json?.ActionStatus === 'OK',
			`HTTP ${fine.status} ${fine.text.slice(0, 200)}`,
		);

		const slowAnswer = await tc.send(
			run.workflows.tencentSlow.url,
			'Group.CallbackBeforeApplyJoinGroup',
			tencentSamples['Group.CallbackBeforeApplyJoinGroup'](),
		);
		check(
			'Tencent before-apply: a workflow slower than the 1000 ms decision timeout gets the default answer (reject) in time',
			slowAnswer.json?.ErrorCode === 1 && slowAnswer.ms < 1900,
			`HTTP ${slowAnswer.status} ${slowAnswer.text.slice(0, 200)} in ${Math.round(slowAnswer.ms)} ms`,
		);

		const failAnswer = await tc.send(
			run.workflows.tencentFail.url,
			'Group.CallbackBeforeApplyJoinGroup',
			tencentSamples['Group.CallbackBeforeApplyJoinGroup'](),
		);
		check(
			"Tencent before-apply: a failing deciding workflow gets the default answer (reject), not n8n's 500",
			failAnswer.status === 200 && failAnswer.json?.ErrorCode === 1 && failAnswer.ms < 2000,
			`HTTP ${failAnswer.status} ${failAnswer.text.slice(0, 200)} in ${Math.round(failAnswer.ms)} ms`,
		);

		const hw = senders.huawei;
		const hv = await hw.push(
			huawei.url,
			{ event: 'meeting.verify', timestamp: Date.now() },
			{ nonce: '424242' },
		);
		check(
			'Huawei meeting.verify answered with the nonce',
			hv.status === 200 && hv.json?.nonce === '424242' && hv.json?.event === 'meeting.verify',
			`HTTP ${hv.status} ${hv.text.slice(0, 200)}`,
		);
		const he = await hw.push(huawei.url, huaweiEvent('meeting.started'), { indent: 2 });
		check(
			'Huawei meeting.started answered 200',
			he.status === 200,
			`HTTP ${he.status} ${he.text.slice(0, 200)}`,
		);
		const hf = await hw.push(huawei.url, huaweiEvent('meeting.started'), { key: 'forged-key' });
		check('Huawei forged signature refused with 401', hf.status === 401, `HTTP ${hf.status}`);
		await checkDuplicatedKeyPush(check, huawei.url);

		if (withStream) {
			const connected = Date.now();
			while (gateway.sockets.size === 0 && Date.now() - connected < 30000)
				await new Promise((r) => setTimeout(r, 200));
			check(
				'DingTalk Stream: the active trigger opened a ticket and connected to the gateway',
				gateway.sockets.size >= 1,
				`opened ${gateway.opened}`,
			);
			const streamAcks = gateway.acks.length;
			const { eventId } = gateway.event('user_leave_org', dingTalkEvent('user_leave_org'));
			gateway.event('user_leave_org', dingTalkEvent('user_leave_org'), { eventId }); // redelivery
			for (
				const end = Date.now() + 10000;
				gateway.acks.length < streamAcks + 2 && Date.now() < end;

			)
				await new Promise((r) => setTimeout(r, 100));
			check(
				'DingTalk Stream: both deliveries ACKed with SUCCESS',
				gateway.acks.slice(streamAcks).filter((a) => a.code === 200 && /SUCCESS/.test(a.data))
					.length === 2,
				JSON.stringify(gateway.acks.slice(streamAcks)),
			);
			await checkRedirectedStreamTicket(check, run, stream, redirect);
		}

		for (const [w, expected] of [
			...(withStream ? [[run.workflows.dingtalkStream, 1]] : []),
			[dingtalk, 1],
			[tencent, 1],
			[huawei, 1],
			[run.workflows.tencentDecide, 2],
			[run.workflows.tencentSlow, 1],
		]) {
			const list = await waitForExecutions(run, w.id, expected);
			await new Promise((r) => setTimeout(r, 1500)); // a late execution from a forged delivery would show up now
			const final = await executionsOf(run, w.id);
			check(
				`${w.vendor}: n8n recorded exactly ${expected} execution(s) (genuine events only; handshakes, redeliveries and forged deliveries none)`,
				final.count === expected,
				`recorded ${final.count}: ${JSON.stringify(final.map((e) => [e.id, e.status, e.mode]))}`,
			);
			const failedRun = list.find((e) => e.status !== 'success');
			const why = failedRun
				? (
						await lib.http(run.server.url, 'GET', `/rest/executions/${failedRun.id}`, {
							cookie: run.cookie,
						})
					).text.slice(0, 1500)
				: '';
			const mode = TRIGGERS[w.vendor]?.noWebhook ? 'trigger' : 'webhook';
			check(
				`${w.vendor}: the executions succeeded in ${mode} mode`,
				list.length > 0 && !failedRun && list.every((e) => e.mode === mode),
				why || JSON.stringify(list.slice(0, 2)),
			);
		}
	} catch (error) {
		check(
			'trigger phase ran to the end',
			false,
			`${error.stack}\n${run.server.logs().split('\n').slice(-20).join('\n')}`,
		);
	} finally {
		await run.stop();
		gateway.close();
		await redirect.stop();
		await stream.stop();
		slow.closeAllConnections();
		slow.close();
	}
}

module.exports = {
	runTriggerPhase,
	startTriggerInstance,
	workflows,
	credentialExport,
	executionsOf,
	waitForExecutions,
	senders,
	tencentSamples,
	deliver,
};
