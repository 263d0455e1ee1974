'use strict';
// Tencent Cloud Chat Trigger through n8n-core's WebhookContext and engine, with real HTTP requests.
const { serveTrigger, deliver } = require('../../devkit/webhook');
const { TencentCallbackSender, samples } = require('../../devkit/fakes/tencentEvents');
const { trigger, chain, noOp, setJson, slowCall, slowServer } = require('./workflows');

const APP = { sdkAppId: 1400000001, token: 'cb-token-xyz' };
const credentials = { 'cred-1': { type: 'tencentCloudChatApi', data: { sdkAppId: APP.sdkAppId, secretKey: 'k', identifier: 'administrator', region: 'china', callbackToken: APP.token } } };
const OK = { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 };
const sender = new TencentCallbackSender(APP);

async function serve(parameters, ...nodes) {
	return serveTrigger(chain(trigger('tencentCloudChatTrigger', 'tencentCloudChatApi', parameters), ...(nodes.length ? nodes : [noOp()])), { credentials });
}

test("Tencent's documented Sign sample: sha256('xxxxyyyy' + '1669872112')", () => {
	expect(TencentCallbackSender.sign('xxxxyyyy', '1669872112')).toBe('17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061');
});

describe('after-callbacks and refusals', () => {
	let s;
	beforeAll(async () => (s = await serve({ events: ['Group.CallbackAfterNewMemberJoin', 'Group.CallbackAfterMemberExit'] })));
	afterAll(() => s.stop());

	test('a signed new-member event is answered OK and starts one run with a flattened item', async () => {
		const r = await sender.send(s.url, 'Group.CallbackAfterNewMemberJoin', samples['Group.CallbackAfterNewMemberJoin']('g-42'));
		expect(r.status).toBe(200);
		expect(r.json).toEqual(OK);
		await s.settled();
		expect(s.executions).toHaveLength(1);
		const run = s.executions[0].result;
		expect(run.status).toBe('success');
		const [item] = run.output('Trigger');
		expect(Object.keys(item.json).slice(0, 3)).toEqual(['event', 'time', 'groupId']);
		expect(item.json).toMatchObject({ event: 'Group.CallbackAfterNewMemberJoin', groupId: 'g-42', JoinType: 'Apply', sdkAppId: String(APP.sdkAppId) });
		expect(item.json.raw.NewMemberList).toEqual([{ Member_Account: 'alice' }]);
	});

	test('a redelivery of the same body starts no second run', async () => {
		const before = s.executions.length;
		const req = sender.request('Group.CallbackAfterMemberExit', samples['Group.CallbackAfterMemberExit']());
		expect((await deliver(s.url, req)).json).toEqual(OK);
		expect((await deliver(s.url, req)).json).toEqual(OK);
		await s.settled();
		expect(s.executions.length - before).toBe(1);
	});

	test('an event not selected is answered OK and starts nothing', async () => {
		const before = s.executions.length;
		expect((await sender.send(s.url, 'State.StateChange', samples['State.StateChange']())).json).toEqual(OK);
		await s.settled();
		expect(s.executions.length).toBe(before);
	});

	const refusals = [
		['a bad signature', () => sender.request('Group.CallbackAfterNewMemberJoin', samples['Group.CallbackAfterNewMemberJoin']()), 401, (q) => (q.query.Sign = TencentCallbackSender.sign('wrong', q.query.RequestTime))],
		['a stale RequestTime', () => sender.request('Group.CallbackAfterNewMemberJoin', samples['Group.CallbackAfterNewMemberJoin'](), { requestTime: Math.floor(Date.now() / 1000) - 600 }), 401, null],
		['a future RequestTime', () => sender.request('Group.CallbackAfterNewMemberJoin', samples['Group.CallbackAfterNewMemberJoin'](), { requestTime: Math.floor(Date.now() / 1000) + 600 }), 401, null],
		['a missing Sign', () => sender.request('Group.CallbackAfterNewMemberJoin', samples['Group.CallbackAfterNewMemberJoin'](), { token: '' }), 401, null],
		['another SdkAppid', () => sender.request('Group.CallbackAfterNewMemberJoin', samples['Group.CallbackAfterNewMemberJoin'](), { sdkAppId: 1400000002 }), 403, null],
		['a malformed body', () => ({ ...sender.request('Group.CallbackAfterNewMemberJoin'), body: '{"CallbackCommand": "Group.Callback' }), 400, null],
	];
	test.each(refusals)('%s is refused with no run and no secret echoed', async (_label, make, status, mutate) => {
		const before = s.executions.length;
		const req = make();
		if (mutate) mutate(req);
		const r = await deliver(s.url, req);
		expect(r.status).toBe(status);
		expect(r.text).not.toContain(APP.token);
		expect(r.text).not.toContain(TencentCallbackSender.sign(APP.token, req.query.RequestTime ?? ''));
		await s.settled();
		expect(s.executions.length).toBe(before);
	});
});

describe('before-callbacks', () => {
	let slow;
	beforeAll(async () => (slow = await slowServer()));
	afterAll(() => slow.stop());

	test('"allow and continue" answers OK at once and runs the workflow', async () => {
		const s = await serve({ events: ['Group.CallbackBeforeSendMsg'], beforeCallbackAnswer: 'allow' }, slowCall('Slow', slow.url, 3000));
		await sender.send(s.url, 'State.StateChange', samples['State.StateChange']()); // warm-up: first request loads n8n-core's lazy parts
		const r = await sender.send(s.url, 'Group.CallbackBeforeSendMsg', samples['Group.CallbackBeforeSendMsg']('hi'));
		expect(r.json).toEqual(OK);
		expect(r.ms).toBeLessThan(1000);
		await s.stop();
		expect(s.executions).toHaveLength(1);
	});

	test('"let the workflow decide": the last node rejects a keyword, allows others, rewrites on request', async () => {
		const decide = setJson(
			'Decide',
			'={{ JSON.stringify($json.MsgBody[0].MsgContent.Text.includes("spam") ? { ActionStatus: "OK", ErrorCode: 1, ErrorInfo: "" } : $json.MsgBody[0].MsgContent.Text === "rewrite" ? { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "", MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "***" } }] } : $json.reply) }}',
		);
		const s = await serve({ events: ['Group.CallbackBeforeSendMsg'], beforeCallbackAnswer: 'workflow' }, decide);
		const spam = await sender.send(s.url, 'Group.CallbackBeforeSendMsg', samples['Group.CallbackBeforeSendMsg']('buy spam now'));
		expect(spam.json).toEqual({ ActionStatus: 'OK', ErrorCode: 1, ErrorInfo: '' });
		const fine = await sender.send(s.url, 'Group.CallbackBeforeSendMsg', samples['Group.CallbackBeforeSendMsg']('hello'));
		expect(fine.json).toEqual(OK);
		const rewrite = await sender.send(s.url, 'Group.CallbackBeforeSendMsg', samples['Group.CallbackBeforeSendMsg']('rewrite'));
		expect(rewrite.json.MsgBody[0].MsgContent.Text).toBe('***');
		await s.stop();
		expect(s.executions).toHaveLength(3);
	});

	test('"let the workflow decide": a slow workflow gets the default answer within the timeout', async () => {
		const s = await serve({ events: ['Group.CallbackBeforeApplyJoinGroup'], beforeCallbackAnswer: 'workflow', decisionTimeout: 800, defaultAnswer: 'reject' }, slowCall('Slow', slow.url, 2000), setJson('Allow', '={{ JSON.stringify({ ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" }) }}'));
		const r = await sender.send(s.url, 'Group.CallbackBeforeApplyJoinGroup', samples['Group.CallbackBeforeApplyJoinGroup']());
		expect(r.json).toEqual({ ActionStatus: 'OK', ErrorCode: 1, ErrorInfo: '' });
		expect(r.ms).toBeGreaterThanOrEqual(750);
		expect(r.ms).toBeLessThan(1900);
		await s.stop();
		expect(s.executions).toHaveLength(1);
		expect(s.executions[0].result.status).toBe('success');
	});

	test('"let the workflow decide": after-callbacks are still answered at once', async () => {
		const s = await serve({ events: ['*'], beforeCallbackAnswer: 'workflow' }, slowCall('Slow', slow.url, 2000));
		const r = await sender.send(s.url, 'Group.CallbackAfterMemberExit', samples['Group.CallbackAfterMemberExit']());
		expect(r.json).toEqual(OK);
		expect(r.ms).toBeLessThan(1000);
		await s.stop();
		expect(s.executions).toHaveLength(1);
	});
});
