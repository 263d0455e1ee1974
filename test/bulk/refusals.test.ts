// Refusals of shared calls, through n8n's engine: a refusal about the call itself (permission, the
// app's state) costs one call, not a split of every call; a refusal about an id is split down to the
// item at fault; without Continue On Fail the error is the vendor's, on the items of the refused call,
// and the items that were merely not sent are named apart.
import { FakeDingTalk } from '../../devkit/fakes/dingtalk';
import { FAST, FakeTencent, loadPackage, runWorkflow, singleNodeWorkflow } from '../tencent/setup';

/* eslint-disable @typescript-eslint/no-explicit-any */
let tencent: any;
let dingtalk: any;
let seq = 0;
beforeAll(async () => {
	await loadPackage();
	tencent = await new FakeTencent({ qps: 0 }).start();
	dingtalk = await new FakeDingTalk().start();
});
afterAll(async () => {
	await tencent.stop();
	await dingtalk.stop();
});
beforeEach(() => {
	tencent.reset();
	dingtalk.reset();
});

const OPTIONS = { ...FAST, callsPerSecond: 1000 };
const oneEach = (n: number, id: (i: number) => string) =>
	Array.from({ length: n }, (_, i) => ({ json: { id: id(i) } }));

function tencentApp({ banning = true } = {}) {
	const app = {
		sdkAppId: 1400800000 + ++seq,
		secretKey: `refusal-key-${seq}-${Math.random().toString(36).slice(2)}`,
	};
	tencent.addApp({ ...app, admins: ['administrator'], banning });
	return {
		'cred-1': {
			type: 'tencentCloudChatApi',
			data: { ...app, identifier: 'administrator', region: 'custom', baseUrl: tencent.url },
		},
	};
}

const unban = (groupId: string, options: Record<string, unknown> = {}, continueOnFail = true) => {
	const wf = singleNodeWorkflow(
		'tencentCloudChat',
		{
			resource: 'groupMember',
			operation: 'unban',
			groupId,
			memberAccounts: '={{ $json.id }}',
			options: { ...OPTIONS, ...options },
		},
		'tencentCloudChatApi',
	);
	if (continueOnFail) wf.nodes[1].onError = 'continueRegularOutput';
	return wf;
};

describe('a refusal about the call itself is not split', () => {
	test('Tencent: banning not enabled for the app (10007) on 1,000 unban items costs ≤ 4 calls; every item says why', async () => {
		const credentials = tencentApp({ banning: false });
		tencent.addGroup('@TGS#perm');
		const result = await runWorkflow(unban('@TGS#perm'), {
			credentials,
			items: oneEach(1000, (i) => `u${i}`),
		});
		const out = result.output('Vendor').map((o: any) => o.json);
		expect(out).toHaveLength(1000);
		expect(out.every((j: any) => j.vendorCode === '10007')).toBe(true);
		expect(out[0].error).toMatch(
			/^Tencent Cloud Chat error 10007: audio-video group member banning is not enabled/,
		);
		expect(out[999].error).toMatch(
			/^Not sent: the vendor refused the same call for other items \(Tencent Cloud Chat error 10007/,
		);
		expect(out[999]).toMatchObject({
			notSent: true,
			appliedIds: [],
			uncertainIds: [],
			notAppliedIds: ['u999'],
		});
		expect(tencent.calls(/unban_group_member$/).length).toBeLessThanOrEqual(4);
	});

	test('DingTalk: the app lacks a permission (403) on 1,000 Remove Users items costs ≤ 4 calls', async () => {
		seq++;
		const app = {
			clientId: `refusal-app-${seq}`,
			clientSecret: `refusal-secret-${seq}-${Math.random().toString(36).slice(2)}`,
			missingScope: true,
		};
		dingtalk.addApp(app);
		const credentials = {
			'cred-1': {
				type: 'dingTalkApi',
				data: {
					appType: 'internal',
					clientId: app.clientId,
					clientSecret: app.clientSecret,
					baseUrl: dingtalk.url,
				},
			},
		};
		const wf = singleNodeWorkflow(
			'dingTalk',
			{
				resource: 'roomBookingBlocklist',
				operation: 'removeUsers',
				blacklistUnionIds: '={{ $json.id }}',
				unionId: 'operator-1',
				options: OPTIONS,
			},
			'dingTalkApi',
		);
		wf.nodes[1].onError = 'continueRegularOutput';
		const result = await runWorkflow(wf, { credentials, items: oneEach(1000, (i) => `u${i}`) });
		const out = result.output('Vendor').map((o: any) => o.json);
		expect(out).toHaveLength(1000);
		expect(
			out.every((j: any) => j.vendorCode === 'Forbidden.AccessDenied.AccessTokenPermissionDenied'),
		).toBe(true);
		expect(dingtalk.businessCalls().length).toBeLessThanOrEqual(4);
	});

	test('Tencent: an unknown account (10019) is still split down to its item, within 2·⌈log₂ n⌉ extra calls', async () => {
		const credentials = tencentApp();
		const list = Array.from({ length: 20 }, (_, i) => (i === 13 ? 'ghost' : `k${i}`));
		tencent.importAccounts(list.filter((a) => a !== 'ghost'));
		tencent.strictAccounts = true;
		tencent.addGroup('@TGS#ids', { banned: list });
		const result = await runWorkflow(unban('@TGS#ids'), {
			credentials,
			items: list.map((id) => ({ json: { id } })),
		});
		const out = result.output('Vendor').map((o: any) => o.json);
		expect(
			out.map((j: any, i: number) => (j.error ? i : -1)).filter((i: number) => i >= 0),
		).toEqual([13]);
		expect(tencent.calls(/unban_group_member$/).length).toBeLessThanOrEqual(
			1 + 2 * Math.ceil(Math.log2(20)),
		);
	});
});

describe('without Continue On Fail the error blames the refused call, not an item that was merely not sent', () => {
	test("a refusal in the third call while the second waits to be retried: the error is the vendor's, on the items of the refused call", async () => {
		const credentials = tencentApp();
		const list = Array.from({ length: 1000 }, (_, i) => (i === 45 ? 'ghost' : `a${i}`));
		tencent.importAccounts(list.filter((a) => a !== 'ghost'));
		tencent.strictAccounts = true;
		tencent.addGroup('@TGS#blame', { banned: list });
		// The second call (items 21-40) is throttled once and waits for its retry while the third (items 41-60) is refused.
		tencent.failNext(60007, 'REST API call frequency exceeded', 1, {
			path: /unban_group_member$/,
			after: 1,
		});
		const result = await runWorkflow(
			unban('@TGS#blame', { concurrency: 2, retryDelayMs: 400 }, false),
			{ credentials, items: list.map((id) => ({ json: { id } })) },
		);
		expect(result.status).toBe('error');
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('Tencent Cloud Chat error 10019: account ghost does not exist');
		expect(error.context).toMatchObject({
			itemIndex: 40,
			items: Array.from({ length: 20 }, (_, i) => 41 + i),
		});
		expect(error.context.refusedIds).toContain('ghost');
		expect(error.context.notSentItems).toEqual(expect.arrayContaining([21, 40, 61, 1000]));
		expect(error.context.notSentItems).not.toContain(46);
		expect(error.description).toMatch(
			/The failed call carried items 41, 42, .* \(ids a40, a41, .*\)\. 960 other items were not sent \(21, 22, .*\): the node stops at the first failure\./,
		);
	});
});

test("per-item operations too: the error is the refused item's, not that of an earlier item held back while waiting to retry", async () => {
	const credentials = tencentApp();
	tencent.addGroup('@TGS#send');
	// The second message is throttled and waits for its retry; the third is refused meanwhile.
	tencent.failNext(60007, 'REST API call frequency exceeded', 1, {
		path: /send_group_msg$/,
		after: 1,
	});
	tencent.failNext(10016, 'refused by the before-send callback', 1, { path: /send_group_msg$/ });
	const wf = singleNodeWorkflow(
		'tencentCloudChat',
		{
			resource: 'groupMessage',
			operation: 'send',
			groupId: { __rl: true, mode: 'id', value: '@TGS#send' },
			text: '={{ "message " + $json.id }}',
			options: { ...OPTIONS, concurrency: 2, retryDelayMs: 400 },
		},
		'tencentCloudChatApi',
	);
	const result = await runWorkflow(wf, { credentials, items: oneEach(10, (i) => `m${i}`) });
	expect(result.status).toBe('error');
	const error = result.nodeError('Vendor');
	expect(error.message).toBe('Tencent Cloud Chat error 10016: refused by the before-send callback');
	expect(error.context).toMatchObject({ itemIndex: 2, notSentItems: 8 });
	expect(error.description).toMatch(
		/8 other items were not sent: the node stops at the first failure\.$/,
	);
});
