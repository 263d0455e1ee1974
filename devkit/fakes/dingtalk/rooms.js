'use strict';
// rooms_1.0 on the fake: meeting rooms, room groups and central control (the booking blocklist:
// blocklist.js).
// Paths, methods, fields and errors as operations-and-events.md §1.1 and the SDK models give them.
const { err, ok, param, unknownKey, checkFields, intQuery } = require('./errors');

const ROOM_FIELDS = {
	roomName: 'string',
	roomStatus: 'integer',
	isvRoomId: 'string',
	roomCapacity: 'integer',
	roomPicture: 'string',
	roomLocation: 'object',
	roomLabelIds: 'array',
	groupId: 'integer',
	enableCycleReservation: 'boolean',
	openReservation: 'boolean',
	roomDescription: 'string',
	reservationAuthority: 'object',
	unionId: 'string',
};
const LABELS = { 1: 'TV', 2: 'Phone', 3: 'Projector', 4: 'Whiteboard', 5: 'Video conference' };

/** The operator every rooms call names: required, a member of the org, and a rooms admin. */
function operatorError(unionId) {
	if (typeof unionId !== 'string' || unionId === '') return param('unionId is required');
	if (unionId === 'outsider') return err(400, 'user.not.org', 'User Not In Org');
	if (unionId === 'not-admin') return err(400, 'user.not.admin', 'user is not admin');
	return undefined;
}

function roomBody(fake, body) {
	const failed = checkFields(body, ROOM_FIELDS);
	if (failed) return failed;
	if (body.roomLabelIds && body.roomLabelIds.some((l) => !LABELS[l]))
		return param('roomLabelIds has an unknown label');
	if (body.roomStatus !== undefined && ![0, 1, 2].includes(body.roomStatus))
		return param('roomStatus must be 0, 1 or 2');
	if (body.groupId !== undefined && !fake.groups.has(String(body.groupId)))
		return param('group not found');
	if (body.roomName !== undefined && body.roomName.length > 50)
		return param('roomName is too long');
	return undefined;
}

function applyRoom(fake, room, body) {
	for (const k of [
		'roomName',
		'roomStatus',
		'isvRoomId',
		'roomCapacity',
		'roomPicture',
		'roomLocation',
		'enableCycleReservation',
		'roomDescription',
		'reservationAuthority',
	]) {
		if (body[k] !== undefined) room[k] = body[k];
	}
	if (body.roomLabelIds)
		room.roomLabels = body.roomLabelIds.map((labelId) => ({ labelId, labelName: LABELS[labelId] }));
	if (body.openReservation !== undefined)
		room.extensionConfig = {
			...(room.extensionConfig ?? {}),
			openReservation: body.openReservation,
		};
	if (body.groupId !== undefined) {
		const g = fake.groups.get(String(body.groupId));
		room.roomGroup = { groupId: g.groupId, groupName: g.groupName, parentId: g.parentId };
	}
}

const publicRoom = ({ centralControl, signals, ...room }) => room;

const routes = [
	[
		'POST',
		/^\/v1\.0\/rooms\/meetingrooms$/,
		'CreateMeetingRoom',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, Object.keys(ROOM_FIELDS));
			if (bad) return param(`unknown field ${bad}`);
			// Required as CreateMeetingRoomParams of the DingTalk OpenAPI (rooms_1.0) marks them: isvRoomId too.
			const failed =
				operatorError(b.unionId) ??
				checkFields(b, {}, ['roomName', 'roomStatus', 'isvRoomId']) ??
				roomBody(fake, b);
			if (failed) return failed;
			if ([...fake.rooms.values()].some((room) => room.roomName === b.roomName))
				return err(400, 'room.exist', 'room already exists');
			const roomId = fake.nextId('room');
			fake.addRoom(roomId, { roomName: b.roomName });
			applyRoom(fake, fake.rooms.get(roomId), b);
			return ok({ result: roomId });
		},
	],
	[
		'PUT',
		/^\/v1\.0\/rooms\/meetingRooms$/,
		'UpdateMeetingRoom',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, [...Object.keys(ROOM_FIELDS), 'roomId']);
			if (bad) return param(`unknown field ${bad}`);
			const failed =
				operatorError(b.unionId) ??
				checkFields(b, { roomId: 'string' }, ['roomId']) ??
				roomBody(fake, b);
			if (failed) return failed;
			const room = fake.rooms.get(b.roomId);
			if (!room) return err(400, 'room.not.found', 'room not found');
			applyRoom(fake, room, b);
			return ok({ result: true });
		},
	],
	[
		'DELETE',
		/^\/v1\.0\/rooms\/meetingRooms\/([^/]+)$/,
		'DeleteMeetingRoom',
		(fake, r, id) => {
			const failed = operatorError(r.query.unionId);
			if (failed) return failed;
			if (!(fake.replayable ? fake.rooms.has(id) : fake.rooms.delete(id)))
				return err(400, 'room.not.found', 'room not found');
			return ok({ result: true });
		},
	],
	[
		'GET',
		/^\/v1\.0\/rooms\/meetingRooms\/([^/]+)$/,
		'QueryMeetingRoom',
		(fake, r, id) => {
			const failed = operatorError(r.query.unionId);
			if (failed) return failed;
			const room = fake.rooms.get(id);
			if (!room) return err(400, 'room.not.found', 'room not found');
			return ok({ result: publicRoom(room) });
		},
	],
	[
		'GET',
		/^\/v1\.0\/rooms\/meetingRoomLists$/,
		'QueryMeetingRoomList',
		(fake, r) => {
			const failed = operatorError(r.query.unionId);
			if (failed) return failed;
			if (!intQuery(r.query.nextToken) || !intQuery(r.query.maxResults))
				return param('nextToken and maxResults must be numbers');
			const max = r.query.maxResults === undefined ? 20 : Number(r.query.maxResults);
			if (max < 1 || max > 100) return param('maxResults must be between 1 and 100');
			const start = Number(r.query.nextToken ?? 0);
			const all = [...fake.rooms.values()].map(publicRoom);
			const page = all.slice(start, start + max);
			const more = start + max < all.length;
			return ok({ result: page, hasMore: more, ...(more ? { nextToken: start + max } : {}) });
		},
	],
	[
		'POST',
		/^\/v1\.0\/rooms\/groups$/,
		'CreateMeetingRoomGroup',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['groupName', 'parentGroupId', 'unionId']);
			if (bad) return param(`unknown field ${bad}`);
			// parentGroupId is required (CreateMeetingRoomGroupParams: "0 means the root group").
			const failed =
				operatorError(b.unionId) ??
				checkFields(b, { groupName: 'string', parentGroupId: 'integer' }, [
					'groupName',
					'parentGroupId',
				]);
			if (failed) return failed;
			if (b.parentGroupId !== 0 && !fake.groups.has(String(b.parentGroupId)))
				return param('parent group not found');
			return ok({ result: fake.addGroup(b.groupName, b.parentGroupId).groupId });
		},
	],
	[
		'PUT',
		/^\/v1\.0\/rooms\/groups$/,
		'UpdateMeetingRoomGroup',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['groupId', 'groupName', 'unionId']);
			if (bad) return param(`unknown field ${bad}`);
			const failed =
				operatorError(b.unionId) ??
				checkFields(b, { groupId: 'integer', groupName: 'string' }, ['groupId', 'groupName']);
			if (failed) return failed;
			const group = fake.groups.get(String(b.groupId));
			if (!group) return err(400, 'group.not.found', 'group not found');
			group.groupName = b.groupName;
			return ok({ result: true });
		},
	],
	[
		'DELETE',
		/^\/v1\.0\/rooms\/groups\/([^/]+)$/,
		'DeleteMeetingRoomGroup',
		(fake, r, id) => {
			const failed = operatorError(r.query.unionId);
			if (failed) return failed;
			if (!(fake.replayable ? fake.groups.has(id) : fake.groups.delete(id)))
				return err(400, 'group.not.found', 'group not found');
			return ok({ result: true });
		},
	],
	[
		'GET',
		/^\/v1\.0\/rooms\/groups\/([^/]+)$/,
		'QueryMeetingRoomGroup',
		(fake, r, id) => {
			const failed = operatorError(r.query.unionId);
			if (failed) return failed;
			const group = fake.groups.get(id);
			if (!group) return err(400, 'group.not.found', 'group not found');
			// No `result` wrapper here, unlike the other rooms calls (checked against the official client).
			return ok({ ...group });
		},
	],
	[
		'GET',
		/^\/v1\.0\/rooms\/groupLists$/,
		'QueryMeetingRoomGroupList',
		(fake, r) => {
			const failed = operatorError(r.query.unionId);
			if (failed) return failed;
			return ok({ result: [...fake.groups.values()].map((g) => ({ ...g })) });
		},
	],
	[
		'POST',
		/^\/v1\.0\/rooms\/central\/control$/,
		'SendCentralControl',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['unionId', 'roomId', 'controlBody']);
			if (bad) return param(`unknown field ${bad}`);
			const failed = checkFields(b, { unionId: 'string', roomId: 'string', controlBody: 'string' });
			if (failed) return failed;
			if (!b.roomId || !b.controlBody) return param('Param Error');
			try {
				JSON.parse(b.controlBody);
			} catch {
				return param('controlBody is not JSON');
			}
			const room = fake.rooms.get(b.roomId);
			if (!room) return param('room not found');
			if (!room.centralControl) return err(400, 'api.control.close', 'API CONTROL ClOSE');
			if (b.unionId === 'outsider') return err(400, 'user.not.org', 'User Not In Org');
			room.signals.push(b.controlBody);
			return ok({ result: true });
		},
	],
];

module.exports = { routes, operatorError };
