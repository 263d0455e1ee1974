'use strict';
// Registry entries of the Video Conference settings, co-hosts, attendance and history operations
// (see devkit/vendors/dingtalk.js).
const {
	ADMIN,
	wf,
	byIndex,
	conferences,
	confs,
	memberItems,
	memberLists,
	listConfs,
	CONF,
	op,
} = require('./common');

const ENDED_AT = Date.UTC(2030, 1, 3, 9);
/** conf-0…conf-(n-1), each with a meeting number of its own (room-code-i). */
const withCodes = (fake, n) => {
	confs()(fake, n);
	for (let i = 0; i < n; i++) fake.conferences.get(`conf-${i}`).roomCode = String(300000000 + i);
};
/** n conferences that ended on 3 February 2030, with one attendee besides the host. */
const ended = (fake, n) => {
	for (let i = 0; i < n; i++) {
		const id = `ended-${i}`;
		fake.addConference(id, { host: ADMIN, startTime: ENDED_AT + i * 60_000 });
		fake.joinConference(id, 'member-1', ENDED_AT + i * 60_000);
		fake.endConference(id, ENDED_AT + 3600_000);
	}
};

module.exports = {
	'videoConference.updateSettings': op(
		true,
		wf('videoConference', 'updateSettings', {
			conferenceId: CONF,
			settings: { muteAll: true, allowUnmuteSelf: false, onlyInternalEmployeesJoin: true },
		}),
		conferences,
		confs(),
	),
	'videoConference.setCohosts': op(
		true,
		wf('videoConference', 'setCohosts', {
			conferenceId: CONF,
			memberUnionIds: '={{ $json.ids }}',
			cohostAction: 'add',
		}),
		memberItems,
		listConfs,
		{
			listItems: memberLists,
			targetOf: (item) => JSON.stringify([item.json.conferenceId, 'add']),
		},
	),
	'videoConference.getByRoomCode': op(
		true,
		wf('videoConference', 'getByRoomCode', {
			roomCode: '={{ 300000000 + $itemIndex }}',
			returnAll: false,
			limit: 1,
		}),
		byIndex('x', 'x'),
		withCodes,
	),
	'videoConference.getAttendance': op(
		true,
		wf('videoConference', 'getAttendance', { conferenceId: CONF, returnAll: true }),
		conferences,
		confs(),
	),
	'videoConference.getAllEnded': op(
		true,
		wf('videoConference', 'getAllEnded', {
			startTime: '2030-02-01T00:00:00Z',
			endTime: '2030-02-08T00:00:00Z',
			returnAll: false,
			limit: 1,
		}),
		byIndex('x', 'x'),
		ended,
	),
};
