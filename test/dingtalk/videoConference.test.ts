// Video Conference: lock/unlock (seed 002), create, close, get, getAll (+ picker), getMembers,
// muteAll/unmuteAll, muteMembers, removeMembers, inviteUsers, start/stopRecording.
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

describe('in-conference control', () => {
	test('mute all (forced), unmute all, mute and remove members, invite users, record', async () => {
		const { credentials } = newApp(ctx);
		const c = hosted('ctl-1', ['m1', 'm2', 'm3']);
		await run(ctx, conf('muteAll', 'ctl-1', { forceMute: true }), credentials);
		expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
			path: '/v1.0/conference/videoConferences/ctl-1/allMembers/mute',
			body: { action: 'mute', forceMute: true },
		});
		expect(c.forceMute).toBe(true);
		await run(ctx, conf('unmuteAll', 'ctl-1'), credentials);
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({ action: 'un_mute' });

		ctx.fake.reset();
		const muted = await run(
			ctx,
			conf('muteMembers', 'ctl-1', { memberUnionIds: 'm1, m2' }),
			credentials,
		);
		expect(muted.out[0]).toMatchObject({ action: 'mute', calls: 2 });
		expect(ctx.fake.businessCalls().map((r: any) => r.body)).toEqual([
			{ action: 'mute', userList: [{ unionId: 'm1' }] },
			{ action: 'mute', userList: [{ unionId: 'm2' }] },
		]);
		expect(c.members.get('m2').muted).toBe(true);

		await run(
			ctx,
			conf('removeMembers', 'ctl-1', { memberUnionIds: 'm3', forbiddenRejoin: true }),
			credentials,
		);
		expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
			path: '/v1.0/conference/videoConferences/ctl-1/members/kick',
			body: { userList: [{ unionId: 'm3' }], forbiddenRejoin: true },
		});
		expect(c.members.get('m3').attendStatus).toBe(5);

		await run(
			ctx,
			conf('inviteUsers', 'ctl-1', {
				invitees: { invitee: [{ unionId: 'g1', nick: 'Guest One' }] },
			}),
			credentials,
		);
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({
			unionId: ADMIN,
			inviteeList: [{ unionId: 'g1', nick: 'Guest One' }],
		});
		expect(c.members.has('g1')).toBe(true);

		await run(
			ctx,
			conf('startRecording', 'ctl-1', { mode: 'speech', smallWindowPosition: 'float_right' }),
			credentials,
		);
		expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
			path: '/v1.0/conference/videoConferences/ctl-1/cloudRecords/start',
			body: { unionId: ADMIN, mode: 'speech', smallWindowPosition: 'float_right' },
		});
		expect(c.recording).toBe(true);
		await run(ctx, conf('stopRecording', 'ctl-1'), credentials);
		expect(c.recording).toBe(false);
	});

	test('a member mute that fails says which users were muted and which not', async () => {
		const { credentials } = newApp(ctx);
		hosted('ctl-2', ['m1', 'm2']);
		const wf = conf('muteMembers', 'ctl-2', { memberUnionIds: 'm1, stranger, m2' });
		wf.nodes[1].onError = 'continueRegularOutput';
		const { out } = await run(ctx, wf, credentials);
		expect(out[0]).toMatchObject({
			vendorCode: 'paramsError',
			failedCall: 2,
			calls: 3,
			appliedIds: ['m1'],
			notAppliedIds: ['stranger', 'm2'],
		});
	});

	test('recording by someone who is not the host: recordStartPermissionError with advice', async () => {
		const { credentials } = newApp(ctx);
		hosted('ctl-3');
		const result = await runWorkflow(conf('startRecording', 'ctl-3', { unionId: 'm1' }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(/recordStartPermissionError/);
		expect(result.nodeError('Vendor').description).toMatch(
			/Only the host may start cloud recording/,
		);
	});

	test.each([
		[
			'create: no title',
			'create',
			{ confTitle: '={{ "" }}' },
			/Title in item 1: a title is required/,
		],
		[
			'create: a title over 256 characters',
			'create',
			{ confTitle: 'x'.repeat(257) },
			/Title in item 1: is longer than 256 characters/,
		],
		[
			'create: no host anywhere',
			'create',
			{ confTitle: 'A', unionId: '' },
			/Host Union ID in item 1: is required/,
		],
		[
			'muteMembers: no members',
			'muteMembers',
			{ memberUnionIds: '={{ [] }}' },
			/Member Union IDs in item 1: at least one unionId is required/,
		],
		[
			'inviteUsers: an invitee without a name',
			'inviteUsers',
			{ invitees: { invitee: [{ unionId: 'g1', nick: '={{ "" }}' }] } },
			/Invitees \(entry 1\) in item 1: a name is required/,
		],
		[
			'inviteUsers: nobody',
			'inviteUsers',
			{ invitees: {} },
			/Invitees in item 1: at least one invitee is required/,
		],
		[
			'startRecording: no host anywhere',
			'startRecording',
			{ unionId: '' },
			/Operator Union ID in item 1: is required/,
		],
		[
			'getMembers: a limit of 0',
			'getMembers',
			{ returnAll: false, limit: 0 },
			/Limit in item 1: must be at least 1/,
		],
	])(
		'bad input (%s) is rejected before anything is sent',
		async (_name, operation, params, message) => {
			const { credentials } = newApp(ctx);
			await expectRejected(ctx, conf(operation, 'any-conf', params), credentials, message);
		},
	);
});
