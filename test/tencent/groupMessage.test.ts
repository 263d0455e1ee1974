// Group Message: send (TIMTextElem), sendSystemNotification, recall (by MsgSeq), deleteBySender.
import { FAST, continueOnFail, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMessage');

describe('Group Message: Send, Recall', () => {
	test('send a text as another account; MsgSeq/MsgTime come back and feed Recall', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('bot');
		const groupId = newGroup();
		const sent = await run(
			wf('send', {
				groupId,
				text: 'Hello 👋',
				messageOptions: { fromAccount: 'bot', noUnread: true },
			}),
			{ credentials, items: [{ json: {} }, { json: {} }] },
		);
		const out = jsonOf(sent);
		expect(out).toEqual([
			{
				groupId,
				msgSeq: 1,
				msgTime: expect.any(Number),
				random: expect.any(Number),
				fromAccount: 'bot',
			},
			{
				groupId,
				msgSeq: 2,
				msgTime: expect.any(Number),
				random: expect.any(Number),
				fromAccount: 'bot',
			},
		]);
		const [call] = ctx.fake.businessCalls();
		expect(call).toMatchObject({
			path: '/v4/group_open_http_svc/send_group_msg',
			body: {
				GroupId: groupId,
				From_Account: 'bot',
				SendMsgControl: ['NoUnread'],
				MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello 👋' } }],
			},
		});
		expect(call.body.Random).toBe(out[0].random);

		ctx.fake.reset();
		const recalled = await run(
			wf('recall', { groupId, msgSeqs: '={{ $json.msgSeq }}', reason: 'oops' }),
			{ credentials, items: out.map((json) => ({ json })) },
		);
		expect(jsonOf(recalled)).toEqual([
			{ groupId, recalled: [1], calls: 1 },
			{ groupId, recalled: [2], calls: 1 },
		]);
		// Both items recall from the same group with the same Reason: one shared call.
		expect(ctx.fake.businessCalls().map((r: any) => r.body)).toEqual([
			{ GroupId: groupId, MsgSeqList: [{ MsgSeq: 1 }, { MsgSeq: 2 }], Reason: 'oops' },
		]);
		expect(ctx.fake.groups.get(groupId).messages.every((m: any) => m.recalled)).toBe(true);
	});

	test('send is never resent: after a connection reset the item reports it, one request', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		ctx.fake.inject({ kind: 'reset' });
		const result = await run(continueOnFail(wf('send', { groupId, text: 'once' })), {
			credentials,
		});
		expect(jsonOf(result)[0].error).toMatch(/ECONNRESET/);
		expect(ctx.fake.requests).toHaveLength(1);
	});

	test('a muted sender: 10017 with advice', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('loud');
		const groupId = newGroup({ muted: ['loud'] });
		const result = await run(
			wf('send', { groupId, text: 'hi', messageOptions: { fromAccount: 'loud' } }),
			{ credentials },
		);
		expect(result.nodeError('Vendor').description).toMatch(/ErrorCode 10017: The sender is muted/);
	});

	test('recall goes 10 per call; unknown MsgSeqs fail the item, named, after every call', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const group = ctx.fake.groups.get(groupId);
		for (let i = 0; i < 23; i++)
			group.messages.push({
				MsgSeq: group.nextSeq++,
				From_Account: 'x',
				recalled: false,
				deleted: false,
			});
		const seqs = Array.from({ length: 23 }, (_, i) => i + 1);
		const ok = await run(wf('recall', { groupId, msgSeqs: '={{ $json.s }}' }), {
			credentials,
			items: [{ json: { s: seqs } }],
		});
		expect(jsonOf(ok)[0]).toMatchObject({ recalled: seqs, calls: 3 });
		expect(ctx.fake.businessCalls().map((r: any) => r.body.MsgSeqList.length)).toEqual([10, 10, 3]);
		const bad = await run(continueOnFail(wf('recall', { groupId, msgSeqs: '1, 99' })), {
			credentials,
		});
		expect(jsonOf(bad)[0]).toMatchObject({
			error: expect.stringMatching(
				/^Tencent Cloud Chat error 10030: 1 of 2 messages to recall failed \(99: 10030\)/,
			),
			recalled: [1],
			failed: [{ id: 99, code: 10030 }],
		});
	});
});

describe('Group Message: System Notification, Delete by Sender', () => {
	test('a notification to everyone, then to named members', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const all = await run(
			wf('sendSystemNotification', { groupId, content: 'Maintenance at 22:00' }),
			{ credentials },
		);
		expect(jsonOf(all)).toEqual([{ groupId, sent: true, recipients: 'all' }]);
		expect(ctx.fake.businessCalls()[0].body).toEqual({
			GroupId: groupId,
			Content: 'Maintenance at 22:00',
		});
		await run(wf('sendSystemNotification', { groupId, content: 'Hi', recipients: 'a, b' }), {
			credentials,
		});
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({
			GroupId: groupId,
			Content: 'Hi',
			ToMembers_Account: ['a', 'b'],
		});
		expect(ctx.fake.groups.get(groupId).notifications).toHaveLength(2);
	});

	test("delete by sender removes only that sender's messages", async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const group = ctx.fake.groups.get(groupId);
		for (const from of ['spam', 'ok', 'spam'])
			group.messages.push({
				MsgSeq: group.nextSeq++,
				From_Account: from,
				recalled: false,
				deleted: false,
			});
		const result = await run(wf('deleteBySender', { groupId, senderAccount: 'spam' }), {
			credentials,
		});
		expect(jsonOf(result)).toEqual([{ groupId, senderAccount: 'spam', deleted: true }]);
		expect(ctx.fake.businessCalls()[0].body).toEqual({ GroupId: groupId, Sender_Account: 'spam' });
		expect(group.messages.map((m: any) => m.deleted)).toEqual([true, false, true]);
	});
});

describe('bad input is refused before anything is sent', () => {
	const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
		['send: empty text', 'send', { text: ' ' }, /Text in item 1: .*required/],
		[
			'send: text over 12 KB',
			'send',
			{ text: 'x'.repeat(12 * 1024 + 1) },
			/Text in item 1: must be at most 12288 bytes/,
		],
		[
			'send: sender over 32 bytes',
			'send',
			{ text: 'x', messageOptions: { fromAccount: 'a'.repeat(33) } },
			/From Account in item 1: must be at most 32 bytes/,
		],
		[
			'recall: not a number',
			'recall',
			{ msgSeqs: '1, two' },
			/Message Sequence Numbers \(entry 2\) in item 1: .*number/,
		],
		[
			'recall: none',
			'recall',
			{ msgSeqs: '={{ [] }}' },
			/Message Sequence Numbers in item 1: at least one MsgSeq is required/,
		],
		[
			'recall: reason over 100 bytes',
			'recall',
			{ msgSeqs: '1', reason: 'r'.repeat(101) },
			/Reason in item 1: must be at most 100 bytes/,
		],
		[
			'notification: empty content',
			'sendSystemNotification',
			{ content: ' ' },
			/Content in item 1: .*required/,
		],
		[
			'delete by sender: no sender',
			'deleteBySender',
			{ senderAccount: ' ' },
			/Sender Account in item 1: .*required/,
		],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const result = await run(wf(operation, { groupId, options: FAST, ...params }), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
