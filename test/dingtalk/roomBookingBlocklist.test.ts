// Room Booking Blocklist: Add User (CreateBookingBlacklist) and Remove Users (DeleteBookingBlacklist, seed 000).
import { FAST, expectRejected, newApp, node, run, runWorkflow, secretScan, useFake } from './setup';

const ctx = useFake();
const removeUsers = (ids: unknown, extra: Record<string, unknown> = {}) =>
	node('roomBookingBlocklist', 'removeUsers', {
		blacklistUnionIds: ids,
		unionId: 'operator-1',
		...extra,
	});
const addUser = (extra: Record<string, unknown> = {}) =>
	node('roomBookingBlocklist', 'addUser', {
		blacklistUnionId: 'late-user',
		startTime: '2030-01-06T09:00:00',
		endTime: '2030-01-13T09:00:00',
		memo: 'Three no-shows',
		unionId: 'admin-1',
		...extra,
	});

describe('Remove Users (seed 000)', () => {
	test('sends the documented request and reports what it removed', async () => {
		const { app, credentials } = newApp(ctx);
		const result = await runWorkflow(removeUsers('2iPOLxxxxx, 3kQRMyyyyy'), { credentials });
		expect(result.status).toBe('success');
		expect(result.output('Vendor')).toEqual([
			{
				json: {
					success: true,
					removed: 2,
					calls: 1,
					blacklistUnionIds: ['2iPOLxxxxx', '3kQRMyyyyy'],
				},
				pairedItem: { item: 0 },
			},
		]);
		const [token, call] = ctx.fake.requests;
		expect(token).toMatchObject({
			method: 'POST',
			path: '/v1.0/oauth2/accessToken',
			body: { appKey: app.clientId, appSecret: app.clientSecret },
		});
		expect(call).toMatchObject({
			method: 'POST',
			path: '/v1.0/rooms/bookings/blacklist/remove',
			body: { blacklistUnionIds: ['2iPOLxxxxx', '3kQRMyyyyy'], unionId: 'operator-1' },
		});
		expect(call.headers['content-type']).toMatch(/^application\/json/);
		expect(ctx.fake.tokens.has(call.headers['x-acs-dingtalk-access-token'])).toBe(true);
		expect(secretScan(ctx, result)).toEqual([]);
	});

	test('250 ids from an expression array become calls of 100, 100 and 50', async () => {
		const { credentials } = newApp(ctx);
		const ids = Array.from({ length: 250 }, (_, i) => `union-${i}`);
		const result = await runWorkflow(removeUsers('={{ $json.ids }}'), {
			credentials,
			items: [{ json: { ids } }],
		});
		expect(result.output('Vendor')[0].json).toMatchObject({ removed: 250, calls: 3 });
		const calls = ctx.fake.calls('/v1.0/rooms/bookings/blacklist/remove');
		expect(calls.map((r: any) => r.body.blacklistUnionIds.length)).toEqual([100, 100, 50]);
		expect(calls.flatMap((r: any) => r.body.blacklistUnionIds)).toEqual(ids);
	});

	test('newline-separated text with a trailing newline is a list', async () => {
		const { credentials } = newApp(ctx);
		await runWorkflow(removeUsers('a1\nb2\n\n'), { credentials });
		expect(ctx.fake.businessCalls()[0].body.blacklistUnionIds).toEqual(['a1', 'b2']);
	});

	test('a user added by Add User disappears after Remove Users', async () => {
		const { credentials } = newApp(ctx);
		await run(ctx, addUser({ blacklistUnionId: 'cycle-user' }), credentials);
		expect(ctx.fake.blocklist.has('cycle-user')).toBe(true);
		await run(ctx, removeUsers('cycle-user'), credentials);
		expect(ctx.fake.blocklist.has('cycle-user')).toBe(false);
	});

	test('a failed chunk says which ids were applied and which were not', async () => {
		const { credentials } = newApp(ctx);
		// Per-item call numbering (failedCall of calls) is what combining off reports.
		const wf = node(
			'roomBookingBlocklist',
			'removeUsers',
			{ blacklistUnionIds: '={{ $json.ids }}', options: { ...FAST, combineItems: false } },
			true,
		);
		// The second call is refused (DingTalk's error body with its request id).
		ctx.fake.after(/blacklist\/remove/, 2, () =>
			ctx.fake.inject({
				kind: 'status',
				status: 400,
				body: { code: 'param.error', message: 'Param Error', requestid: 'REQ-2' },
				path: /blacklist/,
			}),
		);
		const ids = Array.from({ length: 150 }, (_, i) => `id-${i}`);
		const result = await runWorkflow(wf, { credentials, items: [{ json: { ids } }] });
		const [item] = result.output('Vendor');
		expect(item.json).toMatchObject({
			error: 'DingTalk error param.error: Param Error',
			failedCall: 2,
			calls: 2,
			requestId: 'REQ-2',
		});
		expect(item.json.appliedIds).toEqual(ids.slice(0, 100));
		expect(item.json.notAppliedIds).toEqual(ids.slice(100));
		expect(item.json.uncertainIds).toEqual([]);
	});

	test.each([
		[
			'no ids',
			'={{ $json.noSuchField }}',
			/Blocklist Union IDs in item 1: at least one unionId is required/,
		],
		[
			'an id longer than allowed',
			`ok,${'x'.repeat(300)}`,
			/entry 2\) in item 1: an unionId is longer than 256 characters/,
		],
		[
			'more ids than an item may carry',
			'={{ Array.from({ length: 10001 }, (_, i) => "u" + i) }}',
			/at most 10000 unionIds per item/,
		],
	])('bad input (%s) is rejected before anything is sent', async (_name, ids, message) => {
		const { credentials } = newApp(ctx);
		await expectRejected(ctx, removeUsers(ids), credentials, message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Add User', () => {
	test('sends one user with start and end as ms epoch in the workflow timezone, memo and operator', async () => {
		const { credentials } = newApp(ctx);
		const wf = addUser();
		(wf as any).settings = { timezone: 'Asia/Shanghai' };
		const { result, out } = await run(ctx, wf, credentials);
		expect(result.status).toBe('success');
		const start = Date.UTC(2030, 0, 6, 1); // 09:00 in Shanghai (UTC+8)
		const end = Date.UTC(2030, 0, 13, 1);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			method: 'POST',
			path: '/v1.0/rooms/bookings/blacklist',
			body: {
				unionId: 'admin-1',
				blacklistUnionId: 'late-user',
				startTime: start,
				endTime: end,
				memo: 'Three no-shows',
			},
		});
		expect(out[0]).toEqual({
			blacklistUnionId: 'late-user',
			startTime: new Date(start).toISOString(),
			endTime: new Date(end).toISOString(),
			permanent: false,
			result: true,
		});
		expect(ctx.fake.blocklist.get('late-user')).toMatchObject({ startTime: start, endTime: end });
	});

	test('an empty End is a permanent ban (endTime left out); a value with an offset is that instant', async () => {
		const { credentials } = newApp(ctx);
		const { out } = await run(
			ctx,
			addUser({ startTime: '2030-02-01T10:00:00+02:00', endTime: '', memo: '' }),
			credentials,
		);
		expect(ctx.fake.businessCalls()[0].body).toEqual({
			unionId: 'admin-1',
			blacklistUnionId: 'late-user',
			startTime: Date.UTC(2030, 1, 1, 8),
		});
		expect(out[0]).toMatchObject({ permanent: true, endTime: null });
	});

	test("DingTalk's refusal (user.not.org) comes with its advice", async () => {
		const { credentials } = newApp(ctx);
		const result = await runWorkflow(addUser({ blacklistUnionId: 'outsider' }), { credentials });
		expect(result.nodeError('Vendor').message).toBe('DingTalk error user.not.org: User Not In Org');
		expect(result.nodeError('Vendor').description).toMatch(/not a member of this organization/);
	});

	test('a call that may have arrived is reported, not resent', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.inject({
			kind: 'status',
			status: 500,
			body: { code: 'system.error', message: 'System Error' },
			path: /blacklist$/,
		});
		const result = await runWorkflow(addUser(), { credentials });
		expect(result.status).toBe('error');
		expect(ctx.fake.businessCalls()).toHaveLength(1);
	});

	test.each([
		['no user', { blacklistUnionId: ' ' }, /User Union ID in item 1: a unionId is required/],
		[
			'no start (an expression giving nothing)',
			{ startTime: '={{ "" }}' },
			/Start in item 1: a date and time is required/,
		],
		[
			'a start that is no date',
			{ startTime: 'next tuesday' },
			/Start in item 1: must be a date and time/,
		],
		[
			'an end before the start',
			{ endTime: '2030-01-01T09:00:00' },
			/End in item 1: must be after Start/,
		],
		['a memo too long', { memo: 'x'.repeat(201) }, /Memo in item 1: is longer than 200 characters/],
		['no operator anywhere', { unionId: '' }, /Operator Union ID in item 1: is required/],
	])('bad input (%s) is rejected before anything is sent', async (_name, params, message) => {
		const { credentials } = newApp(ctx);
		await expectRejected(ctx, addUser(params), credentials, message);
	});
});
