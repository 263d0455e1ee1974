// Video Conference: Update Settings, Set Co-Hosts, Get by Meeting Number, Get Attendance and
// Get Many Ended, against the fake (history.js) through n8n's engine.
import { ADMIN, byId, expectRejected, listSearch, newApp, node, run, useFake } from './setup';

const ctx = useFake();
const HOUR = 3600_000;
const conf = (operation: string, id: string, params: Record<string, unknown> = {}) =>
	node('videoConference', operation, { conferenceId: byId(id), ...params });
/** A conference held at `at` for an hour; `members` joined 5 minutes in. */
function held(id: string, at: number, members: string[], title = `Meeting ${id}`) {
	ctx.fake.addConference(id, { host: ADMIN, title, startTime: at });
	for (const m of members) ctx.fake.joinConference(id, m, at + 5 * 60_000);
	ctx.fake.endConference(id, at + HOUR);
}

describe('Update Settings', () => {
	test('sends the chosen switches in one PUT and the conference takes them', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('c1', { host: ADMIN });
		const settings = { lockConference: true, allowUnmuteSelf: false, muteAll: true };
		const { result, out } = await run(ctx, conf('updateSettings', 'c1', { settings }), credentials);
		expect(result.status).toBe('success');
		expect(out).toEqual([{ conferenceId: 'c1', ...settings, success: true }]);
		const [call] = ctx.fake.businessCalls();
		expect([call.method, call.path, call.body]).toEqual([
			'PUT',
			'/v1.0/conference/videoConferences/c1',
			settings,
		]);
		expect(ctx.fake.conferences.get('c1')).toMatchObject({ locked: true, mutedAll: true });
	});

	test('no setting chosen is refused before sending', async () => {
		const { credentials } = newApp(ctx);
		await expectRejected(
			ctx,
			conf('updateSettings', 'c1', { settings: {} }),
			credentials,
			/^Settings in item 1: choose at least one setting/,
		);
	});

	test("a closed conference fails with DingTalk's code", async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('gone', { closed: true });
		const { result } = await run(
			ctx,
			conf('updateSettings', 'gone', { settings: { muteAll: true } }),
			credentials,
		);
		expect(result.nodeError('Vendor').message).toMatch(/confClosed/);
	});
});

describe('Set Co-Hosts', () => {
	test('items on one conference share a call; the members become co-hosts, then stop being', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('c2', { host: ADMIN, members: ['u1', 'u2', 'u3'] });
		const wf = node('videoConference', 'setCohosts', {
			conferenceId: byId('c2'),
			memberUnionIds: '={{ $json.ids }}',
		});
		const { out } = await run(ctx, wf, credentials, [
			{ json: { ids: ['u1', 'u2'] } },
			{ json: { ids: 'u3' } },
		]);
		expect(out.map((o: any) => o.unionIds)).toEqual([['u1', 'u2'], ['u3']]);
		const calls = ctx.fake.businessCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0].path).toBe('/v1.0/conference/videoConferences/c2/coHosts/set');
		expect(calls[0].body).toEqual({
			action: 'add',
			userList: [{ unionId: 'u1' }, { unionId: 'u2' }, { unionId: 'u3' }],
		});
		const members = ctx.fake.conferences.get('c2').members;
		expect(['u1', 'u2', 'u3'].map((u) => members.get(u).coHost)).toEqual([true, true, true]);
		const undo = node('videoConference', 'setCohosts', {
			conferenceId: byId('c2'),
			memberUnionIds: 'u2',
			cohostAction: 'remove',
		});
		await run(ctx, undo, credentials);
		expect(members.get('u2').coHost).toBe(false);
	});

	test('an empty member list is refused before sending, naming the item', async () => {
		const { credentials } = newApp(ctx);
		const wf = node('videoConference', 'setCohosts', {
			conferenceId: byId('c2'),
			memberUnionIds: '={{ $json.ids }}',
		});
		await expectRejected(ctx, wf, credentials, /Member Union IDs in item 2/, [
			{ json: { ids: ['u1'] } },
			{ json: { ids: [] } },
		]);
	});
});

describe('Get by Meeting Number', () => {
	test('pages through the conferences held under a meeting number', async () => {
		const { credentials } = newApp(ctx);
		for (const id of ['a', 'b', 'c']) ctx.fake.addConference(id).roomCode = '42726033559';
		ctx.fake.addConference('other').roomCode = '1';
		const wf = node('videoConference', 'getByRoomCode', {
			roomCode: '42726033559',
			returnAll: true,
		});
		const { out } = await run(ctx, wf, credentials);
		expect(out.map((o: any) => o.conferenceId)).toEqual(['a', 'b', 'c']);
		expect(ctx.fake.businessCalls()[0].path).toBe('/v1.0/conference/roomCodes/42726033559/infos');
	});

	test('a meeting number that is not digits is refused before sending', async () => {
		const { credentials } = newApp(ctx);
		const wf = node('videoConference', 'getByRoomCode', { roomCode: '12/34' });
		await expectRejected(ctx, wf, credentials, /^Meeting Number in item 1: must be digits only/);
	});
});

describe('Get Many Ended and Get Attendance', () => {
	test('lists the conferences that ended in the period (ms on the wire), then who attended', async () => {
		const { credentials } = newApp(ctx);
		const at = Date.UTC(2030, 1, 4, 9);
		held('w1', at, ['u1', 'u2'], 'Weekly');
		held('w2', at + 24 * HOUR, ['u3']);
		held('older', Date.UTC(2030, 0, 1, 9), ['u1']);
		ctx.fake.addConference('live', { host: ADMIN, startTime: at });
		const list = node('videoConference', 'getAllEnded', {
			startTime: '2030-02-01T00:00:00Z',
			endTime: '2030-02-08T00:00:00Z',
			returnAll: true,
		});
		const { out } = await run(ctx, list, credentials);
		expect(out.map((o: any) => [o.conferenceId, o.timeLength, o.userCount])).toEqual([
			['w1', HOUR, 3],
			['w2', HOUR, 2],
		]);
		expect(ctx.fake.businessCalls()[0].query).toMatchObject({
			startTime: String(Date.UTC(2030, 1, 1)),
			endTime: String(Date.UTC(2030, 1, 8)),
			realData: 'true',
		});
		ctx.fake.reset();
		const attendance = node('videoConference', 'getAttendance', {
			conferenceId: '={{ $json.conferenceId }}',
			returnAll: true,
		});
		const { out: rows } = await run(ctx, attendance, credentials, [
			{ json: { conferenceId: 'w1' } },
		]);
		expect(rows.map((r: any) => [r.unionId, r.duration])).toEqual([
			[ADMIN, HOUR],
			['u1', HOUR - 5 * 60_000],
			['u2', HOUR - 5 * 60_000],
		]);
		expect(ctx.fake.businessCalls()[0].path).toBe('/v1.0/conference/videoConferences/w1/details');
	});

	test('the Conference picker lists what ended in the last 30 days, searched by title', async () => {
		const { credentials } = newApp(ctx);
		const now = Date.now();
		held('recent', now - 2 * 24 * HOUR, ['u1'], 'Board review');
		held('recent-2', now - 3 * 24 * HOUR, [], 'Standup');
		held('old', now - 40 * 24 * HOUR, [], 'Board review (old)');
		ctx.fake.addConference('live', { host: ADMIN, title: 'Board live' });
		const page = await listSearch(ctx, 'searchEndedConferences', credentials, {}, 'board');
		expect(page.results).toEqual([
			{
				name: expect.stringMatching(/^Board review \(\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/),
				value: 'recent',
			},
		]);
	});

	test('Limit stops paging early; Return All follows nextToken to the end', async () => {
		const { credentials } = newApp(ctx);
		const many = Array.from({ length: 130 }, (_, k) => `p${k}`);
		held('big', Date.UTC(2030, 1, 4, 9), many);
		const wf = (params: Record<string, unknown>) => conf('getAttendance', 'big', params);
		const { out: two } = await run(ctx, wf({ returnAll: false, limit: 2 }), credentials);
		expect(two).toHaveLength(2);
		expect(ctx.fake.businessCalls()[0].query.maxResults).toBe('2');
		ctx.fake.reset();
		const { out: all } = await run(ctx, wf({ returnAll: true }), credentials);
		expect(all).toHaveLength(131);
		expect(ctx.fake.businessCalls()).toHaveLength(2);
	});

	test.each([
		[
			{ startTime: '2030-02-08T00:00:00Z', endTime: '2030-02-01T00:00:00Z' },
			/^Started Before in item 1: must be after/,
		],
		[
			{ startTime: '={{ "" }}', endTime: '2030-02-01T00:00:00Z' },
			/^Started After in item 1: a date and time is required/,
		],
		[
			{ startTime: '2030-02-31T00:00:00Z', endTime: '2030-03-05T00:00:00Z' },
			/^Started After in item 1:/,
		],
	])('a bad period %j is refused before sending', async (period, message) => {
		const { credentials } = newApp(ctx);
		await expectRejected(ctx, node('videoConference', 'getAllEnded', period), credentials, message);
	});

	test('an answer without the "list" key fails loudly instead of giving no rows', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.inject({ kind: 'status', status: 200, body: { items: [] }, path: /histories/ });
		const { result } = await run(
			ctx,
			node('videoConference', 'getAllEnded', {
				startTime: '2030-02-01T00:00:00Z',
				endTime: '2030-02-08T00:00:00Z',
			}),
			credentials,
		);
		expect(result.nodeError('Vendor').message).toMatch(/MALFORMED_ANSWER/);
	});
});
