// Group Member moderation (unban, ban, getBanned, mute, unmute, getMuted) through n8n's engine against the fake.
import { shapeProblems, tencentGetGroupMutedAccount } from '../fixtures/officialRequests';
import {
	ALONE,
	accounts,
	continueOnFail,
	decodeUserSig,
	jsonOf,
	useFake,
	workflowFor,
} from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');

describe('Group Member: Unban (seed 003)', () => {
	test('sends the documented request, signed in the query string, and reports what it did', async () => {
		const { app, credentials } = newApp();
		const groupId = newGroup({ banned: ['brennanli3', 'brennanli12', 'other'] });
		const result = await run(wf('unban', { groupId, memberAccounts: 'brennanli3, brennanli12' }), {
			credentials,
		});
		expect(result.status).toBe('success');
		expect(result.output('Vendor')).toEqual([
			{
				json: { groupId, unbanned: 2, calls: 1, memberAccounts: ['brennanli3', 'brennanli12'] },
				pairedItem: { item: 0 },
			},
		]);
		expect(ctx.fake.requests).toHaveLength(1);
		const [call] = ctx.fake.requests;
		expect(call).toMatchObject({
			method: 'POST',
			path: '/v4/group_open_http_svc/unban_group_member',
			body: { GroupId: groupId, Members_Account: ['brennanli3', 'brennanli12'] },
		});
		expect(call.query).toMatchObject({
			sdkappid: String(app.sdkAppId),
			identifier: 'administrator',
			contenttype: 'json',
		});
		expect(Number(call.query.random)).toBeGreaterThanOrEqual(0);
		expect(Number(call.query.random)).toBeLessThanOrEqual(4294967295);
		expect(decodeUserSig(call.query.usersig)).toMatchObject({
			'TLS.ver': '2.0',
			'TLS.identifier': 'administrator',
			'TLS.sdkappid': app.sdkAppId,
		});
		expect([...ctx.fake.groups.get(groupId).banned.keys()]).toEqual(['other']);
	});

	test('the group picker\'s saved value ({ __rl, mode: "list" }) works like a plain ID', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: ['x'] });
		const result = await run(
			wf('unban', {
				groupId: { __rl: true, mode: 'list', value: groupId, cachedResultName: 'Support' },
				memberAccounts: 'x',
			}),
			{ credentials },
		);
		expect(jsonOf(result)).toEqual([{ groupId, unbanned: 1, calls: 1, memberAccounts: ['x'] }]);
	});

	test('45 accounts from an expression array become calls of 20, 20 and 5, in order', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const list = accounts(45);
		const result = await run(
			wf('unban', { groupId: '={{ $json.group }}', memberAccounts: '={{ $json.accounts }}' }),
			{ credentials, items: [{ json: { group: groupId, accounts: list } }] },
		);
		expect(jsonOf(result)[0]).toMatchObject({ unbanned: 45, calls: 3 });
		const calls = ctx.fake.businessCalls();
		expect(calls.map((r: any) => r.body.Members_Account.length)).toEqual([20, 20, 5]);
		expect(calls.flatMap((r: any) => r.body.Members_Account)).toEqual(list);
	});

	test('a pasted list: blank lines and spaces ignored, an account given twice sent once and reported', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: ['a1', 'b2'] });
		const result = await run(wf('unban', { groupId, memberAccounts: 'a1\n\n b2 \na1\nb2\n' }), {
			credentials,
		});
		expect(ctx.fake.businessCalls()[0].body.Members_Account).toEqual(['a1', 'b2']);
		expect(jsonOf(result)[0]).toMatchObject({ unbanned: 2, duplicatesDropped: ['a1', 'b2'] });
	});

	test('newline-separated text with a trailing newline is a list', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		await run(wf('unban', { groupId, memberAccounts: 'a1\nb2\n\n' }), { credentials });
		expect(ctx.fake.businessCalls()[0].body.Members_Account).toEqual(['a1', 'b2']);
	});

	test('a failing chunk reports which call failed and which accounts were already unbanned', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const list = accounts(45);
		ctx.fake.failNext(10004, 'invalid Members_Account', 1, { after: 1 });
		const result = await run(
			continueOnFail(
				wf('unban', { groupId, memberAccounts: '={{ $json.accounts }}', options: ALONE }),
			),
			{ credentials, items: [{ json: { accounts: list } }] },
		);
		const [out] = jsonOf(result);
		expect(out.error).toBe('Tencent Cloud Chat error 10004: invalid Members_Account');
		expect(out).toMatchObject({
			failedCall: 2,
			calls: 3,
			appliedIds: list.slice(0, 20),
			notAppliedIds: list.slice(20),
			uncertainIds: [],
		});
		expect(ctx.fake.businessCalls()).toHaveLength(2);
	});
});

describe('Group Member: Ban, Get Banned', () => {
	test('ban sends Duration and Description; Get Banned returns the banned members', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const banned = await run(
			wf('ban', {
				groupId,
				memberAccounts: 'spam1, spam2',
				duration: 600,
				description: 'spamming',
			}),
			{ credentials },
		);
		expect(jsonOf(banned)).toEqual([
			{ groupId, banned: 2, duration: 600, calls: 1, memberAccounts: ['spam1', 'spam2'] },
		]);
		expect(ctx.fake.businessCalls()[0].body).toEqual({
			GroupId: groupId,
			Members_Account: ['spam1', 'spam2'],
			Duration: 600,
			Description: 'spamming',
		});
		const listed = await run(wf('getBanned', { groupId, returnAll: true }), { credentials });
		expect(jsonOf(listed).map((j) => j.Member_Account)).toEqual(['spam1', 'spam2']);
		expect(jsonOf(listed)[0]).toMatchObject({
			groupId,
			Member_Account: 'spam1',
			BannedUntil: expect.any(Number),
		});
	});

	test('an empty description is left out of the request', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		await run(wf('ban', { groupId, memberAccounts: 'x', duration: 60 }), { credentials });
		expect(ctx.fake.businessCalls()[0].body).toEqual({
			GroupId: groupId,
			Members_Account: ['x'],
			Duration: 60,
		});
	});

	test('Return All follows NextOffset: 250 banned members in pages of 100', async () => {
		const { credentials } = newApp();
		const list = accounts(250, 'b');
		const groupId = newGroup({ banned: list });
		const result = await run(wf('getBanned', { groupId, returnAll: true }), { credentials });
		expect(jsonOf(result).map((j) => j.Member_Account)).toEqual(list);
		expect(result.output('Vendor').every((i: any) => i.pairedItem.item === 0)).toBe(true);
		expect(ctx.fake.businessCalls().map((r: any) => [r.body.Limit, r.body.Offset])).toEqual([
			[100, 0],
			[100, 100],
			[100, 200],
		]);
	});

	test('Limit 130 takes two pages (100 + 30) and stops', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: accounts(250, 'c') });
		const result = await run(wf('getBanned', { groupId, returnAll: false, limit: 130 }), {
			credentials,
		});
		expect(jsonOf(result)).toHaveLength(130);
		expect(ctx.fake.businessCalls().map((r: any) => [r.body.Limit, r.body.Offset])).toEqual([
			[100, 0],
			[30, 100],
		]);
	});

	test('banning needs the edition and console switch: 10007 with advice', async () => {
		const { credentials } = newApp({ banning: false });
		const groupId = newGroup();
		const result = await run(wf('ban', { groupId, memberAccounts: 'x', duration: 60 }), {
			credentials,
		});
		const error = result.nodeError('Vendor');
		expect(error.message).toBe(
			'Tencent Cloud Chat error 10007: audio-video group member banning is not enabled',
		);
		expect(error.description).toMatch(/ErrorCode 10007: .*Pro.*Audio-video group member banning/);
		expect(ctx.fake.requests).toHaveLength(1);
	});
});

describe('Group Member: Mute, Unmute, Get Muted', () => {
	test('mute sends MuteTime, Get Muted lists, unmute sends MuteTime 0', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const muted = await run(wf('mute', { groupId, memberAccounts: 'm1\nm2\nm3', muteTime: 120 }), {
			credentials,
		});
		expect(jsonOf(muted)).toEqual([
			{ groupId, muted: 3, muteTime: 120, calls: 1, memberAccounts: ['m1', 'm2', 'm3'] },
		]);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/group_open_http_svc/forbid_send_msg',
			body: { GroupId: groupId, Members_Account: ['m1', 'm2', 'm3'], MuteTime: 120 },
		});

		const listed = await run(wf('getMuted', { groupId }), { credentials });
		expect(jsonOf(listed).map((j) => j.Member_Account)).toEqual(['m1', 'm2', 'm3']);
		expect(jsonOf(listed)[0]).toEqual({
			groupId,
			Member_Account: 'm1',
			MutedUntil: expect.any(Number),
		});
		expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
			path: '/v4/group_open_http_svc/get_group_muted_account',
			body: { GroupId: groupId },
		});

		const unmuted = await run(wf('unmute', { groupId, memberAccounts: 'm2' }), { credentials });
		expect(jsonOf(unmuted)).toEqual([{ groupId, unmuted: 1, calls: 1, memberAccounts: ['m2'] }]);
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({
			GroupId: groupId,
			Members_Account: ['m2'],
			MuteTime: 0,
		});
		expect([...ctx.fake.groups.get(groupId).muted.keys()]).toEqual(['m1', 'm3']);
	});

	test("Get Muted reads Tencent's documented answer (MutedAccountList of Member_Account, MutedUntil)", async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		// The fake answers in the document's shape; this pins the fake to the document's sample.
		ctx.fake.groups.get(groupId).muted.set('tommy', 1458115189);
		ctx.fake.groups.get(groupId).muted.set('peter', 1458115189);
		const listed = await run(wf('getMuted', { groupId }), { credentials });
		const { answer, request } = tencentGetGroupMutedAccount;
		expect(jsonOf(listed)).toEqual(answer.MutedAccountList.map((entry) => ({ groupId, ...entry })));
		expect(shapeProblems(ctx.fake.businessCalls().at(-1).body, request)).toEqual([]);
	});

	test('mute goes 500 accounts per call (the documented limit, raised from 20)', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		await run(wf('mute', { groupId, memberAccounts: '={{ $json.a }}', muteTime: 60 }), {
			credentials,
			items: [{ json: { a: accounts(1045) } }],
		});
		expect(ctx.fake.businessCalls().map((r: any) => r.body.Members_Account.length)).toEqual([
			500, 500, 45,
		]);
	});

	test('unmute uses the same 500 per call', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ muted: accounts(501) });
		await run(wf('unmute', { groupId, memberAccounts: '={{ $json.a }}' }), {
			credentials,
			items: [{ json: { a: accounts(501) } }],
		});
		expect(ctx.fake.businessCalls().map((r: any) => r.body.Members_Account.length)).toEqual([
			500, 1,
		]);
		expect(ctx.fake.groups.get(groupId).muted.size).toBe(0);
	});
});
