// Direct Message: send (openim/sendmsg), sendToMany (batchsendmsg, ≤ 500 per call, ErrorList),
// recall (admin_msgwithdraw by MsgKey). Sends and recalls are never resent.
import { FAST, accounts, continueOnFail, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, run } = useFake();
const wf = workflowFor('directMessage');
const c2c = () => ctx.fake.c2c as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Direct Message: Send, Recall', () => {
	test('send as another account; its MsgKey feeds Recall, which removes it', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('bot', 'alice');
		const sent = await run(
			wf('send', {
				toAccount: 'alice',
				text: 'Hello 👋',
				messageOptions: { fromAccount: 'bot', syncToSender: true },
			}),
			{ credentials },
		);
		const [out] = jsonOf(sent);
		expect(out).toEqual({
			toAccount: 'alice',
			fromAccount: 'bot',
			msgKey: expect.stringMatching(/^\d+_\d+_\d+$/),
			msgTime: expect.any(Number),
			random: expect.any(Number),
		});
		const [call] = ctx.fake.businessCalls();
		expect(call.path).toBe('/v4/openim/sendmsg');
		expect(call.body).toEqual({
			SyncOtherMachine: 1,
			From_Account: 'bot',
			To_Account: 'alice',
			MsgRandom: out.random,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello 👋' } }],
		});
		expect(c2c().find((m) => m.MsgKey === out.msgKey)).toMatchObject({
			From_Account: 'bot',
			To_Account: 'alice',
			recalled: false,
		});

		const recall = wf('recall', {
			fromAccount: '={{ $json.fromAccount }}',
			toAccount: '={{ $json.toAccount }}',
			msgKey: '={{ $json.msgKey }}',
		});
		const recalled = await run(recall, { credentials, items: [{ json: out }] });
		expect(jsonOf(recalled)).toEqual([
			{ fromAccount: 'bot', toAccount: 'alice', msgKey: out.msgKey, recalled: true },
		]);
		expect(c2c().find((m) => m.MsgKey === out.msgKey)?.recalled).toBe(true);
		// A second recall finds it gone (20023): the item succeeds, saying so; still one request.
		ctx.fake.reset();
		const again = await run(recall, { credentials, items: [{ json: out }] });
		expect(jsonOf(again)).toEqual([
			{
				fromAccount: 'bot',
				toAccount: 'alice',
				msgKey: out.msgKey,
				recalled: true,
				alreadyRecalled: true,
			},
		]);
		expect(ctx.fake.requests).toHaveLength(1);
		// A message that never existed is an error (20022), with its meaning.
		const missing = await run(
			wf('recall', { fromAccount: 'bot', toAccount: 'alice', msgKey: '9_9_9' }),
			{ credentials },
		);
		expect(missing.nodeError('Vendor').description).toMatch(
			/ErrorCode 20022: The message to recall does not exist/,
		);
	});

	test('as the App admin by default, not synced to the sender (SyncOtherMachine 2)', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('alice');
		await run(wf('send', { toAccount: 'alice', text: 'hi', messageOptions: { noUnread: true } }), {
			credentials,
		});
		const [call] = ctx.fake.businessCalls();
		expect(call.body).toMatchObject({ SyncOtherMachine: 2, SendMsgControl: ['NoUnread'] });
		expect(call.body.From_Account).toBeUndefined();
	});

	test('an unknown recipient: 90003 with advice', async () => {
		const { credentials } = newApp();
		const result = await run(wf('send', { toAccount: 'ghost', text: 'hi' }), { credentials });
		expect(result.nodeError('Vendor').description).toMatch(/ErrorCode 90003: The recipient/);
	});

	test.each([
		['send', { toAccount: 'alice', text: 'once' }],
		['sendToMany', { toAccounts: 'alice, bob', text: 'once' }],
		['recall', { fromAccount: 'administrator', toAccount: 'alice', msgKey: '1_2_3' }],
	])(
		'%s is never resent: after a connection reset the item reports it, one request',
		async (operation, params) => {
			const { credentials } = newApp();
			ctx.fake.importAccounts('alice', 'bob');
			ctx.fake.inject({ kind: 'reset' });
			const result = await run(continueOnFail(wf(operation, params)), { credentials });
			expect(jsonOf(result)[0].error).toMatch(/ECONNRESET/);
			expect(ctx.fake.requests).toHaveLength(1);
		},
	);

	test('an answer without MsgKey fails the item, saying the message went out', async () => {
		const { credentials } = newApp();
		ctx.fake.inject({
			kind: 'status',
			status: 200,
			body: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', MsgTime: 1 },
		});
		const result = await run(wf('send', { toAccount: 'alice', text: 'hi' }), { credentials });
		expect(result.nodeError('Vendor').description).toMatch(
			/The message was sent; do not send it again/,
		);
		expect(ctx.fake.requests).toHaveLength(1);
	});
});

describe('Direct Message: Send to Many', () => {
	test('1203 accounts go in calls of 500, 500, 203; every recipient gets it with its MsgKey', async () => {
		const { credentials } = newApp();
		const to = accounts(1203, 'fan');
		ctx.fake.importAccounts(to);
		const result = await run(wf('sendToMany', { toAccounts: '={{ $json.to }}', text: 'Sale!' }), {
			credentials,
			items: [{ json: { to } }],
		});
		const [out] = jsonOf(result);
		expect(out.calls).toBe(3);
		expect(out.sent).toHaveLength(1203);
		const calls = ctx.fake.businessCalls();
		expect(calls.map((c: any) => c.body.To_Account.length)).toEqual([500, 500, 203]);
		expect(new Set(calls.map((c: any) => c.body.MsgRandom))).toEqual(new Set([out.random]));
		expect(c2c().filter((m) => m.MsgBody[0]?.MsgContent.Text === 'Sale!')).toHaveLength(1203);
		expect(out.sent[0]).toEqual({ toAccount: 'fan0', msgKey: expect.stringMatching(/_/) });
	});

	test('items are never combined: two items with the same text send two calls', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('a', 'b');
		await run(wf('sendToMany', { toAccounts: '={{ $json.to }}', text: 'same' }), {
			credentials,
			items: [{ json: { to: ['a'] } }, { json: { to: ['b'] } }],
		});
		expect(ctx.fake.businessCalls().map((c: any) => c.body.To_Account)).toEqual([['a'], ['b']]);
	});

	test('accounts in ErrorList fail the item, named with their code; the others are reported sent', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('a', 'b');
		const result = await run(
			continueOnFail(wf('sendToMany', { toAccounts: 'a, ghost, b', text: 'x' })),
			{
				credentials,
			},
		);
		const [out] = jsonOf(result);
		expect(out.error).toMatch(
			/^Tencent Cloud Chat error 70107: 1 of 3 recipients failed \(ghost: 70107\)/,
		);
		expect(out.failed).toEqual([{ id: 'ghost', code: 70107 }]);
		expect(out.sent.map((s: any) => s.toAccount)).toEqual(['a', 'b']);
		expect(ctx.fake.requests).toHaveLength(1);
	});

	test('an ErrorList entry for an account the call did not carry is a malformed answer', async () => {
		const { credentials } = newApp();
		ctx.fake.inject({
			kind: 'status',
			status: 200,
			body: {
				ActionStatus: 'OK',
				ErrorCode: 0,
				ErrorInfo: '',
				MsgKey: '1_2_3',
				ErrorList: [{ Account: 'a', Code: 70107 }],
			},
		});
		const result = await run(wf('sendToMany', { toAccounts: 'a', text: 'x' }), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(
			/ErrorList holds an entry that is not one of the call's accounts/,
		);
	});
});

describe('bad input is refused before anything is sent', () => {
	const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
		['send: empty text', 'send', { toAccount: 'a', text: ' ' }, /Text in item 1: .*required/],
		[
			'send: no recipient',
			'send',
			{ toAccount: ' ', text: 'x' },
			/To Account in item 1: .*required/,
		],
		[
			'send: text over 12 KB',
			'send',
			{ toAccount: 'a', text: 'x'.repeat(12 * 1024 + 1) },
			/Text in item 1: must be at most 12288 bytes/,
		],
		[
			'send: sender over 32 bytes',
			'send',
			{ toAccount: 'a', text: 'x', messageOptions: { fromAccount: 'f'.repeat(33) } },
			/From Account in item 1: must be at most 32 bytes/,
		],
		[
			'send to many: no accounts',
			'sendToMany',
			{ toAccounts: '={{ [] }}', text: 'x' },
			/To Accounts in item 1: at least one account is required/,
		],
		[
			'send to many: an account over 32 characters',
			'sendToMany',
			{ toAccounts: `a, ${'b'.repeat(33)}`, text: 'x' },
			/To Accounts .*in item 1: an account is longer than 32 characters/,
		],
		[
			'recall: no MsgKey',
			'recall',
			{ fromAccount: 'a', toAccount: 'b', msgKey: ' ' },
			/Message Key in item 1: .*required/,
		],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const result = await run(wf(operation, { options: FAST, ...params }), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
