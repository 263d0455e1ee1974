'use strict';
// Registry entries of the Meeting Room calendar operations (Get Schedule, Book for Event, Release
// From Event; see devkit/vendors/dingtalk.js). The calendar user is the credential's operator.
const { ADMIN, wf, byIndex, rooms, op } = require('./common');

const rl = (value) => ({ __rl: true, mode: 'id', value });
const HOUR = 3600_000;
const AT = Date.UTC(2030, 4, 6, 9);
/** room-i and ADMIN's event-i (an hour from AT), with room-i booked when `booked`. */
const events =
	(booked = false) =>
	(fake, n) => {
		rooms(fake, n);
		for (let i = 0; i < n; i++)
			fake.addEvent(ADMIN, `event-${i}`, {
				start: AT,
				end: AT + HOUR,
				rooms: booked ? [`room-${i}`] : [],
			});
	};
const eventItems = (n) =>
	Array.from({ length: n }, (_, i) => ({ json: { roomId: `room-${i}`, eventId: `event-${i}` } }));
const eventParams = { roomId: rl('={{ $json.roomId }}'), eventId: '={{ $json.eventId }}' };

module.exports = {
	'meetingRoom.getSchedule': op(
		true,
		wf('meetingRoom', 'getSchedule', {
			roomId: rl('={{ $json.roomId }}'),
			startTime: '2030-05-06T08:00:00Z',
			endTime: '2030-05-06T18:00:00Z',
		}),
		byIndex('roomId', 'room'),
		events(true),
	),
	'meetingRoom.bookForEvent': op(
		true,
		wf('meetingRoom', 'bookForEvent', eventParams),
		eventItems,
		events(false),
	),
	'meetingRoom.releaseFromEvent': op(
		true,
		wf('meetingRoom', 'releaseFromEvent', eventParams),
		eventItems,
		events(true),
		{ destructive: true },
	),
};
