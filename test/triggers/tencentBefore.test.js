'use strict';
// Tencent Cloud Chat Trigger before-callbacks through n8n-core's WebhookContext and engine, with real
// HTTP requests: "allow and continue" and "let the workflow decide" with its default answer.
const { samples } = require('../../devkit/fakes/tencentEvents');
const { noOp, setJson, slowCall, slowServer, failing } = require('./workflows');
const { OK, sender, serve } = require('./tencent.helpers');

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
