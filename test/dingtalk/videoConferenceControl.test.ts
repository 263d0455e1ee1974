// Video Conference: in-conference control (mute, remove, invite, recording), against the fake.
import { ADMIN, byId, expectRejected, newApp, node, run, runWorkflow, useFake } from './setup';

const ctx = useFake();
const conf = (operation: string, id: string, params: Record<string, unknown> = {}) =>
	node('videoConference', operation, { conferenceId: byId(id), unionId: ADMIN, ...params });
const hosted = (id: string, members: string[] = ['m1', 'm2']) =>
	ctx.fake.addConference(id, { host: ADMIN, members });

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
