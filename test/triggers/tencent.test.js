'use strict';
// Tencent Cloud Chat Trigger through n8n-core's WebhookContext and engine, with real HTTP requests.
const { serveTrigger, deliver } = require('../../devkit/webhook');
const { TencentCallbackSender, samples } = require('../../devkit/fakes/tencentEvents');
const { trigger, chain, noOp, setJson, slowCall, slowServer, failing } = require('./workflows');

const APP = { sdkAppId: 1400000001, token: 'cb-token-xyz' };
const credentials = {
	'cred-1': {
		type: 'tencentCloudChatApi',
		data: {
			sdkAppId: APP.sdkAppId,
			secretKey: 'k',
			identifier: 'administrator',
			region: 'china',
			callbackToken: APP.token,
		},
	},
};
const OK = { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 };
const sender = new TencentCallbackSender(APP);

async function serve(parameters, ...nodes) {
	return serveTrigger(
		chain(
			trigger('tencentCloudChatTrigger', 'tencentCloudChatApi', parameters),
			...(nodes.length ? nodes : [noOp()]),
		),
		{ credentials },
	);
}

test("Tencent's documented Sign sample: sha256('xxxxyyyy' + '1669872112')", () => {
	expect(TencentCallbackSender.sign('xxxxyyyy', '1669872112')).toBe(
		'17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061',
	);
});

describe('after-callbacks and refusals', () => {
	let s;
	beforeAll(
		async () =>
			(s = await serve({
				events: ['Group.CallbackAfterNewMemberJoin', 'Group.CallbackAfterMemberExit'],
			})),
	);
	afterAll(() => s.stop());

	test('a signed new-member event is answered OK and starts one run with a flattened item', async () => {
		const r = await sender.send(
			s.url,
			'Group.CallbackAfterNewMemberJoin',
			samples['Group.CallbackAfterNewMemberJoin']('g-42'),
		);
		expect(r.status).toBe(200);
		expect(r.json).toEqual(OK);
		await s.settled();
		expect(s.executions).toHaveLength(1);
		const run = s.executions[0].result;
		expect(run.status).toBe('success');
		const [item] = run.output('Trigger');
		expect(Object.keys(item.json).slice(0, 3)).toEqual(['event', 'time', 'groupId']);
		expect(item.json).toMatchObject({
			event: 'Group.CallbackAfterNewMemberJoin',
			groupId: 'g-42',
			JoinType: 'Apply',
			sdkAppId: String(APP.sdkAppId),
		});
		expect(item.json.raw.NewMemberList).toEqual([{ Member_Account: 'alice' }]);
	});

	test('a redelivery of the same body starts no second run', async () => {
		const before = s.executions.length;
		const req = sender.request(
			'Group.CallbackAfterMemberExit',
			samples['Group.CallbackAfterMemberExit'](),
		);
		expect((await deliver(s.url, req)).json).toEqual(OK);
		expect((await deliver(s.url, req)).json).toEqual(OK);
		await s.settled();
		expect(s.executions.length - before).toBe(1);
	});

	test('an event not selected is answered OK and starts nothing', async () => {
		const before = s.executions.length;
		expect(
			(await sender.send(s.url, 'State.StateChange', samples['State.StateChange']())).json,
		).toEqual(OK);
		await s.settled();
		expect(s.executions.length).toBe(before);
	});

	const refusals = [
		[
			'a bad signature',
			() =>
				sender.request(
					'Group.CallbackAfterNewMemberJoin',
					samples['Group.CallbackAfterNewMemberJoin'](),
				),
			401,
			(q) => (q.query.Sign = TencentCallbackSender.sign('wrong', q.query.RequestTime)),
		],
		[
			'a stale RequestTime',
			() =>
				sender.request(
					'Group.CallbackAfterNewMemberJoin',
					samples['Group.CallbackAfterNewMemberJoin'](),
					{ requestTime: Math.floor(Date.now() / 1000) - 600 },
				),
			401,
			null,
		],
		[
			'a future RequestTime',
			() =>
				sender.request(
					'Group.CallbackAfterNewMemberJoin',
					samples['Group.CallbackAfterNewMemberJoin'](),
					{ requestTime: Math.floor(Date.now() / 1000) + 600 },
				),
			401,
			null,
		],
		[
			'a missing Sign',
			() =>
				sender.request(
					'Group.CallbackAfterNewMemberJoin',
					samples['Group.CallbackAfterNewMemberJoin'](),
					{ token: '' },
				),
			401,
			null,
		],
		[
			'another SdkAppid',
			() =>
				sender.request(
					'Group.CallbackAfterNewMemberJoin',
					samples['Group.CallbackAfterNewMemberJoin'](),
					{ sdkAppId: 1400000002 },
				),
			403,
			null,
		],
		[
			'a malformed body',
			() => ({
				...sender.request('Group.CallbackAfterNewMemberJoin'),
				body: '{"CallbackCommand": "Group.Callback',
			}),
			400,
			null,
		],
	];
	test.each(refusals)(
		'%s is refused with no run and no secret echoed',
		async (_label, make, status, mutate) => {
			const before = s.executions.length;
			const req = make();
			if (mutate) mutate(req);
			const r = await deliver(s.url, req);
			expect(r.status).toBe(status);
			expect(r.text).not.toContain(APP.token);
			expect(r.text).not.toContain(
				TencentCallbackSender.sign(APP.token, req.query.RequestTime ?? ''),
			);
			await s.settled();
			expect(s.executions.length).toBe(before);
		},
	);
});

describe('before-callbacks', () => {
	let slow;
	beforeAll(async () => (slow = await slowServer()));
	afterAll(() => slow.stop());

	test('"allow and continue" answers OK at once and runs the workflow', async () => {
		const s = await serve(
			{ events: ['Group.CallbackBeforeSendMsg'], beforeCallbackAnswer: 'allow' },
			slowCall('Slow', slow.url, 3000),
		);
		await sender.send(s.url, 'State.StateChange', samples['State.StateChange']()); // warm-up: first request loads n8n-core's lazy parts
		const r = await sender.send(
			s.url,
			'Group.CallbackBeforeSendMsg',
			samples['Group.CallbackBeforeSendMsg']('hi'),
		);
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
		const s = await serve(
			{ events: ['Group.CallbackBeforeSendMsg'], beforeCallbackAnswer: 'workflow' },
			decide,
		);
		const spam = await sender.send(
			s.url,
			'Group.CallbackBeforeSendMsg',
			samples['Group.CallbackBeforeSendMsg']('buy spam now'),
		);
		expect(spam.json).toEqual({ ActionStatus: 'OK', ErrorCode: 1, ErrorInfo: '' });
		const fine = await sender.send(
			s.url,
			'Group.CallbackBeforeSendMsg',
			samples['Group.CallbackBeforeSendMsg']('hello'),
		);
		expect(fine.json).toEqual(OK);
		const rewrite = await sender.send(
			s.url,
			'Group.CallbackBeforeSendMsg',
			samples['Group.CallbackBeforeSendMsg']('rewrite'),
		);
		expect(rewrite.json.MsgBody[0].MsgContent.Text).toBe('***');
		await s.stop();
		expect(s.executions).toHaveLength(3);
	});

	test('"let the workflow decide": a slow workflow gets the default answer within the timeout', async () => {
		const s = await serve(
			{
				events: ['Group.CallbackBeforeApplyJoinGroup'],
				beforeCallbackAnswer: 'workflow',
				decisionTimeout: 800,
				defaultAnswer: 'reject',
			},
			slowCall('Slow', slow.url, 2000),
			setJson(
				'Allow',
				'={{ JSON.stringify({ ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" }) }}',
			),
		);
		const r = await sender.send(
			s.url,
			'Group.CallbackBeforeApplyJoinGroup',
			samples['Group.CallbackBeforeApplyJoinGroup'](),
		);
		expect(r.json).toEqual({ ActionStatus: 'OK', ErrorCode: 1, ErrorInfo: '' });
		expect(r.ms).toBeGreaterThanOrEqual(750);
		expect(r.ms).toBeLessThan(1900);
		await s.stop();
		expect(s.executions).toHaveLength(1);
		expect(s.executions[0].result.status).toBe('success');
	});

	test('"let the workflow decide": after-callbacks are still answered at once', async () => {
		const s = await serve(
			{ events: ['*'], beforeCallbackAnswer: 'workflow' },
			slowCall('Slow', slow.url, 2000),
		);
		const r = await sender.send(
			s.url,
			'Group.CallbackAfterMemberExit',
			samples['Group.CallbackAfterMemberExit'](),
		);
		expect(r.json).toEqual(OK);
		expect(r.ms).toBeLessThan(1000);
		await s.stop();
		expect(s.executions).toHaveLength(1);
	});
});

describe('strict deliveries', () => {
	let s;
	beforeAll(async () => (s = await serve({ events: ['*'] })));
	afterAll(() => s.stop());

	const raw = (text) => ({ ...sender.request('Group.CallbackAfterNewMemberJoin'), body: text });
	const refused = [
		[
			'a duplicated GroupId',
			() =>
				raw(
					'{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"g-1","GroupId":"g-2"}',
				),
		],
		[
			'a duplicated CallbackCommand spelled with an escape',
			() =>
				raw(
					'{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","Callback\\u0043ommand":"Group.CallbackAfterMemberExit"}',
				),
		],
		[
			'a duplicated key inside NewMemberList (nested)',
			() =>
				raw(
					'{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"g","NewMemberList":[{"Member_Account":"a","Member_Account":"b"}]}',
				),
		],
		[
			'text after the JSON',
			() =>
				raw('{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"g"} {"GroupId":"h"}'),
		],
		[
			'"CallbackCommand": {"toString": 1}',
			() => raw('{"CallbackCommand":{"toString":1},"GroupId":"g"}'),
		],
		[
			'a GroupId that is not text',
			() => raw('{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":{"toString":1}}'),
		],
		[
			'a body naming another callback than the URL',
			() => raw('{"CallbackCommand":"Group.CallbackAfterMemberExit","GroupId":"g"}'),
		],
		[
			'a Sign given twice in the URL',
			() => {
				const r = sender.request(
					'Group.CallbackAfterNewMemberJoin',
					samples['Group.CallbackAfterNewMemberJoin'](),
				);
				return { ...r, query: [...Object.entries(r.query), ['Sign', 'x']] };
			},
		],
	];
	test.each(refused)('%s is refused with 400 and starts nothing', async (_label, make) => {
		const before = s.executions.length;
		const r = await deliver(s.url, make());
		expect(r.status).toBe(400);
		await s.settled();
		expect(s.executions.length).toBe(before);
	});

	test('the item carries the callback, never the Sign or RequestTime of the delivery', async () => {
		const req = sender.request(
			'Group.CallbackAfterNewMemberJoin',
			samples['Group.CallbackAfterNewMemberJoin']('g-sign'),
		);
		expect((await deliver(s.url, req)).json).toEqual(OK);
		await s.settled();
		const text = JSON.stringify(s.executions.at(-1).result.output('Trigger')[0].json);
		expect(text).toContain('g-sign');
		expect(text).not.toContain(req.query.Sign);
		expect(text).not.toMatch(/"(Sign|RequestTime)"/); // the replayable pair: Sign = sha256(token + RequestTime)
	});
});

describe('"let the workflow decide": the default answer whenever the workflow gives none', () => {
	const decide = (extra) => ({
		events: ['Group.CallbackBeforeApplyJoinGroup'],
		beforeCallbackAnswer: 'workflow',
		defaultAnswer: 'reject',
		...extra,
	});
	const REJECT = { ActionStatus: 'OK', ErrorCode: 1, ErrorInfo: '' };

	test('a failing workflow: Tencent gets the default answer, not n8n\'s 500 "Error in workflow", well inside 2 s', async () => {
		const s = await serve(decide({ decisionTimeout: 1500 }), failing());
		const r = await sender.send(
			s.url,
			'Group.CallbackBeforeApplyJoinGroup',
			samples['Group.CallbackBeforeApplyJoinGroup'](),
		);
		expect(r.status).toBe(200);
		expect(r.json).toEqual(REJECT);
		expect(r.ms).toBeLessThan(1900);
		await s.stop();
		expect(s.executions).toHaveLength(1);
		expect(s.executions[0].result.status).toBe('error');
	});

	test('a last node whose item is not an answer (the trigger item passed through): the default answer', async () => {
		const s = await serve(decide({ decisionTimeout: 1500 }), noOp());
		const r = await sender.send(
			s.url,
			'Group.CallbackBeforeApplyJoinGroup',
			samples['Group.CallbackBeforeApplyJoinGroup'](),
		);
		expect(r.json).toEqual(REJECT);
		await s.stop();
	});

	test('a failing step after a slow one: the default answer at the timeout, the late 500 discarded', async () => {
		const slow = await slowServer();
		const s = await serve(
			decide({ decisionTimeout: 600 }),
			slowCall('Slow', slow.url, 1200),
			failing(),
		);
		const r = await sender.send(
			s.url,
			'Group.CallbackBeforeApplyJoinGroup',
			samples['Group.CallbackBeforeApplyJoinGroup'](),
		);
		expect(r.json).toEqual(REJECT);
		expect(r.ms).toBeLessThan(1900);
		await s.stop();
		await slow.stop();
		expect(s.executions[0].result.status).toBe('error');
	});

	test.each([
		['text', 'fast'],
		['a negative number', -5],
		["a number above Tencent's 2 s", 5000],
		['a fraction', 150.5],
	])(
		'a Decision Timeout given as %s is refused at activation and at delivery with a clear error',
		async (_label, value) => {
			const s = await serve(decide({ decisionTimeout: value }), noOp());
			await expect(s.hook('checkExists')).rejects.toThrow(/Decision Timeout/);
			await expect(s.hook('create')).rejects.toThrow(/Decision Timeout/);
			const r = await sender.send(
				s.url,
				'Group.CallbackBeforeApplyJoinGroup',
				samples['Group.CallbackBeforeApplyJoinGroup'](),
			);
			expect(r.json).not.toEqual(REJECT); // no silent default answer
			expect(r.text).toMatch(/Decision Timeout/);
			await s.stop();
			expect(s.executions).toHaveLength(0);
		},
	);

	test("a Decision Timeout given as numeric text (an expression's result) is accepted", async () => {
		const s = await serve(decide({ decisionTimeout: '1200' }), noOp());
		expect(await s.hook('checkExists')).toBe(true);
		await s.stop();
	});
});
