// Group: create, get, getAll, update, delete, muteAll, unmuteAll, and the group picker.
import { byId, continueOnFail, jsonOf, pickerSearch, useFake, workflowFor } from './setup';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RateWindow } = require('../../devkit/fakes/base');

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('group');

describe('Group: Create, Get, Update, Delete', () => {
	test('create sends Type, Name and the chosen fields; the group is then listed, read, changed and deleted', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('owner1', 'm1', 'm2');
		const created = await run(
			wf('create', {
				groupType: 'AVChatRoom',
				name: 'Launch stream',
				additionalFields: {
					ownerAccount: 'owner1',
					introduction: 'Our launch',
					memberAccounts: 'm1, m2',
					applyJoinOption: 'FreeAccess',
				},
			}),
			{ credentials },
		);
		const [out] = jsonOf(created);
		expect(out).toMatchObject({
			type: 'AVChatRoom',
			name: 'Launch stream',
			members: 2,
			groupId: expect.stringMatching(/^@TGS#/),
		});
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/group_open_http_svc/create_group',
			body: {
				Type: 'AVChatRoom',
				Name: 'Launch stream',
				Owner_Account: 'owner1',
				Introduction: 'Our launch',
				ApplyJoinOption: 'FreeAccess',
				MemberList: [{ Member_Account: 'm1' }, { Member_Account: 'm2' }],
			},
		});
		const id = out.groupId;

		const got = await run(wf('get', { groupId: byId(id) }), { credentials });
		expect(jsonOf(got)).toEqual([
			expect.objectContaining({
				groupId: id,
				GroupId: id,
				Type: 'AVChatRoom',
				Name: 'Launch stream',
				Owner_Account: 'owner1',
				MuteAllMember: 'Off',
			}),
		]);
		expect(jsonOf(got)[0].ErrorCode).toBeUndefined();

		const updated = await run(
			wf('update', {
				groupId: id,
				updateFields: { name: 'Launch (live)', notification: 'Be kind', maxMemberNum: 500 },
			}),
			{ credentials },
		);
		expect(jsonOf(updated)).toEqual([
			{
				groupId: id,
				updated: expect.arrayContaining(['Name', 'Notification', 'MaxMemberNum']),
				Name: 'Launch (live)',
				Notification: 'Be kind',
				MaxMemberNum: 500,
			},
		]);
		expect(ctx.fake.groups.get(id)).toMatchObject({
			name: 'Launch (live)',
			notification: 'Be kind',
			maxMemberNum: 500,
		});

		const deleted = await run(wf('delete', { groupId: id }), { credentials });
		expect(jsonOf(deleted)).toEqual([{ groupId: id, deleted: true }]);
		expect(ctx.fake.groups.has(id)).toBe(false);
		const again = await run(wf('get', { groupId: id }), { credentials });
		expect(again.nodeError('Vendor').message).toMatch(
			/^Tencent Cloud Chat error 10015: 1 of 1 group failed \(.*10015/,
		);
	});

	test('a custom Group ID already in use: ErrorCode 10021 with advice, and create is never resent', async () => {
		const { credentials } = newApp();
		const id = newGroup();
		const result = await run(
			wf('create', { groupType: 'Public', name: 'Dup', additionalFields: { groupId: id } }),
			{ credentials },
		);
		expect(result.nodeError('Vendor').description).toMatch(
			/ErrorCode 10021: The Group ID is already used/,
		);
		ctx.fake.reset();
		ctx.fake.inject({ kind: 'reset' });
		const lost = await run(continueOnFail(wf('create', { groupType: 'Public', name: 'Once' })), {
			credentials,
		});
		expect(jsonOf(lost)[0].error).toMatch(/ECONNRESET/);
		expect(ctx.fake.requests).toHaveLength(1);
	});

	test('Mute All and Unmute All set MuteAllMember On and Off', async () => {
		const { credentials } = newApp();
		const id = newGroup();
		const muted = await run(wf('muteAll', { groupId: id }), { credentials });
		expect(jsonOf(muted)).toEqual([{ groupId: id, muteAllMember: 'On' }]);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/group_open_http_svc/modify_group_base_info',
			body: { GroupId: id, MuteAllMember: 'On' },
		});
		expect(ctx.fake.groups.get(id).muteAll).toBe('On');
		await run(wf('unmuteAll', { groupId: id }), { credentials });
		expect(ctx.fake.groups.get(id).muteAll).toBe('Off');
	});
});

describe('Group: Get Many', () => {
	test('pages by Next and adds details per 50 groups; Group Type filters', async () => {
		const { credentials } = newApp();
		for (let i = 0; i < 3; i++)
			ctx.fake.addGroup(`@TGS#live-${Date.now()}-${i}`, { type: 'AVChatRoom', name: `Live ${i}` });
		const live = await run(wf('getAll', { returnAll: true, groupType: 'AVChatRoom' }), {
			credentials,
		});
		const rows = jsonOf(live);
		expect(rows.length).toBeGreaterThanOrEqual(3);
		expect(rows.every((g) => g.Type === 'AVChatRoom' && typeof g.Name === 'string')).toBe(true);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/group_open_http_svc/get_appid_group_list',
			body: { Limit: 10000, GroupType: 'AVChatRoom' },
		});
		expect(ctx.fake.businessCalls()[0].body.Next).toBeUndefined();
	});

	test('Limit 2 without details: one call asking for 2, IDs only; Return All follows Next', async () => {
		const { credentials } = newApp();
		for (let i = 0; i < 5; i++) newGroup();
		const two = await run(wf('getAll', { returnAll: false, limit: 2, includeDetails: false }), {
			credentials,
		});
		expect(jsonOf(two)).toHaveLength(2);
		expect(Object.keys(jsonOf(two)[0])).toEqual(['groupId']);
		expect(ctx.fake.businessCalls().map((r: any) => r.body.Limit)).toEqual([2]);
		ctx.fake.reset();
		const total = ctx.fake.groups.size;
		const all = await run(wf('getAll', { returnAll: true, includeDetails: true }), { credentials });
		expect(jsonOf(all)).toHaveLength(total);
		const infoCalls = ctx.fake
			.businessCalls()
			.filter((r: any) => r.path.endsWith('get_group_info'));
		expect(infoCalls.every((r: any) => r.body.GroupIdList.length <= 50)).toBe(true);
	});

	test('a Next beyond 2^53 is an error, not a silent gap', async () => {
		const { credentials } = newApp();
		newGroup();
		newGroup();
		// A page whose Next is a uint64 beyond 2^53, as Tencent may send (answered twice: the limited run and Return All).
		const page = () => ({
			ActionStatus: 'OK',
			ErrorCode: 0,
			ErrorInfo: '',
			TotalCount: 2,
			GroupIdList: [{ GroupId: '@TGS#big1' }],
			Next: 144115233144183297,
		});
		ctx.fake.inject({
			kind: 'status',
			status: 200,
			path: /get_appid_group_list$/,
			body: page,
			times: 2,
		});
		const result = await run(wf('getAll', { returnAll: false, limit: 1, includeDetails: false }), {
			credentials,
		});
		expect(result.status).toBe('success');
		const all = await run(wf('getAll', { returnAll: true, includeDetails: false }), {
			credentials,
		});
		expect(all.nodeError('Vendor').message).toMatch(/NEXT_PRECISION/);
	});
});

describe('Group: the group list is paced at its own limit', () => {
	test("get_appid_group_list goes out at most once a second (Tencent's limit for it), nothing throttled", async () => {
		const { credentials } = newApp();
		newGroup();
		ctx.fake.groupListRate = new RateWindow(1);
		const result = await run(wf('getAll', { returnAll: false, limit: 1, includeDetails: false }), {
			credentials,
			items: [{ json: {} }, { json: {} }, { json: {} }],
		});
		expect(result.status).toBe('success');
		const calls = ctx.fake.calls(/get_appid_group_list$/);
		expect(calls).toHaveLength(3);
		expect(calls.every((c: any) => c.status === 200)).toBe(true);
		expect(calls[2].at - calls[0].at).toBeGreaterThanOrEqual(1900);
		ctx.fake.groupListRate = new RateWindow(0);
	});
});

describe('Group picker (searchGroups)', () => {
	test('lists groups by name with their type, and searches by name or ID', async () => {
		const { credentials } = newApp();
		const support = newGroup({ name: 'Support desk' });
		newGroup({ name: 'Launch stream', type: 'AVChatRoom' });
		const all = await pickerSearch('searchGroups', credentials);
		expect(all.results).toEqual(
			expect.arrayContaining([{ name: 'Support desk (Public)', value: support }]),
		);
		const found = await pickerSearch('searchGroups', credentials, 'launch');
		expect(found.results.every((r: any) => /Launch/.test(r.name))).toBe(true);
		expect(found.results.length).toBeGreaterThanOrEqual(1);
		const byIdSearch = await pickerSearch('searchGroups', credentials, support.slice(1));
		expect(byIdSearch.results.map((r: any) => r.value)).toEqual([support]);
		const paths = ctx.fake.businessCalls().map((r: any) => r.path);
		expect(paths).toContain('/v4/group_open_http_svc/get_appid_group_list');
		expect(paths).toContain('/v4/group_open_http_svc/get_group_info');
	});

	test("pages of 50: the token is Tencent's Next; a wrong key shows Tencent's error", async () => {
		const { credentials, data } = newApp();
		for (let i = 0; i < 60; i++) newGroup();
		const first = await pickerSearch('searchGroups', credentials);
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toEqual(expect.any(String));
		const second = await pickerSearch(
			'searchGroups',
			credentials,
			undefined,
			first.paginationToken,
		);
		expect(second.results.map((r: any) => r.value)).not.toContain(first.results[0].value);
		const bad = {
			'cred-1': { type: 'tencentCloudChatApi', data: { ...data, secretKey: 'wrong-picker-key' } },
		};
		await expect(pickerSearch('searchGroups', bad)).rejects.toThrow(/70009/);
	});
});
