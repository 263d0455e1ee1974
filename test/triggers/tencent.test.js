'use strict';
// Tencent Cloud Chat Trigger through n8n-core's WebhookContext and engine, with real HTTP requests:
// after-callbacks, refusals and strict deliveries (before-callbacks: tencentBefore.test.js).
const { deliver } = require('../../devkit/webhook');
const { TencentCallbackSender, samples } = require('../../devkit/fakes/tencentEvents');
const { APP, OK, sender, serve } = require('./tencent.helpers');

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
