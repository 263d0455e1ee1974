// Meeting Room: create, update, delete, get (Get Many and central control: meetingRoomList.test.ts).
import { dingTalkCreateMeetingRoom, shapeProblems } from '../fixtures/officialRequests';
import {
	ADMIN,
	byId,
	expectRejected,
	fromList,
	newApp,
	node,
	run,
	runWorkflow,
	useFake,
} from './setup';

const ctx = useFake();
const room = (operation: string, params: Record<string, unknown> = {}, cof = false) =>
	node('meetingRoom', operation, { unionId: ADMIN, ...params }, cof);

describe('create, get, update, delete', () => {
	test('a created room appears in get and getAll, changes with update and disappears with delete', async () => {
		const { credentials } = newApp(ctx);
		const group = ctx.fake.addGroup('Floor 3');
		const created = await run(
			ctx,
			room('create', {
				roomName: 'Everest',
				roomStatus: 2,
				roomGroupId: fromList(String(group.groupId)),
				additionalFields: {
					roomCapacity: 10,
					roomLabelIds: [1, 5],
					locationTitle: 'HQ',
					locationDesc: '3rd floor',
					isvRoomId: 'my-1',
					openReservation: true,
				},
			}),
			credentials,
		);
		const roomId = created.out[0].roomId;
		expect(created.out[0]).toEqual({
			roomId,
			roomName: 'Everest',
			roomStatus: 2,
			isvRoomId: 'my-1',
			groupId: group.groupId,
		});
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			method: 'POST',
			path: '/v1.0/rooms/meetingrooms',
			body: {
				unionId: ADMIN,
				roomName: 'Everest',
				roomStatus: 2,
				groupId: group.groupId,
				roomCapacity: 10,
				roomLabelIds: [1, 5],
				roomLocation: { title: 'HQ', desc: '3rd floor' },
				isvRoomId: 'my-1',
				openReservation: true,
			},
		});

		const got = await run(ctx, room('get', { roomId: byId(roomId) }), credentials);
		expect(got.out[0]).toMatchObject({
			roomId,
			roomName: 'Everest',
			roomCapacity: 10,
			roomGroup: { groupId: group.groupId, groupName: 'Floor 3' },
		});

		const updated = await run(
			ctx,
			room('update', {
				roomId: fromList(roomId),
				updateFields: { roomName: 'Everest 2', roomCapacity: 12 },
			}),
			credentials,
		);
		expect(updated.out[0]).toEqual({ roomId, updated: ['roomName', 'roomCapacity'], result: true });
		expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
			method: 'PUT',
			path: '/v1.0/rooms/meetingRooms',
			body: { unionId: ADMIN, roomId, roomName: 'Everest 2', roomCapacity: 12 },
		});
		expect(ctx.fake.rooms.get(roomId)).toMatchObject({ roomName: 'Everest 2', roomCapacity: 12 });

		const listed = await run(ctx, room('getAll', { returnAll: true }), credentials);
		expect(listed.out.map((r: any) => r.roomId)).toContain(roomId);

		const deleted = await run(ctx, room('delete', { roomId: byId(roomId) }), credentials);
		expect(deleted.out[0]).toEqual({ roomId, deleted: true });
		expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
			method: 'DELETE',
			path: `/v1.0/rooms/meetingRooms/${roomId}`,
			query: { unionId: ADMIN },
		});
		const again = await runWorkflow(room('get', { roomId: byId(roomId) }), { credentials });
		expect(again.nodeError('Vendor').message).toBe('DingTalk error room.not.found: room not found');
	});

	test('create sends isvRoomId, which DingTalk requires: the given one, or one derived from name and group (the same for the same room)', async () => {
		const { credentials } = newApp(ctx);
		const group = ctx.fake.addGroup('Floor 4');
		const first = await run(
			ctx,
			room('create', { roomName: 'K2', roomGroupId: fromList(String(group.groupId)) }),
			credentials,
		);
		const body = ctx.fake.businessCalls()[0].body;
		expect(shapeProblems(body, dingTalkCreateMeetingRoom)).toEqual([]);
		expect(body.isvRoomId).toMatch(/^n8n-[0-9a-f]{24}$/);
		expect(first.out[0].isvRoomId).toBe(body.isvRoomId);
		// The same name and group give the same ID (DingTalk refuses the duplicate name: the ID is what matters here).
		await run(
			ctx,
			room('create', { roomName: 'K2', roomGroupId: fromList(String(group.groupId)) }),
			credentials,
		);
		expect(ctx.fake.businessCalls()[1].body.isvRoomId).toBe(body.isvRoomId);
		await run(
			ctx,
			room('create', { roomName: 'K3', roomGroupId: fromList(String(group.groupId)) }),
			credentials,
		);
		expect(ctx.fake.businessCalls()[2].body.isvRoomId).not.toBe(body.isvRoomId);
		// The user's own wins.
		await run(
			ctx,
			room('create', { roomName: 'K4', additionalFields: { isvRoomId: 'erp-7' } }),
			credentials,
		);
		expect(ctx.fake.businessCalls()[3].body).toMatchObject({ isvRoomId: 'erp-7' });
		expect(shapeProblems(ctx.fake.businessCalls()[3].body, dingTalkCreateMeetingRoom)).toEqual([]);
	});

	test('a room id with path characters is encoded, and refused when it could change the path', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addRoom('room a+b');
		await run(ctx, room('get', { roomId: byId('room a+b') }), credentials);
		expect(ctx.fake.businessCalls()[0].path).toBe('/v1.0/rooms/meetingRooms/room%20a%2Bb');
		ctx.fake.reset();
		await expectRejected(
			ctx,
			room('delete', { roomId: byId('../groups/1') }),
			credentials,
			/Meeting Room in item 1: must not contain/,
		);
	});

	test('creating twice is never resent after a failure that may have arrived', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.inject({ kind: 'reset', path: /meetingrooms$/ });
		const result = await runWorkflow(room('create', { roomName: 'Once' }), { credentials });
		expect(result.nodeError('Vendor').description).toMatch(/not sent again/);
		expect(ctx.fake.businessCalls()).toHaveLength(1);
	});

	test.each([
		[
			'create: no name',
			'create',
			{ roomName: '={{ "" }}' },
			/Room Name in item 1: a room name is required/,
		],
		[
			'create: a name too long',
			'create',
			{ roomName: 'x'.repeat(51) },
			/Room Name in item 1: is longer than 50 characters/,
		],
		[
			'create: a capacity of 0',
			'create',
			{ roomName: 'A', additionalFields: { roomCapacity: 0 } },
			/Additional Fields › Capacity in item 1: must be at least 1/,
		],
		[
			'create: a group that is not a number',
			'create',
			{ roomName: 'A', roomGroupId: byId('={{ "abc" }}') },
			/Room Group in item 1: Room Group must be digits only/,
		],
		[
			'update: nothing to update',
			'update',
			{ roomId: byId('r1'), updateFields: {} },
			/Update Fields in item 1: nothing to update/,
		],
		[
			'get: no room',
			'get',
			{ roomId: byId('={{ "" }}') },
			/Meeting Room in item 1: a room ID is required/,
		],
		[
			'getAll: a limit of 0',
			'getAll',
			{ returnAll: false, limit: 0 },
			/Limit in item 1: must be at least 1/,
		],
		[
			'delete: no operator',
			'delete',
			{ roomId: byId('r1'), unionId: '' },
			/Operator Union ID in item 1: is required/,
		],
	])(
		'bad input (%s) is rejected before anything is sent',
		async (_name, operation, params, message) => {
			const { credentials } = newApp(ctx);
			await expectRejected(ctx, room(operation, params), credentials, message);
		},
	);
});
