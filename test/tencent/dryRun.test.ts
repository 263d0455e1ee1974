// Dry Run on a combined Tencent command: 1,000 unban items → 50 planned calls of 20, none sent.
import { accounts, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');

test('1,000 unban items plan ⌈1000/20⌉ = 50 shared calls; Tencent sees no request and the usersig is not shown', async () => {
	const { credentials } = newApp();
	const list = accounts(1000, 'u');
	const groupId = newGroup({ banned: list });
	const result = await run(
		wf('unban', { groupId, memberAccounts: '={{ $json.a }}', options: { dryRun: true } }),
		{ credentials, items: list.map((a) => ({ json: { a } })) },
	);
	expect(result.status).toBe('success');
	expect(ctx.fake.requests).toHaveLength(0);
	const out = jsonOf(result);
	expect(out).toHaveLength(1000);
	expect(out[0]).toEqual({
		dryRun: true,
		sent: false,
		calls: [
			{
				call: 1,
				sharedBy: 20,
				method: 'POST',
				path: '/v4/group_open_http_svc/unban_group_member',
				body: { GroupId: groupId, Members_Account: list.slice(0, 20) },
				idempotent: true,
			},
		],
	});
	expect(out.map((j) => j.calls[0].call)).toEqual(list.map((_, i) => Math.floor(i / 20) + 1));
	expect(JSON.stringify(out[999])).not.toMatch(/usersig|sdkappid/i);
	expect(ctx.fake.groups.get(groupId).banned.size).toBe(1000);
});
