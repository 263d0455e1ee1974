'use strict';
// The trigger nodes in a real n8n: one published workflow per trigger (trigger -> No Op), `n8n start`,
// signed deliveries from the fake vendors to the PRODUCTION webhook URLs, and the executions n8n
// recorded, read back through its REST API. Used by scripts/e2e.js (a phase) and
// scripts/load-triggers.js (the burst).
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./real-n8n');

const PKG = require('../../package.json').name;
const { deliver } = require(path.join(lib.ROOT, 'devkit', 'webhook.js'));
const { DingTalkPusher, sampleEvent: dingTalkEvent } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkEvents.js'));
const { TencentCallbackSender, samples: tencentSamples } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'tencentEvents.js'));
const { HuaweiPusher, sampleEvent: huaweiEvent } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'huaweiEvents.js'));

const SECRETS = {
	dingtalk: { clientId: 'e2e-ding-app', token: 'e2eDingToken', aesKey: 'o3d6qJ0bG2QmPjvBcLrT5yWmN8sKfA1xZ4hE7uI9pVw' },
	tencent: { sdkAppId: 1400000777, token: 'e2e-tencent-callback-token' },
	huawei: { appId: 'e2e-subscriber', key: 'e2e-huawei-webhook-key' },
};

const TRIGGERS = {
	dingtalk: { type: 'dingTalkTrigger', credentialType: 'dingTalkApi', parameters: { events: ['user_leave_org', 'meeting_status_change_target_push'] } },
	tencent: { type: 'tencentCloudChatTrigger', credentialType: 'tencentCloudChatApi', parameters: { events: ['*'], beforeCallbackAnswer: 'allow' } },
	huawei: { type: 'huaweiCloudMeetingTrigger', credentialType: 'huaweiCloudMeetingApi', parameters: { events: ['*'] } },
};

function credentialExport() {
	const { dingtalk, tencent, huawei } = SECRETS;
	return [
		{ id: 'trg-dingtalk', name: 'DingTalk (trigger e2e)', type: 'dingTalkApi', data: { appType: 'internal', clientId: dingtalk.clientId, clientSecret: 'unused', baseUrl: 'http://127.0.0.1:9', callbackToken: dingtalk.token, callbackAesKey: dingtalk.aesKey } },
		{ id: 'trg-tencent', name: 'Tencent (trigger e2e)', type: 'tencentCloudChatApi', data: { sdkAppId: tencent.sdkAppId, secretKey: 'unused', identifier: 'administrator', region: 'china', callbackToken: tencent.token } },
		{ id: 'trg-huawei', name: 'Huawei (trigger e2e)', type: 'huaweiCloudMeetingApi', data: { authMode: 'account', account: 'unused', password: 'unused-pass', baseUrl: 'http://127.0.0.1:9', language: 'en-US', webhookSubscriberId: huawei.appId, webhookSubscriberKey: huawei.key } },
	];
}

/** One workflow per trigger, with fixed workflow and webhook ids. */
function workflows() {
	return Object.entries(TRIGGERS).map(([vendor, t]) => ({
		vendor,
		id: `trg${vendor.padEnd(13, '0')}`.slice(0, 16),
		webhookId: `e2e-${vendor}-hook`,
		workflow: {
			id: `trg${vendor.padEnd(13, '0')}`.slice(0, 16),
			name: `Trigger e2e: ${vendor}`,
			active: false,
			nodes: [
				{ id: 'a', name: 'Trigger', type: `${PKG}.${t.type}`, typeVersion: 1, position: [0, 0], webhookId: `e2e-${vendor}-hook`, parameters: t.parameters, credentials: { [t.credentialType]: { id: `trg-${vendor}`, name: 'x' } } },
				{ id: 'b', name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
			],
			connections: { Trigger: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
			settings: { saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
		},
	}));
}

/** Packs and installs the package, imports + publishes the trigger workflows, starts n8n, logs in. */
async function startTriggerInstance({ timings } = {}) {
	const mark = (name, t) => timings && timings.push([name, Date.now() - t]);
	const instance = lib.makeInstance('n8n-meeting-admin-triggers-');
	let t = Date.now();
	const packed = await lib.packPackage(instance.userFolder);
	await lib.installCommunityPackage(instance.userFolder, packed.tarball);
	mark('pack + install', t);
	t = Date.now();
	await lib.importCredentials(instance, credentialExport());
	const dir = path.join(instance.userFolder, 'trigger-workflows');
	fs.mkdirSync(dir, { recursive: true });
	const list = workflows();
	for (const w of list) fs.writeFileSync((w.copy = path.join(dir, `${w.vendor}.json`)), JSON.stringify(w.workflow, null, 2));
	await lib.importWorkflows(instance, list);
	// Publishing is what activates a workflow in n8n 2.x; n8n start then registers its production webhooks.
	for (const w of list) await lib.run(lib.NODE24_BIN, [path.join(lib.CACHE, 'app', 'node_modules', 'n8n', 'bin', 'n8n'), 'publish:workflow', `--id=${w.id}`], { cwd: instance.userFolder, env: await n8nEnvFor(instance) });
	mark('import + publish workflows', t);
	t = Date.now();
	const server = await lib.startServer(instance);
	const { cookie } = await lib.setupOwnerAndLogin(server.url);
	mark('n8n start + login', t);
	for (const w of list) w.url = `${server.url}/webhook/${w.webhookId}/webhook`;
	return {
		instance, server, cookie, workflows: Object.fromEntries(list.map((w) => [w.vendor, w])),
		async stop() {
			await server.stop();
			lib.removeInstance(instance);
		},
	};
}

// real-n8n.js keeps n8nEnv private; publish:workflow needs the same environment as import.
async function n8nEnvFor(instance) {
	return {
		...process.env,
		PATH: `${path.dirname(lib.NODE24_BIN)}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: instance.userFolder,
		N8N_ENCRYPTION_KEY: instance.encryptionKey,
		N8N_RUNNERS_BROKER_PORT: String(await lib.freePort()),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	};
}

/** Executions n8n recorded for a workflow (REST API, as the editor's list reads them; 100 a page). */
async function executionsOf(run, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const all = [];
	for (let lastId; ; ) {
		const res = await lib.http(run.server.url, 'GET', `/rest/executions?filter=${filter}&limit=100${lastId ? `&lastId=${lastId}` : ''}`, { cookie: run.cookie });
		if (res.status !== 200) throw new Error(`GET /rest/executions answered ${res.status}: ${res.text.slice(0, 200)}`);
		const page = res.json?.data?.results ?? [];
		all.push(...page);
		if (page.length < 100) return all;
		lastId = page.map((e) => Number(e.id)).reduce((a, b) => Math.min(a, b));
	}
}

/** Polls until `count` executions are recorded (and none still running), or the deadline passes. */
async function waitForExecutions(run, workflowId, count, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	let list = [];
	while (Date.now() < deadline) {
		list = await executionsOf(run, workflowId);
		if (list.length >= count && list.every((e) => e.status !== 'running' && e.status !== 'new')) break;
		await new Promise((r) => setTimeout(r, 500));
	}
	return list;
}

const senders = {
	dingtalk: new DingTalkPusher({ token: SECRETS.dingtalk.token, aesKey: SECRETS.dingtalk.aesKey, ownerKey: SECRETS.dingtalk.clientId }),
	tencent: new TencentCallbackSender(SECRETS.tencent),
	huawei: new HuaweiPusher(SECRETS.huawei),
};

/** The e2e phase: one genuine event and one forged delivery per trigger (plus the handshakes). */
async function runTriggerPhase(check, { timings } = {}) {
	const run = await startTriggerInstance({ timings });
	try {
		const { dingtalk, tencent, huawei } = run.workflows;
		const d = senders.dingtalk;
		const hs = await d.push(dingtalk.url, { EventType: 'check_url' });
		check('DingTalk check_url handshake answered with an encrypted "success"', hs.status === 200 && d.replyIsSuccess(hs.json), `HTTP ${hs.status} ${hs.text.slice(0, 200)}`);
		const de = await d.push(dingtalk.url, dingTalkEvent('user_leave_org'));
		check('DingTalk user_leave_org answered "success" (production URL)', de.status === 200 && d.replyIsSuccess(de.json), `HTTP ${de.status} ${de.text.slice(0, 200)}`);
		const df = await deliver(dingtalk.url, d.request(dingTalkEvent('user_leave_org'), { tamper: 'signature' }));
		check('DingTalk forged signature refused with 401', df.status === 401, `HTTP ${df.status}`);

		const tc = senders.tencent;
		const te = await tc.send(tencent.url, 'Group.CallbackAfterNewMemberJoin', tencentSamples['Group.CallbackAfterNewMemberJoin']());
		check('Tencent new-member callback answered ActionStatus OK', te.status === 200 && te.json?.ActionStatus === 'OK' && te.json?.ErrorCode === 0, `HTTP ${te.status} ${te.text.slice(0, 200)}`);
		const forgedReq = tc.request('Group.CallbackAfterNewMemberJoin', tencentSamples['Group.CallbackAfterNewMemberJoin']());
		forgedReq.query.Sign = TencentCallbackSender.sign('not-the-token', forgedReq.query.RequestTime);
		const tf = await deliver(tencent.url, forgedReq);
		check('Tencent forged Sign refused with 401', tf.status === 401, `HTTP ${tf.status}`);

		const hw = senders.huawei;
		const hv = await hw.push(huawei.url, { event: 'meeting.verify', timestamp: Date.now() }, { nonce: '424242' });
		check('Huawei meeting.verify answered with the nonce', hv.status === 200 && hv.json?.nonce === '424242' && hv.json?.event === 'meeting.verify', `HTTP ${hv.status} ${hv.text.slice(0, 200)}`);
		const he = await hw.push(huawei.url, huaweiEvent('meeting.started'), { indent: 2 });
		check('Huawei meeting.started answered 200', he.status === 200, `HTTP ${he.status} ${he.text.slice(0, 200)}`);
		const hf = await hw.push(huawei.url, huaweiEvent('meeting.started'), { key: 'forged-key' });
		check('Huawei forged signature refused with 401', hf.status === 401, `HTTP ${hf.status}`);

		for (const w of [dingtalk, tencent, huawei]) {
			const list = await waitForExecutions(run, w.id, 1);
			await new Promise((r) => setTimeout(r, 1500)); // a late execution from a forged delivery would show up now
			const final = await executionsOf(run, w.id);
			check(`${w.vendor}: n8n recorded exactly 1 execution (the genuine event; handshake and forged delivery none)`, final.length === 1, `recorded ${final.length}: ${JSON.stringify(final.map((e) => [e.id, e.status, e.mode]))}`);
			check(`${w.vendor}: the execution succeeded in webhook mode`, list[0]?.status === 'success' && list[0]?.mode === 'webhook', JSON.stringify(list[0]));
		}
	} catch (error) {
		check('trigger phase ran to the end', false, `${error.stack}\n${run.server.logs().split('\n').slice(-20).join('\n')}`);
	} finally {
		await run.stop();
	}
}

module.exports = { runTriggerPhase, startTriggerInstance, executionsOf, waitForExecutions, senders, tencentSamples, deliver };
