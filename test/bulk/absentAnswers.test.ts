// Per-entry answers that are absent, through n8n's engine: an item whose ids the vendor's answer
// holds no entry for fails with "did not answer for these ids"; it never succeeds or vanishes.
import { FakeHuawei } from '../../devkit/fakes/huawei';
import { FAST, FakeTencent, loadPackage, runWorkflow, singleNodeWorkflow } from '../tencent/setup';

/* eslint-disable @typescript-eslint/no-explicit-any */
let tencent: any;
let huawei: any;
let seq = 0;
beforeAll(async () => {
	await loadPackage();
	tencent = await new FakeTencent({ qps: 0 }).start();
	huawei = await new FakeHuawei().start();
});
afterAll(async () => {
	await tencent.stop();
	await huawei.stop();
});
beforeEach(() => {
	tencent.reset();
	huawei.reset();
	huawei.createAnswer = undefined;
});

function tencentRun(
	resource: string,
	operation: string,
	params: Record<string, unknown>,
	items: unknown[] = [{ json: {} }],
) {
	const app = {
		sdkAppId: 1400700000 + ++seq,
		secretKey: `absent-key-${seq}-${Math.random().toString(36).slice(2)}`,
	};
	tencent.addApp({ ...app, admins: ['administrator'] });
	const credentials = {
		'cred-1': {
			type: 'tencentCloudChatApi',
			data: { ...app, identifier: 'administrator', region: 'custom', baseUrl: tencent.url },
		},
	};
	const wf = singleNodeWorkflow(
		'tencentCloudChat',
		{ resource, operation, options: FAST, ...params },
		'tencentCloudChatApi',
	);
	wf.nodes[1].onError = 'continueRegularOutput';
	return runWorkflow(wf, { credentials, items }).then((result: any) =>
		result.output('Vendor').map((o: any) => o.json),
	);
}

const NO_ANSWER =
	/^Tencent Cloud Chat error NO_ANSWER: Tencent Cloud Chat did not answer for these ids \(1 of 1 (members to add|messages to recall)\): /;

describe('Tencent', () => {
	test.each([['partial'], ['empty'], ['absent']])(
		'Group Member → Add, answer with entries %s: an item without its Result fails, naming its account',
		async (mode) => {
			tencent.importAccounts('p1', 'p2', 'p3');
			tencent.addGroup(`@TGS#add-${mode}`);
			tencent.withoutEntries = mode;
			const out = await tencentRun(
				'groupMember',
				'add',
				{ groupId: `@TGS#add-${mode}`, memberAccounts: '={{ $json.a }}' },
				['p1', 'p2', 'p3'].map((a) => ({ json: { a } })),
			);
			expect(out).toHaveLength(3);
			// 'partial' leaves out the last entry of the one shared call: p3's.
			const silent = mode === 'partial' ? [2] : [0, 1, 2];
			out.forEach((j: any, i: number) => {
				if (silent.includes(i)) {
					expect(j.error).toMatch(NO_ANSWER);
					expect(j.error).toContain(`p${i + 1}`);
					expect(j.unanswered).toEqual([`p${i + 1}`]);
				} else expect(j).toMatchObject({ added: [`p${i + 1}`] });
			});
		},
	);

	test('Group Message → Recall, one MsgSeq left out of RecallRetList: its item fails, the other is recalled', async () => {
		const group = tencent.addGroup('@TGS#recall');
		for (const text of ['one', 'two'])
			group.messages.push({
				MsgSeq: group.nextSeq++,
				MsgTime: 1,
				From_Account: 'administrator',
				Random: 1,
				MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
				recalled: false,
				deleted: false,
			});
		tencent.withoutEntries = 'partial';
		const out = await tencentRun(
			'groupMessage',
			'recall',
			{ groupId: '@TGS#recall', msgSeqs: '={{ $json.seq }}' },
			[{ json: { seq: 1 } }, { json: { seq: 2 } }],
		);
		expect(out[0]).toMatchObject({ recalled: [1] });
		expect(out[1].error).toMatch(NO_ANSWER);
		expect(out[1].unanswered).toEqual([2]);
	});

	test('Account → Check, one account left out of ResultItem: the item fails naming it, never a shorter list', async () => {
		tencent.withoutEntries = 'partial';
		const [out] = await tencentRun('account', 'check', { accountIds: 'c1, c2, c3' });
		expect(out.error).toMatch(
			/^Tencent Cloud Chat error NO_ANSWER: Tencent Cloud Chat did not answer for these ids \(1 of 3 accounts to check\): c3$/,
		);
	});

	test('Group → Get answered with an empty GroupInfo: the item fails, not an empty output', async () => {
		tencent.addGroup('@TGS#get');
		tencent.withoutEntries = 'empty';
		const [out] = await tencentRun('group', 'get', {
			groupId: { __rl: true, mode: 'id', value: '@TGS#get' },
		});
		expect(out.error).toMatch(/did not answer for these ids \(1 of 1 group\): @TGS#get$/);
	});
});

describe('Huawei', () => {
	test.each([['emptyArray'], ['emptyObject']])(
		'Meeting → Create answered 200 with %s: the item fails, it does not vanish',
		async (mode) => {
			const account = `absent-${++seq}@corp`;
			const password = `pw-${Math.random().toString(36).slice(2)}`;
			huawei.addUser(account, { password });
			huawei.createAnswer = mode;
			const credentials = {
				'cred-1': {
					type: 'huaweiCloudMeetingApi',
					data: { authMode: 'account', account, password, baseUrl: huawei.url },
				},
			};
			const wf = singleNodeWorkflow(
				'huaweiCloudMeeting',
				{ resource: 'meeting', operation: 'create', subject: 'Board', options: FAST },
				'huaweiCloudMeetingApi',
			);
			wf.nodes[1].onError = 'continueRegularOutput';
			const result = await runWorkflow(wf, { credentials, items: [{ json: {} }] });
			const out = result.output('Vendor');
			expect(out).toHaveLength(1);
			expect(out[0].json.error).toBe(
				'Huawei Cloud Meeting error NO_ANSWER: Huawei Cloud Meeting did not answer with the meeting it booked',
			);
		},
	);
});
