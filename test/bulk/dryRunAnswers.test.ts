// Dry Run on operations whose answer is checked for missing entries (NO_ANSWER) after their calls:
// the empty planned answer must not make their plan look incomplete (`laterCallsNeedAnswers`).
import { FakeHuawei } from '../../devkit/fakes/huawei';
import { FakeTencent, loadPackage, runWorkflow, singleNodeWorkflow } from '../tencent/setup';

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
});

const DRY = { retryDelayMs: 5, dryRun: true };

async function tencentDry(resource: string, operation: string, params: Record<string, unknown>) {
	const app = { sdkAppId: 1400800000 + ++seq, secretKey: `dry-key-${seq}-${Math.random()}` };
	tencent.addApp({ ...app, admins: ['administrator'] });
	const credentials = {
		'cred-1': {
			type: 'tencentCloudChatApi',
			data: { ...app, identifier: 'administrator', region: 'custom', baseUrl: tencent.url },
		},
	};
	const wf = singleNodeWorkflow(
		'tencentCloudChat',
		{ resource, operation, options: DRY, ...params },
		'tencentCloudChatApi',
	);
	const result = await runWorkflow(wf, { credentials });
	expect(result.status).toBe('success');
	expect(tencent.requests).toHaveLength(0);
	return result.output('Vendor').map((o: any) => o.json);
}

test('Tencent Account → Check: one planned call, complete (no laterCallsNeedAnswers)', async () => {
	const [out] = await tencentDry('account', 'check', { accountIds: 'c1, c2, c3' });
	expect(out).toEqual({
		dryRun: true,
		sent: false,
		calls: [
			expect.objectContaining({
				call: 1,
				path: '/v4/im_open_login_svc/account_check',
				body: { CheckItem: [{ UserID: 'c1' }, { UserID: 'c2' }, { UserID: 'c3' }] },
			}),
		],
	});
});

test('Tencent Group → Get: one planned call, complete', async () => {
	const [out] = await tencentDry('group', 'get', {
		groupId: { __rl: true, mode: 'id', value: '@TGS#dry' },
	});
	expect(out).toMatchObject({ dryRun: true, sent: false });
	expect(out).not.toHaveProperty('laterCallsNeedAnswers');
	expect(out.calls).toHaveLength(1);
	expect(out.calls[0].path).toBe('/v4/group_open_http_svc/get_group_info');
});

test('Huawei Meeting → Create: the booking call planned, complete, no token fetched', async () => {
	const account = `dry-${++seq}@corp`;
	huawei.addUser(account, { password: 'pw-dry-0123456789' });
	const credentials = {
		'cred-1': {
			type: 'huaweiCloudMeetingApi',
			data: { authMode: 'account', account, password: 'pw-dry-0123456789', baseUrl: huawei.url },
		},
	};
	const wf = singleNodeWorkflow(
		'huaweiCloudMeeting',
		{ resource: 'meeting', operation: 'create', subject: 'Board', options: DRY },
		'huaweiCloudMeetingApi',
	);
	const result = await runWorkflow(wf, { credentials });
	expect(result.status).toBe('success');
	expect(huawei.requests).toHaveLength(0);
	const [out] = result.output('Vendor').map((o: any) => o.json);
	expect(out).toMatchObject({ dryRun: true, sent: false });
	expect(out).not.toHaveProperty('laterCallsNeedAnswers');
	expect(out.calls).toEqual([
		expect.objectContaining({
			method: 'POST',
			path: '/v1/mmc/management/conferences',
			idempotent: false,
		}),
	]);
});
