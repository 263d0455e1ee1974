// One pacer per credential and API, through n8n's engine: two workflows on one Tencent app asking
// for different Calls Per Second, each under the app's limit, stay together under the lower rate
// (two pacers keyed by rate let both rates through at once: 140 calls/s against a limit of 100).
import { FAST, FakeTencent, loadPackage, runWorkflow, singleNodeWorkflow } from '../tencent/setup';

/* eslint-disable @typescript-eslint/no-explicit-any */
let fake: any;
beforeAll(async () => {
	await loadPackage();
	// This app's limit: 100 calls per second per API, as the fake counts them (sliding second).
	fake = await new FakeTencent({ qps: 100 }).start();
});
afterAll(async () => await fake.stop());

test('two runs on one credential, at 80 and 60 calls per second (each under the limit of 100): together never over it', async () => {
	const app = { sdkAppId: 1400600001, secretKey: `pacing-${Math.random().toString(36).slice(2)}` };
	fake.addApp({ ...app, admins: ['administrator'] });
	fake.addGroup('@TGS#paced');
	const credentials = {
		'cred-1': {
			type: 'tencentCloudChatApi',
			data: { ...app, identifier: 'administrator', region: 'custom', baseUrl: fake.url },
		},
	};
	const workflow = (callsPerSecond: number) =>
		singleNodeWorkflow(
			'tencentCloudChat',
			{
				resource: 'groupMember',
				operation: 'unban',
				groupId: '@TGS#paced',
				memberAccounts: '={{ $json.a }}',
				options: { ...FAST, callsPerSecond, combineItems: false, concurrency: 16 },
			},
			'tencentCloudChatApi',
		);
	const items = (prefix: string) =>
		Array.from({ length: 60 }, (_, i) => ({ json: { a: `${prefix}${i}` } }));

	const results = await Promise.all([
		runWorkflow(workflow(80), { credentials, items: items('a') }),
		runWorkflow(workflow(60), { credentials, items: items('b') }),
	]);

	expect(results.map((r: any) => r.status)).toEqual(['success', 'success']);
	expect(fake.rate.rejected).toBe(0);
	// No call had to be retried: 120 items, 120 calls.
	expect(fake.calls(/unban_group_member$/)).toHaveLength(120);
});
