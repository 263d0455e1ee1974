// Combining input items into shared calls (issue 14 part 1) for DingTalk's list-taking operations:
// Remove Users of the booking blocklist (DeleteBookingBlacklist, 100 per call, target = operator),
// Remove Members (KickMembers, 100 per call, target = conference + Prevent Rejoining) and Invite
// Users (InviteUsers, 100 per call, target = conference + inviter), through n8n's engine.
import { ADMIN, FAST, byId, newApp, node, runWorkflow, useFake } from './setup';

const ctx = useFake();
const BLOCKLIST = '/v1.0/rooms/bookings/blacklist/remove';
const KICK = /\/members\/kick$/;
const INVITE = /\/users\/invite$/;

const removeUsers = (params: Record<string, unknown> = {}, cof = false) =>
	node(
		'roomBookingBlocklist',
		'removeUsers',
		{
			blacklistUnionIds: '={{ $json.id }}',
			unionId: '={{ $json.operator ?? "operator-1" }}',
			...params,
		},
		cof,
	);
const kick = (params: Record<string, unknown> = {}, cof = false) =>
	node(
		'videoConference',
		'removeMembers',
		{ conferenceId: '={{ $json.conf ?? "conf-a" }}', memberUnionIds: '={{ $json.id }}', ...params },
		cof,
	);
const invite = (params: Record<string, unknown> = {}) =>
	node('videoConference', 'inviteUsers', {
		conferenceId: byId('conf-a'),
		unionId: ADMIN,
		invitees: { invitee: [{ unionId: '={{ $json.id }}', nick: '={{ $json.nick }}' }] },
		...params,
	});
const off = { ...FAST, combineItems: false };
const items = (
	n: number,
	json: (i: number) => Record<string, unknown> = (i) => ({ id: `u${i}` }),
) => Array.from({ length: n }, (_, i) => ({ json: json(i) }));
const jsons = (result: any) => result.output('Vendor').map((i: any) => i.json);

describe('Remove Users: items with the same operator share calls', () => {
	test('1,000 one-id items take ⌈1000/100⌉ = 10 calls; 1,000 outputs in order, each with its own id', async () => {
		const { credentials } = newApp(ctx);
		const result = await runWorkflow(removeUsers(), { credentials, items: items(1000) });
		expect(result.status).toBe('success');
		const calls = ctx.fake.calls(BLOCKLIST);
		expect(calls).toHaveLength(10);
		expect(
			calls.every(
				(c: any) => c.body.blacklistUnionIds.length === 100 && c.body.unionId === 'operator-1',
			),
		).toBe(true);
		expect(calls.flatMap((c: any) => c.body.blacklistUnionIds).sort()).toEqual(
			items(1000)
				.map((i) => i.json.id)
				.sort(),
		);
		const out = result.output('Vendor');
		expect(out).toHaveLength(1000);
		out.forEach((o: any, i: number) => {
			expect(o.pairedItem).toEqual({ item: i });
			expect(o.json).toEqual({ success: true, removed: 1, calls: 1, blacklistUnionIds: [`u${i}`] });
		});
	});

	test('two operators are two targets: separate calls, each with its own operator', async () => {
		const { credentials } = newApp(ctx);
		const result = await runWorkflow(removeUsers(), {
			credentials,
			items: items(6, (i) => ({ id: `u${i}`, operator: i % 2 ? 'op-b' : 'op-a' })),
		});
		expect(result.status).toBe('success');
		const bodies = ctx.fake.calls(BLOCKLIST).map((c: any) => c.body);
		expect(bodies.sort((a: any, b: any) => a.unionId.localeCompare(b.unionId))).toEqual([
			{ unionId: 'op-a', blacklistUnionIds: ['u0', 'u2', 'u4'] },
			{ unionId: 'op-b', blacklistUnionIds: ['u1', 'u3', 'u5'] },
		]);
	});

	test('one user outside the organization (the whole list refused) fails only its own item', async () => {
		const { credentials } = newApp(ctx);
		for (let i = 0; i < 20; i++) ctx.fake.blocklist.set(`u${i}`, {});
		const result = await runWorkflow(removeUsers({}, true), {
			credentials,
			items: items(20, (i) => ({ id: i === 13 ? 'outsider' : `u${i}` })),
		});
		const out = jsons(result);
		expect(out).toHaveLength(20);
		expect(
			out.map((o: any, i: number) => (o.error ? i : -1)).filter((i: number) => i >= 0),
		).toEqual([13]);
		expect(out[13]).toMatchObject({
			error: 'DingTalk error user.not.org: User Not In Org',
			appliedIds: [],
			notAppliedIds: ['outsider'],
			uncertainIds: [],
		});
		expect(out[13]).not.toHaveProperty('failedCall');
		expect([...ctx.fake.blocklist.keys()]).toEqual(['u13']);
		expect(out[0]).toEqual({ success: true, removed: 1, calls: 1, blacklistUnionIds: ['u0'] });
	});

	test('without Continue On Fail, bad input in item 3 stops the run before anything is sent', async () => {
		const { credentials } = newApp(ctx);
		const result = await runWorkflow(removeUsers(), {
			credentials,
			items: items(6, (i) => ({ id: i === 3 ? '' : `u${i}` })),
		});
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(
			/Blocklist Union IDs in item 4: at least one unionId is required/,
		);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('with Combine Items off each item takes its own calls, as before', async () => {
		const { credentials } = newApp(ctx);
		const result = await runWorkflow(removeUsers({ options: off }), {
			credentials,
			items: items(5),
		});
		expect(jsons(result)).toEqual(
			items(5).map((i) => ({
				success: true,
				removed: 1,
				calls: 1,
				blacklistUnionIds: [i.json.id],
			})),
		);
		expect(
			ctx.fake
				.calls(BLOCKLIST)
				.map((c: any) => c.body.blacklistUnionIds)
				.sort(),
		).toEqual([['u0'], ['u1'], ['u2'], ['u3'], ['u4']]);
	});
});

describe('Remove Members: items for the same conference share calls', () => {
	const members = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

	test('1,000 one-member items take 10 calls; 1,000 outputs in order, each with its own member', async () => {
		const { credentials } = newApp(ctx);
		const conf = ctx.fake.addConference('conf-a', { host: ADMIN, members: members(1000) });
		const result = await runWorkflow(kick(), { credentials, items: items(1000) });
		expect(result.status).toBe('success');
		const calls = ctx.fake.calls(KICK);
		expect(calls).toHaveLength(10);
		expect(
			calls.every((c: any) => c.body.userList.length === 100 && c.body.forbiddenRejoin === false),
		).toBe(true);
		const out = result.output('Vendor');
		expect(out).toHaveLength(1000);
		out.forEach((o: any, i: number) => {
			expect(o.pairedItem).toEqual({ item: i });
			expect(o.json).toEqual({
				conferenceId: 'conf-a',
				removed: [`u${i}`],
				forbiddenRejoin: false,
				calls: 1,
				success: true,
			});
		});
		expect([...conf.members.values()].filter((m: any) => m.attendStatus === 5)).toHaveLength(1000);
	});

	test('another conference or another Prevent Rejoining is another target', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('conf-a', { host: ADMIN, members: members(6) });
		ctx.fake.addConference('conf-b', { host: ADMIN, members: members(6) });
		const wf = kick({ forbiddenRejoin: '={{ $json.ban }}' });
		const result = await runWorkflow(wf, {
			credentials,
			items: items(6, (i) => ({ id: `u${i}`, conf: i < 4 ? 'conf-a' : 'conf-b', ban: i === 1 })),
		});
		expect(result.status).toBe('success');
		const calls = ctx.fake
			.calls(KICK)
			.map((c: any) => [
				c.path.split('/')[4],
				c.body.forbiddenRejoin,
				c.body.userList.map((u: any) => u.unionId),
			]);
		expect(calls.sort()).toEqual(
			[
				['conf-a', false, ['u0', 'u2', 'u3']],
				['conf-a', true, ['u1']],
				['conf-b', false, ['u4', 'u5']],
			].sort(),
		);
	});

	test('a user not in the conference (paramsError for the whole list) fails only its own item', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('conf-a', { host: ADMIN, members: members(30) });
		const result = await runWorkflow(kick({}, true), {
			credentials,
			items: items(30, (i) => ({ id: i === 7 ? ['u7', 'stranger'] : `u${i}` })),
		});
		const out = jsons(result);
		expect(
			out.map((o: any, i: number) => (o.error ? i : -1)).filter((i: number) => i >= 0),
		).toEqual([7]);
		expect(out[7]).toMatchObject({
			vendorCode: 'paramsError',
			conferenceId: 'conf-a',
			appliedIds: [],
			notAppliedIds: ['u7', 'stranger'],
			uncertainIds: [],
		});
		expect(out[6]).toMatchObject({ removed: ['u6'], success: true });
	});

	test('without Continue On Fail, bad input in item 3 stops the run before anything is sent', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('conf-a', { host: ADMIN, members: members(6) });
		const result = await runWorkflow(kick(), {
			credentials,
			items: items(6, (i) => ({ id: i === 3 ? ['ok', { not: 'text' }] : `u${i}` })),
		});
		expect(result.nodeError('Vendor').message).toMatch(/Member Union IDs .*in item 4/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('with Combine Items off each item takes its own call', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('conf-a', { host: ADMIN, members: members(4) });
		const result = await runWorkflow(kick({ options: off }), { credentials, items: items(4) });
		expect(jsons(result).map((o: any) => o.removed)).toEqual([['u0'], ['u1'], ['u2'], ['u3']]);
		expect(ctx.fake.calls(KICK)).toHaveLength(4);
	});
});

describe('Invite Users: items for the same conference and inviter share calls', () => {
	test('each invitee keeps its own name in the shared call; a person named twice is invited once', async () => {
		const { credentials } = newApp(ctx);
		const conf = ctx.fake.addConference('conf-a', { host: ADMIN });
		const guests = [
			{ id: 'g1', nick: 'Ann' },
			{ id: 'g2', nick: 'Bob' },
			{ id: 'g1', nick: 'Ann L.' },
			{ id: 'g3', nick: 'Cy' },
		];
		const result = await runWorkflow(invite(), {
			credentials,
			items: guests.map((json) => ({ json })),
		});
		const calls = ctx.fake.calls(INVITE);
		expect(calls.map((c: any) => c.body)).toEqual([
			{
				unionId: ADMIN,
				inviteeList: [
					{ unionId: 'g1', nick: 'Ann' },
					{ unionId: 'g2', nick: 'Bob' },
					{ unionId: 'g3', nick: 'Cy' },
				],
			},
		]);
		expect(jsons(result)[1]).toEqual({
			conferenceId: 'conf-a',
			invited: [{ unionId: 'g2', nick: 'Bob' }],
			calls: 1,
			success: true,
		});
		expect(conf.members.get('g3').userNick).toBe('Cy');
	});

	test('another inviter is another target; with Combine Items off each item takes its own call', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('conf-a', { host: ADMIN });
		const guests = items(4, (i) => ({
			id: `g${i}`,
			nick: `Guest ${i}`,
			by: i % 2 ? 'admin-2' : ADMIN,
		}));
		await runWorkflow(invite({ unionId: '={{ $json.by }}' }), { credentials, items: guests });
		expect(
			ctx.fake
				.calls(INVITE)
				.map((c: any) => [c.body.unionId, c.body.inviteeList.length])
				.sort(),
		).toEqual([
			[ADMIN, 2],
			['admin-2', 2],
		]);
		ctx.fake.reset();
		await runWorkflow(invite({ options: off }), { credentials, items: guests });
		expect(ctx.fake.calls(INVITE)).toHaveLength(4);
	});
});
