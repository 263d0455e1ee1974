// Off-boarding: Group → Get Many for User (get_joined_group_list), Change Owner (change_group_owner),
// Account → Delete (account_delete, combined across items) and Force Logout (kick).
import { ALONE, FAST, continueOnFail, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const group = workflowFor('group');
const account = workflowFor('account');

describe('Group: Get Many for User', () => {
	test("lists the account's groups with its role, pages by Offset up to TotalCount; live groups only when asked", async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('leaver', 'bob');
		const owned = newGroup({ owner: 'leaver', members: ['bob'], name: 'Team' });
		const joined = newGroup({ owner: 'bob', members: ['leaver'] });
		newGroup({ members: ['bob'] });
		const live = newGroup({ type: 'AVChatRoom', owner: 'bob', members: ['leaver'] });
		const all = await run(group('getAllForUser', { memberAccount: 'leaver', returnAll: true }), {
			credentials,
		});
		expect(jsonOf(all).map((g) => [g.groupId, g.role, g.Name])).toEqual([
			[owned, 'Owner', 'Team'],
			[joined, 'Member', joined],
		]);
		expect(ctx.fake.businessCalls()[0].body).toMatchObject({
			Member_Account: 'leaver',
			Limit: 5000,
			Offset: 0,
			ResponseFilter: { SelfInfoFilter: ['Role', 'JoinTime'] },
		});
		expect(ctx.fake.businessCalls()[0].body.WithHugeGroups).toBeUndefined();

		const paged = await run(
			group('getAllForUser', {
				memberAccount: 'leaver',
				returnAll: false,
				limit: 3,
				includeLiveGroups: true,
			}),
			{ credentials },
		);
		expect(jsonOf(paged).map((g) => g.groupId)).toEqual([owned, joined, live]);
		expect(ctx.fake.businessCalls().at(-1).body).toMatchObject({ Limit: 3, WithHugeGroups: 1 });

		const mine = await run(
			group('getAllForUser', { memberAccount: 'leaver', returnAll: true, ownedOnly: true }),
			{ credentials },
		);
		expect(jsonOf(mine).map((g) => g.groupId)).toEqual([owned]);
	});

	test('Limit 1 on two groups: one call asking for 1 at Offset 0, nothing more', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('pager');
		newGroup({ members: ['pager'] });
		newGroup({ members: ['pager'] });
		const result = await run(
			group('getAllForUser', { memberAccount: 'pager', returnAll: false, limit: 1 }),
			{ credentials },
		);
		expect(jsonOf(result)).toHaveLength(1);
		expect(ctx.fake.businessCalls().map((r: any) => [r.body.Limit, r.body.Offset])).toEqual([
			[1, 0],
		]);
	});
});

describe('Group: Change Owner', () => {
	test('the new owner shows in Group → Get; the old owner becomes a member', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('handover', 'bob');
		const id = newGroup({ owner: 'handover', members: ['bob'] });
		const changed = await run(group('changeOwner', { groupId: id, newOwnerAccount: 'bob' }), {
			credentials,
		});
		expect(jsonOf(changed)).toEqual([{ groupId: id, newOwnerAccount: 'bob', changed: true }]);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/group_open_http_svc/change_group_owner',
			body: { GroupId: id, NewOwner_Account: 'bob' },
		});
		const got = await run(group('get', { groupId: id }), { credentials });
		expect(jsonOf(got)[0].Owner_Account).toBe('bob');
		const roles = await run(
			group('getAllForUser', { memberAccount: 'handover', returnAll: true }),
			{
				credentials,
			},
		);
		expect(jsonOf(roles).map((g) => [g.groupId, g.role])).toEqual([[id, 'Member']]);
	});

	test('a live-stream group answers 10007; a non-member new owner is refused by Tencent', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('host', 'bob');
		const live = newGroup({ type: 'AVChatRoom', owner: 'host', members: ['bob'] });
		const result = await run(group('changeOwner', { groupId: live, newOwnerAccount: 'bob' }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(/10007/);
		const plain = newGroup({ owner: 'host' });
		const stranger = await run(group('changeOwner', { groupId: plain, newOwnerAccount: 'bob' }), {
			credentials,
		});
		expect(stranger.nodeError('Vendor').message).toMatch(/10004/);
		expect(ctx.fake.groups.get(plain).owner).toBe('host');
	});
});

describe('Account: Delete, Force Logout', () => {
	test('items share calls of 100; deleted accounts leave their groups and later calls for them fail', async () => {
		const { credentials } = newApp();
		const a = Array.from({ length: 70 }, (_, i) => `gone${i}`);
		const b = Array.from({ length: 60 }, (_, i) => `left${i}`);
		ctx.fake.importAccounts(...a, ...b, 'bob');
		const id = newGroup({ owner: 'bob', members: ['gone0'] });
		const result = await run(account('delete', { accountIds: '={{ $json.ids }}' }), {
			credentials,
			items: [{ json: { ids: a } }, { json: { ids: b } }],
		});
		expect(jsonOf(result).map((o) => [o.deleted, o.calls])).toEqual([
			[70, 1],
			[60, 2],
		]);
		expect(ctx.fake.businessCalls().map((r: any) => r.body.DeleteItem.length)).toEqual([100, 30]);
		expect(ctx.fake.businessCalls()[0].body.DeleteItem[0]).toEqual({ UserID: 'gone0' });
		expect(ctx.fake.groups.get(id).members.has('gone0')).toBe(false);
		const after = await run(group('getAllForUser', { memberAccount: 'gone0', returnAll: true }), {
			credentials,
		});
		expect(after.nodeError('Vendor').message).toMatch(/70107/);
	});

	test('an account Tencent refuses fails its own item, named; the other item in the same call succeeds', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('real');
		const wf = continueOnFail(account('delete', { accountIds: '={{ $json.ids }}' }));
		const result = await run(wf, {
			credentials,
			items: [{ json: { ids: ['real'] } }, { json: { ids: ['ghost'] } }],
		});
		const out = jsonOf(result);
		expect(out[0]).toEqual({ deleted: 1, calls: 1, accountIds: ['real'] });
		expect(String(out[1].error)).toMatch(/1 of 1 accounts to delete failed \(ghost: 70107/);
		expect(ctx.fake.businessCalls()).toHaveLength(1);
	});

	test('an answer without an entry for an account fails the item: never counted as deleted', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('x1', 'x2');
		ctx.fake.withoutEntries = 'partial';
		const result = await run(account('delete', { accountIds: 'x1, x2', options: ALONE }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(
			/did not answer for these ids \(1 of 2 accounts to delete\): x2/,
		);
		ctx.fake.withoutEntries = 'absent';
		const none = await run(account('delete', { accountIds: 'x2' }), { credentials });
		expect(none.nodeError('Vendor').message).toMatch(/NO_ANSWER|did not answer/);
	});

	test('Force Logout sends UserID; an account that was not imported answers 70107', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('alice');
		ctx.fake.online.add('alice');
		const out = await run(account('forceLogout', { accountId: 'alice' }), { credentials });
		expect(jsonOf(out)).toEqual([{ accountId: 'alice', loggedOut: true }]);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/im_open_login_svc/kick',
			body: { UserID: 'alice' },
		});
		expect(ctx.fake.online.has('alice')).toBe(false);
		const ghost = await run(account('forceLogout', { accountId: 'nobody' }), { credentials });
		expect(ghost.nodeError('Vendor').message).toMatch(/70107/);
	});
});

describe('off-boarding: bad input is refused before anything is sent', () => {
	const cases: Array<[string, (op: string, p: object) => unknown, string, object, RegExp]> = [
		['delete without accounts', account, 'delete', { accountIds: ' ' }, /Account IDs in item 1/],
		[
			'delete with a 33-byte account',
			account,
			'delete',
			{ accountIds: 'a'.repeat(33) },
			/Account IDs \(entry 1\) in item 1: .*longer than 32/,
		],
		[
			'force logout without account',
			account,
			'forceLogout',
			{ accountId: '={{ "" }}' },
			/Account ID in item 1/,
		],
		[
			'change owner without new owner',
			group,
			'changeOwner',
			{ groupId: '@TGS#x', newOwnerAccount: '={{ "" }}' },
			/New Owner Account in item 1/,
		],
		[
			'groups of a 33-byte account',
			group,
			'getAllForUser',
			{ memberAccount: 'm'.repeat(33), returnAll: true },
			/Member Account in item 1: must be at most 32 bytes/,
		],
		[
			'groups with limit 0',
			group,
			'getAllForUser',
			{ memberAccount: 'm', returnAll: false, limit: 0 },
			/Limit in item 1: must be at least 1/,
		],
	];
	test.each(cases)('%s', async (_name, wf, operation, params, message) => {
		const { credentials } = newApp();
		const result = await run(wf(operation, { options: FAST, ...params }), { credentials });
		expect((result as any).status).toBe('error');
		expect((result as any).nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
