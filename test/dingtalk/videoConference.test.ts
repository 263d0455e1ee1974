// Video Conference: lock/unlock (seed 002), create, close, get, getAll (+ picker), getMembers
// (in-conference control: videoConferenceControl.test.ts).
import {
	ADMIN,
	byId,
	expectRejected,
	listSearch,
	newApp,
	node,
	run,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

const ctx = useFake();
const lock = (
	operation: string,
	conferenceId: unknown = '={{ $json.conferenceId }}',
	cof = false,
) => node('videoConference', operation, { conferenceId }, cof);
const conf = (operation: string, id: string, params: Record<string, unknown> = {}) =>
	node('videoConference', operation, { conferenceId: byId(id), unionId: ADMIN, ...params });
const hosted = (id: string, members: string[] = ['m1', 'm2']) =>
	ctx.fake.addConference(id, { host: ADMIN, members });

describe('Lock / Unlock (seed 002)', () => {
	test('lock and unlock post the action to the encoded conference path', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('644272f14ba3310xxxxxxxxx');
		ctx.fake.addConference('conf with space+x');
		const locked = await runWorkflow(lock('lock'), {
			credentials,
			items: [
				{ json: { conferenceId: '644272f14ba3310xxxxxxxxx' } },
				{ json: { conferenceId: 'conf with space+x' } },
			],
		});
		expect(locked.output('Vendor').map((i: any) => i.json)).toEqual([
			{ conferenceId: '644272f14ba3310xxxxxxxxx', action: 'lock', success: true },
			{ conferenceId: 'conf with space+x', action: 'lock', success: true },
		]);
		expect(
			ctx.fake
				.businessCalls()
				.map((r: any) => r.path)
				.sort(),
		).toEqual([
			'/v1.0/conference/videoConferences/644272f14ba3310xxxxxxxxx/lock',
			'/v1.0/conference/videoConferences/conf%20with%20space%2Bx/lock',
		]);
		expect(ctx.fake.conferences.get('conf with space+x').locked).toBe(true);
		await runWorkflow(lock('unlock'), {
			credentials,
			items: [{ json: { conferenceId: 'conf with space+x' } }],
		});
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({ action: 'unlock' });
		expect(ctx.fake.conferences.get('conf with space+x').locked).toBe(false);
	});

	test.each([['..'], ['.'], ['a/b'], ['a\\b'], ['x?y=1'], ['x#y'], ['%2e%2e'], ['a\nb']])(
		'a conference ID that would change the path (%j) is refused before sending',
		async (id) => {
			const { credentials } = newApp(ctx);
			const result = await runWorkflow(lock('lock', '={{ $json.conferenceId }}', true), {
				credentials,
				items: [{ json: { conferenceId: id } }],
			});
			const out = result.output('Vendor');
			expect(out).toHaveLength(1);
			expect(out[0].json.error).toMatch(/^Conference in item 1: must not contain/);
			expect(ctx.fake.businessCalls()).toHaveLength(0);
		},
	);

	test("a closed conference gives DingTalk's code, message, request id and advice", async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('closed-1', { closed: true });
		const result = await runWorkflow(lock('lock', 'closed-1'), { credentials });
		expect(result.status).toBe('error');
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('DingTalk error confClosed: confClosed');
		expect(error.description).toMatch(/already ended/);
		expect(error.description).toMatch(/HTTP 400, request ID [0-9A-F-]{36}/);
	});

	test('an empty conference is rejected before anything is sent', async () => {
		const { credentials } = newApp(ctx);
		await expectRejected(
			ctx,
			lock('lock', '  '),
			credentials,
			/Conference in item 1: a conference ID is required/,
		);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('Continue On Fail: every input item gives exactly one output item, in order, with pairedItem', async () => {
		const { credentials } = newApp(ctx);
		['ok-1', 'ok-3'].forEach((c) => ctx.fake.addConference(c));
		ctx.fake.addConference('closed-2', { closed: true });
		const items = ['ok-1', '', 'closed-2', 'ok-3'].map((conferenceId) => ({
			json: { conferenceId },
		}));
		const result = await runWorkflow(lock('lock', '={{ $json.conferenceId }}', true), {
			credentials,
			items,
		});
		expect(result.status).toBe('success');
		const out = result.output('Vendor');
		expect(out.map((i: any) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(out[0].json).toEqual({ conferenceId: 'ok-1', action: 'lock', success: true });
		expect(out[1].json.error).toMatch(/Conference in item 2/);
		expect(out[2].json).toMatchObject({
			error: 'DingTalk error confClosed: confClosed',
			vendorCode: 'confClosed',
		});
		expect(out[3].json).toEqual({ conferenceId: 'ok-3', action: 'lock', success: true });
		expect(secretScan(ctx, result)).toEqual([]);
	});
});

describe('create, get, getAll, getMembers, close', () => {
	test('a created conference is listed, shows its members, and once closed refuses control with confClosed', async () => {
		const { credentials } = newApp(ctx, { credential: { operatorUnionId: ADMIN } });
		const created = await run(
			ctx,
			node('videoConference', 'create', {
				confTitle: 'Weekly sync',
				inviteUserIds: 'm1, m2',
				inviteCaller: false,
			}),
			credentials,
		);
		const id = created.out[0].conferenceId;
		expect(created.out[0]).toMatchObject({
			conferenceId: id,
			title: 'Weekly sync',
			hostUnionId: ADMIN,
			roomCode: expect.any(String),
		});
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			method: 'POST',
			path: '/v1.0/conference/videoConferences',
			body: {
				userId: ADMIN,
				confTitle: 'Weekly sync',
				inviteUserIds: ['m1', 'm2'],
				inviteCaller: false,
			},
		});

		const got = await run(ctx, conf('get', id), credentials);
		expect(got.out[0]).toMatchObject({ conferenceId: id, title: 'Weekly sync', status: 2 });
		const listed = await run(
			ctx,
			node('videoConference', 'getAll', { returnAll: true }),
			credentials,
		);
		expect(listed.out.map((c: any) => c.conferenceId)).toContain(id);
		const members = await run(ctx, conf('getMembers', id, { returnAll: true }), credentials);
		expect(members.out.map((m: any) => m.unionId)).toEqual([ADMIN, 'm1', 'm2']);

		const closed = await run(ctx, conf('close', id), credentials);
		expect(closed.out[0]).toEqual({ conferenceId: id, closed: true });
		expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
			method: 'DELETE',
			path: `/v1.0/conference/videoConferences/${id}`,
			query: { unionId: ADMIN },
		});
		const after = await run(
			ctx,
			node('videoConference', 'getAll', { returnAll: true }),
			credentials,
		);
		expect(after.out.map((c: any) => c.conferenceId)).not.toContain(id);
		const refused = await runWorkflow(conf('muteAll', id), { credentials });
		expect(refused.nodeError('Vendor').message).toBe('DingTalk error confClosed: confClosed');
	});

	test('getAll and getMembers page with nextToken; a Limit stops early', async () => {
		const { credentials } = newApp(ctx);
		for (let i = 0; i < 60; i++) hosted(`page-${i}`);
		const many = await run(
			ctx,
			node('videoConference', 'getAll', { returnAll: true }),
			credentials,
		);
		expect(many.out.length).toBe(
			[...ctx.fake.conferences.values()].filter((c: any) => !c.closed).length,
		);
		const calls = ctx.fake.businessCalls();
		expect(calls[0].query).toEqual({ maxResults: '50' });
		expect(calls[1].query).toEqual({ maxResults: '50', nextToken: '50' });
		ctx.fake.reset();
		const few = await run(
			ctx,
			node('videoConference', 'getAll', { returnAll: false, limit: 3 }),
			credentials,
		);
		expect(few.out).toHaveLength(3);
		expect(ctx.fake.businessCalls()[0].query).toEqual({ maxResults: '3' });

		hosted(
			'big',
			Array.from({ length: 300 }, (_, k) => `u${k}`),
		);
		ctx.fake.reset();
		const members = await run(ctx, conf('getMembers', 'big', { returnAll: true }), credentials);
		expect(members.out).toHaveLength(301);
		expect(ctx.fake.businessCalls().map((c: any) => c.query.nextToken)).toEqual([
			undefined,
			'128',
			'256',
		]);
	});

	test("close by someone who is not the host is DingTalk's permissionError, with advice", async () => {
		const { credentials } = newApp(ctx);
		hosted('not-mine');
		const result = await runWorkflow(conf('close', 'not-mine', { unionId: 'someone-else' }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(/permissionError/);
		expect(result.nodeError('Vendor').description).toMatch(/Only the host/);
	});

	test('a 200 whose code is not 200 (close) is a failure', async () => {
		const { credentials } = newApp(ctx);
		hosted('odd');
		ctx.fake.inject({
			kind: 'status',
			status: 200,
			body: { code: 500, cause: 'close failed' },
			path: /videoConferences\/odd$/,
		});
		const result = await runWorkflow(conf('close', 'odd'), { credentials });
		expect(result.nodeError('Vendor').message).toBe('DingTalk error 500: close failed');
	});

	test('the "From List" picker lists ongoing conferences and searches by title', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addConference('pick-1', { title: 'Board meeting' });
		const found = [];
		let token: string | undefined;
		do {
			const page = await listSearch(ctx, 'searchConferences', credentials, {}, 'board', token);
			found.push(...page.results);
			token = page.paginationToken;
		} while (token);
		expect(found).toEqual([
			{ name: expect.stringMatching(/^Board meeting \(\d+\)$/), value: 'pick-1' },
		]);
	});

	test('creating is never resent after a failure that may have arrived', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.inject({
			kind: 'status',
			status: 500,
			body: { code: 'systemError', message: 'systemError' },
			path: /videoConferences$/,
		});
		await runWorkflow(
			node('videoConference', 'create', { confTitle: 'Once', hostUnionId: ADMIN }),
			{ credentials },
		);
		expect(ctx.fake.businessCalls()).toHaveLength(1);
	});
});
