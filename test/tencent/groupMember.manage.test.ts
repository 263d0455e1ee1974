// Group Member management: add, remove, getAll (Offset, Community Next, live-stream online list), update.
import { accounts, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');

describe('Group Member: Add, Remove', () => {
	test('add goes 300 per call and reports added, already members and failures by name', async () => {
		const { credentials } = newApp();
		const list = accounts(305, 'add');
		ctx.fake.importAccounts(list);
		const groupId = newGroup({ members: ['add0'] });
		const result = await run(
			wf('add', { groupId, memberAccounts: '={{ $json.a }}', silence: true }),
			{ credentials, items: [{ json: { a: list } }] },
		);
		const [out] = jsonOf(result);
		expect(out).toMatchObject({
			groupId,
			calls: 2,
			alreadyMembers: ['add0'],
			awaitingConfirmation: [],
		});
		expect(out.added).toHaveLength(304);
		const calls = ctx.fake.businessCalls();
		expect(calls.map((r: any) => r.body.MemberList.length)).toEqual([300, 5]);
		expect(calls[0].body).toMatchObject({
			GroupId: groupId,
			Silence: 1,
			MemberList: expect.arrayContaining([{ Member_Account: 'add0' }]),
		});
		expect(ctx.fake.groups.get(groupId).members.size).toBe(305);
	});

	test('accounts Tencent could not add (Result 0) fail the item, named, after every call', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('known1');
		const groupId = newGroup();
		const result = await run(wf('add', { groupId, memberAccounts: 'known1, ghost1, ghost2' }), {
			credentials,
		});
		const error = result.nodeError('Vendor');
		expect(error.message).toMatch(
			/^Tencent Cloud Chat error 10019: 2 of 3 members to add failed \(ghost1: 10019; ghost2: 10019\)/,
		);
		expect(error.description).toMatch(/imported/);
		expect(ctx.fake.groups.get(groupId).members.has('known1')).toBe(true);
	});

	test('live-stream groups refuse adding members: 10007 with advice', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('a');
		const groupId = newGroup({ type: 'AVChatRoom' });
		const result = await run(wf('add', { groupId, memberAccounts: 'a' }), { credentials });
		expect(result.nodeError('Vendor').description).toMatch(/ErrorCode 10007: .*Live-stream groups/);
	});

	test('remove goes 100 per call with Reason and Silence; removed members are gone', async () => {
		const { credentials } = newApp();
		const list = accounts(150, 'rm');
		const groupId = newGroup({ members: [...list, 'stay'] });
		const result = await run(
			wf('remove', { groupId, memberAccounts: '={{ $json.a }}', reason: 'spam', silence: false }),
			{ credentials, items: [{ json: { a: list } }] },
		);
		expect(jsonOf(result)).toEqual([{ groupId, removed: 150, calls: 2, memberAccounts: list }]);
		const calls = ctx.fake.businessCalls();
		expect(calls.map((r: any) => r.body.MemberToDel_Account.length)).toEqual([100, 50]);
		expect(calls[0].body).toEqual({
			GroupId: groupId,
			MemberToDel_Account: list.slice(0, 100),
			Reason: 'spam',
		});
		expect([...ctx.fake.groups.get(groupId).members.keys()]).toEqual(['stay']);
	});
});

describe('Group Member: Get Many', () => {
	test('work/public groups page by Offset (100 a page) until MemberNum; roles filter', async () => {
		const { credentials } = newApp();
		const list = accounts(230, 'mem');
		const groupId = newGroup({ members: list });
		const result = await run(wf('getAll', { groupId, returnAll: true }), { credentials });
		expect(jsonOf(result).map((m) => m.Member_Account)).toEqual(list);
		expect(jsonOf(result)[0]).toMatchObject({
			groupId,
			Role: 'Member',
			JoinTime: expect.any(Number),
		});
		expect(ctx.fake.businessCalls().map((r: any) => [r.body.Limit, r.body.Offset])).toEqual([
			[100, 0],
			[100, 100],
			[100, 200],
		]);
		ctx.fake.reset();
		const owners = await run(
			wf('getAll', { groupId, roles: ['Owner'], returnAll: false, limit: 5 }),
			{ credentials },
		);
		expect(jsonOf(owners)).toEqual([]);
		expect(ctx.fake.businessCalls()[0].body).toMatchObject({
			MemberRoleFilter: ['Owner'],
			Limit: 5,
			Offset: 0,
		});
	});

	test('community groups page by the string Next', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ type: 'Community', members: accounts(150, 'c') });
		const result = await run(wf('getAll', { groupId, listKind: 'community', returnAll: true }), {
			credentials,
		});
		expect(jsonOf(result)).toHaveLength(150);
		expect(ctx.fake.businessCalls().map((r: any) => r.body.Next)).toEqual(['', '100']);
		expect(ctx.fake.businessCalls()[0].body.Offset).toBeUndefined();
	});

	test('live-stream groups list online members by Timestamp / NextTimestamp', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ type: 'AVChatRoom', members: accounts(120, 'v') });
		const result = await run(wf('getAll', { groupId, listKind: 'avChatRoom', returnAll: true }), {
			credentials,
		});
		expect(jsonOf(result)).toHaveLength(120);
		expect(ctx.fake.businessCalls().map((r: any) => [r.path, r.body.Timestamp])).toEqual([
			['/v4/group_open_avchatroom_http_svc/get_members', 0],
			['/v4/group_open_avchatroom_http_svc/get_members', 100],
		]);
		const wrongKind = await run(wf('getAll', { groupId, returnAll: true }), { credentials });
		expect(wrongKind.nodeError('Vendor').message).toMatch(/10007/);
	});
});

describe('Group Member: Update', () => {
	test('sends Member_Account with Role, NameCard, MsgFlag and MuteTime', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ members: ['bob'] });
		const result = await run(
			wf('update', {
				groupId,
				memberAccount: 'bob',
				updateFields: { role: 'Admin', nameCard: 'Bob (mod)', msgFlag: 'Discard', muteTime: 60 },
			}),
			{ credentials },
		);
		expect(jsonOf(result)[0]).toMatchObject({
			groupId,
			memberAccount: 'bob',
			Role: 'Admin',
			NameCard: 'Bob (mod)',
			MsgFlag: 'Discard',
			MuteTime: 60,
		});
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/group_open_http_svc/modify_group_member_info',
			body: {
				GroupId: groupId,
				Member_Account: 'bob',
				Role: 'Admin',
				NameCard: 'Bob (mod)',
				MsgFlag: 'Discard',
				MuteTime: 60,
			},
		});
		expect(ctx.fake.groups.get(groupId).members.get('bob')).toMatchObject({
			Role: 'Admin',
			NameCard: 'Bob (mod)',
		});
		expect(ctx.fake.groups.get(groupId).muted.has('bob')).toBe(true);
	});
});

describe('bad input is refused before anything is sent', () => {
	const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
		[
			'remove: no accounts',
			'remove',
			{ memberAccounts: '={{ [] }}' },
			/Member Accounts in item 1: at least one account is required/,
		],
		[
			'update: no member',
			'update',
			{ memberAccount: ' ', updateFields: { role: 'Admin' } },
			/Member Account in item 1: .*required/,
		],
		[
			'update: no fields',
			'update',
			{ memberAccount: 'bob', updateFields: {} },
			/No field to change in item 1/,
		],
		[
			'update: name card over 50 bytes',
			'update',
			{ memberAccount: 'bob', updateFields: { nameCard: 'n'.repeat(51) } },
			/Name Card in item 1: must be at most 50 bytes/,
		],
		[
			'update: negative mute time',
			'update',
			{ memberAccount: 'bob', updateFields: { muteTime: -1 } },
			/Mute Time \(Seconds\) in item 1: must not be negative/,
		],
		[
			'getAll: limit 0',
			'getAll',
			{ returnAll: false, limit: 0 },
			/Limit in item 1: must be at least 1/,
		],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const result = await run(wf(operation, { groupId, ...params }), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
