'use strict';
// Registry entries of the Meeting Room, Meeting Room Group and Room Booking Blocklist resources (see devkit/vendors/dingtalk.js).
const { wf, byIndex, fresh, rooms, groups, replayable, op } = require('./common');

module.exports = {
	'roomBookingBlocklist.removeUsers': op(
		true,
		wf('roomBookingBlocklist', 'removeUsers', {
			blacklistUnionIds: '={{ $json.ids }}',
			unionId: 'operator',
		}),
		(n, idsPerItem = 1) =>
			Array.from({ length: n }, (_, i) => ({
				json: { ids: Array.from({ length: idsPerItem }, (_, k) => `u${i}-${k}`) },
			})),
		undefined,
		{
			seed: '000',
			bench: 'removeUsers',
			/** For list operations: one item per entry of `counts`, each with that many ids. */
			listItems: (counts) =>
				counts.map((c, i) => ({
					json: { ids: Array.from({ length: c }, (_, k) => `u${i}-${k}`) },
				})),
			/** Items with the same operator share calls (the node's plan: DingTalk/actions/roomBookingBlocklist/removeUsers). */
			targetOf: () => JSON.stringify(['operator']),
			/** Benchmark: one id per item, the items spread over `targets` operators (the call's target). */
			benchItems: (n, targets) =>
				Array.from({ length: n }, (_, i) => ({
					json: { ids: [`u${i}`], operator: `operator-${i % targets}` },
				})),
			// The 20-target rows: each item names its operator.
			benchWorkflow: wf('roomBookingBlocklist', 'removeUsers', {
				blacklistUnionIds: '={{ $json.ids }}',
				unionId: '={{ $json.operator }}',
			}),
			benchTarget: 'operator',
		},
	),
	'roomBookingBlocklist.addUser': op(
		false,
		wf('roomBookingBlocklist', 'addUser', {
			blacklistUnionId: '={{ $json.user }}',
			startTime: '2030-01-01T09:00:00',
			endTime: '2030-01-08T09:00:00',
			memo: 'no-show',
		}),
		byIndex('user', 'user'),
	),
	'meetingRoom.sendCentralControl': op(
		false,
		wf('meetingRoom', 'sendCentralControl', {
			roomId: '={{ $json.roomId }}',
			unionId: 'operator',
			controlBody: '{"version":"1.0.0","request":{"method":"subscribe"}}',
		}),
		byIndex('roomId', 'room'),
		rooms,
		{ seed: '001', bench: 'sendCentralControl' },
	),
	'meetingRoom.create': op(
		false,
		wf('meetingRoom', 'create', {
			roomName: '={{ $json.name + "-" + Math.random().toString(36).slice(2, 8) }}',
			roomStatus: 0,
			additionalFields: { roomCapacity: 6 },
		}),
		fresh('name', 'Room'),
	),
	'meetingRoom.update': op(
		true,
		wf('meetingRoom', 'update', {
			roomId: { __rl: true, mode: 'id', value: '={{ $json.roomId }}' },
			updateFields: { roomCapacity: 12 },
		}),
		byIndex('roomId', 'room'),
		rooms,
	),
	'meetingRoom.delete': op(
		true,
		wf('meetingRoom', 'delete', {
			roomId: { __rl: true, mode: 'id', value: '={{ $json.roomId }}' },
		}),
		byIndex('roomId', 'room'),
		replayable(rooms),
	),
	'meetingRoom.get': op(
		true,
		wf('meetingRoom', 'get', {
			roomId: { __rl: true, mode: 'id', value: '={{ $json.roomId }}' },
		}),
		byIndex('roomId', 'room'),
		rooms,
	),
	'meetingRoom.getAll': op(
		true,
		wf('meetingRoom', 'getAll', { returnAll: false, limit: 1 }),
		byIndex('x', 'x'),
		(fake) => rooms(fake, 2),
	),
	'meetingRoomGroup.create': op(
		false,
		wf('meetingRoomGroup', 'create', { groupName: '={{ $json.name }}' }),
		fresh('name', 'Group'),
	),
	'meetingRoomGroup.update': op(
		true,
		wf('meetingRoomGroup', 'update', {
			groupId: { __rl: true, mode: 'id', value: '={{ 9000 + $itemIndex }}' },
			groupName: 'Renamed',
		}),
		byIndex('x', 'x'),
		groups,
	),
	'meetingRoomGroup.delete': op(
		true,
		wf('meetingRoomGroup', 'delete', {
			groupId: { __rl: true, mode: 'id', value: '={{ 9000 + $itemIndex }}' },
		}),
		byIndex('x', 'x'),
		replayable(groups),
	),
	'meetingRoomGroup.get': op(
		true,
		wf('meetingRoomGroup', 'get', {
			groupId: { __rl: true, mode: 'id', value: '={{ 9000 + $itemIndex }}' },
		}),
		byIndex('x', 'x'),
		groups,
	),
	'meetingRoomGroup.getAll': op(
		true,
		wf('meetingRoomGroup', 'getAll', { returnAll: false, limit: 1 }),
		byIndex('x', 'x'),
		(fake) => groups(fake, 1),
	),
};
