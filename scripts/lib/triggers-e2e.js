'use strict';
// The trigger nodes in a real n8n: one published workflow per trigger (trigger -> No Op), `n8n start`,
// signed deliveries from the fake vendors to the PRODUCTION webhook URLs, and the executions n8n
// recorded, read back through its REST API. Used by scripts/e2e.js (a phase) and
// scripts/load-triggers.js (the burst).
const http = require('node:http'),
	path = require('node:path');
const lib = require('./real-n8n');

const { deliver } = require(path.join(lib.ROOT, 'devkit', 'webhook.js'));
const { sampleEvent: dingTalkEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkEvents.js'),
);
const { TencentCallbackSender, samples: tencentSamples } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'tencentEvents.js'),
);
const { sampleEvent: huaweiEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'huaweiEvents.js'),
);
const { FakeDingTalk } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalk'));
const { addStreamGateway } = require(path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkStream.js'));
const {
	STREAM_APP,
	TRIGGERS,
	credentialExport,
	workflows,
	senders,
} = require('./triggers-fixtures');
const {
	startTriggerInstance,
	executionsOf,
	waitForExecutions,
	redirectStreamTickets,
	checkRedirectedStreamTicket,
	checkDuplicatedKeyPush,
} = require('./triggers-instance');

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
