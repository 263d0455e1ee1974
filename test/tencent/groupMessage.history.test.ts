// Group Message → Get History (group_msg_get_simple): newest first, ≤ 20 per call, paged backwards
// with ReqMsgSeq, bounded by Limit / Return All; not for live-stream groups (AVChatRoom).
import { FAST, continueOnFail, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMessage');

/** `n` messages in the group, MsgSeq 1…n, as members sent them. */
function seed(groupId: string, n: number) {
	const group = ctx.fake.groups.get(groupId);
	for (let k = 0; k < n; k++)
		group.messages.push({
			MsgSeq: group.nextSeq++,
			MsgTime: 1700000000 + k,
			From_Account: `member${k % 3}`,
			Random: k,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `message ${k + 1}` } }],
			recalled: false,
			deleted: false,
		});
}

describe('Group Message: Get History', () => {
	test('messages sent through the node come back, newest first; a recalled one as a placeholder', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const sent = await run(wf('send', { groupId, text: '={{ $json.t }}' }), {
			credentials,
			items: ['one', 'two', 'three'].map((t) => ({ json: { t } })),
		});
		const seqs = jsonOf(sent).map((m) => m.msgSeq);
		await run(wf('recall', { groupId, msgSeqs: String(seqs[1]) }), { credentials });
		ctx.fake.reset();

		const history = await run(wf('getHistory', { groupId, returnAll: true }), { credentials });
		const out = jsonOf(history);
		expect(out.map((m) => [m.MsgSeq, m.IsPlaceMsg, m.MsgBody[0]?.MsgContent?.Text])).toEqual([
			[3, 0, 'three'],
			[2, 1, undefined],
			[1, 0, 'one'],
		]);
		expect(out[0]).toMatchObject({ groupId, From_Account: 'administrator' });
		expect(ctx.fake.businessCalls().map((c: any) => c.body)).toEqual([
			{ GroupId: groupId, ReqMsgNumber: 20 },
		]);

		const withRecalled = await run(
			wf('getHistory', { groupId, returnAll: true, includeRecalled: true }),
			{ credentials },
		);
		expect(jsonOf(withRecalled)[1].MsgBody[0].MsgContent.Text).toBe('two');
		expect(ctx.fake.businessCalls().at(-1).body.WithRecalledMsg).toBe(1);
	});

	test('paging backwards: 45 messages with a Limit of 25 take 2 calls, Return All 3', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		seed(groupId, 45);
		const some = await run(wf('getHistory', { groupId, returnAll: false, limit: 25 }), {
			credentials,
		});
		expect(jsonOf(some).map((m) => m.MsgSeq)).toEqual(Array.from({ length: 25 }, (_, k) => 45 - k));
		expect(ctx.fake.businessCalls().map((c: any) => c.body)).toEqual([
			{ GroupId: groupId, ReqMsgNumber: 20 },
			{ GroupId: groupId, ReqMsgNumber: 5, ReqMsgSeq: 25 },
		]);
		ctx.fake.reset();
		const all = await run(wf('getHistory', { groupId, returnAll: true }), { credentials });
		expect(jsonOf(all)).toHaveLength(45);
		expect(ctx.fake.businessCalls().map((c: any) => c.body.ReqMsgSeq)).toEqual([undefined, 25, 5]);
	});

	test('a live-stream group (AVChatRoom) keeps no history: Tencent refuses it, with advice', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ type: 'AVChatRoom' });
		const result = await run(wf('getHistory', { groupId, returnAll: true }), { credentials });
		expect(result.nodeError('Vendor').description).toMatch(/^ErrorCode 10007:/);
	});

	test('an answer without RspMsgList or IsFinished fails loudly, never "no messages"', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', GroupId: groupId };
		ctx.fake.inject({ kind: 'status', status: 200, body: { ...ok, IsFinished: 1, MsgList: [] } });
		const renamed = await run(continueOnFail(wf('getHistory', { groupId, returnAll: true })), {
			credentials,
		});
		expect(jsonOf(renamed)[0].error).toMatch(/RspMsgList/);
		ctx.fake.inject({
			kind: 'status',
			status: 200,
			body: { ...ok, RspMsgList: [{ MsgSeq: 1, MsgBody: [] }] },
		});
		const noFlag = await run(continueOnFail(wf('getHistory', { groupId, returnAll: true })), {
			credentials,
		});
		expect(jsonOf(noFlag)[0].error).toMatch(/without a whole number IsFinished/);
	});

	test('bad input is refused before anything is sent', async () => {
		const { credentials } = newApp();
		const result = await run(wf('getHistory', { groupId: ' ', returnAll: true, options: FAST }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(/Group in item 1: .*required/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
