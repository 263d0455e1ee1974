// Must-not-repeat calls stay once-only for the life of a node run, whatever its size: n8n's
// "Retry On Fail" after a refusal near the end of 10,050 messages resends none of them.
import { FAST, FakeTencent, loadPackage, runWorkflow, singleNodeWorkflow } from '../tencent/setup';

let fake: any; // eslint-disable-line @typescript-eslint/no-explicit-any
beforeAll(async () => {
	await loadPackage();
	// The fake's own rate limit off and the node at its highest rate: the test is about counts, not pacing.
	fake = await new FakeTencent({ qps: 0 }).start();
});
afterAll(async () => await fake.stop());

test('Group Message → Send over 10,050 items with Retry On Fail, one refused near the end: no message is sent twice', async () => {
	const app = {
		sdkAppId: 1400900001,
		secretKey: `once-only-${Math.random().toString(36).slice(2)}`,
	};
	fake.addApp({ ...app, admins: ['administrator'] });
	fake.addGroup('@TGS#once');
	const credentials = {
		'cred-1': {
			type: 'tencentCloudChatApi',
			data: { ...app, identifier: 'administrator', region: 'custom', baseUrl: fake.url },
		},
	};
	const wf = singleNodeWorkflow(
		'tencentCloudChat',
		{
			resource: 'groupMessage',
			operation: 'send',
			groupId: { __rl: true, mode: 'id', value: '@TGS#once' },
			text: '={{ "message " + $json.n }}',
			options: { ...FAST, callsPerSecond: 1000, concurrency: 64, maxRetries: 0 },
		},
		'tencentCloudChatApi',
	);
	// waitBetweenTries 0 would mean n8n's default of 1 s.
	Object.assign(wf.nodes[1], { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 });
	const items = Array.from({ length: 10050 }, (_, n) => ({ json: { n } }));
	fake.failNext(10016, 'refused by the before-send callback', 1, {
		path: /send_group_msg$/,
		after: 10040,
	});

	const result = await runWorkflow(wf, { credentials, items });

	expect(result.status).toBe('error');
	const texts = fake.calls(/send_group_msg$/).map((r: any) => r.body.MsgBody[0].MsgContent.Text); // eslint-disable-line @typescript-eslint/no-explicit-any
	expect(texts.length).toBeGreaterThan(10040);
	// Each message reached Tencent once: the retry refused to resend what the first try sent.
	expect(new Set(texts).size).toBe(texts.length);
	expect(result.nodeError('Vendor').message).toMatch(
		/ALREADY_SENT: This call was already sent by an earlier try/,
	);
}, 600000); // 10,050 real HTTP calls: minutes on a busy 2-core machine, seconds on a quiet one
