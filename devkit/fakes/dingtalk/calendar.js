'use strict';
// calendar_1.0 on the fake, the meeting-room part: free/busy (GetMeetingRoomsSchedule), adding
// a room to an event or taking it off (AddMeetingRooms, RemoveMeetingRooms), and a calendar's
// events (ListEvents, for the event picker). A booked room shows
// busy for its event's time; a released one is free again. Paths, keys and the UTC-minute time
// format are the official client's; the error codes are the fake's (UNCONFIRMED).
const { err, ok, param, unknownKey, intQuery } = require('./errors');

const U = '^\\/v1\\.0\\/calendar\\/users\\/([^/]+)';
const EVENT = `${U}\\/calendars\\/([^/]+)\\/events\\/([^/]+)\\/meetingRooms`;
/** "yyyy-MM-ddTHH:mmZ": GetMeetingRoomsScheduleRequest's documented form. */
const UTC_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
/** DingTalk recommends at most 5 roomIds per schedule query; the fake holds callers to it. */
const SCHEDULE_ROOMS_MAX = 5;
/** ListEvents' maxResults: DingTalk's documented most (UNCONFIRMED in the official client). */
const EVENTS_PAGE_MAX = 100;
/** ListEventsRequest's query keys (official client). */
const LIST_EVENTS_QUERY = [
	'timeMin',
	'timeMax',
	'showDeleted',
	'maxResults',
	'nextToken',
	'syncToken',
	'maxAttendees',
];
/** ISO-8601 with a zone, as DingTalk's examples write timeMin/timeMax. */
const ISO_ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const key = (userId, calendarId, eventId) => `${userId}|${calendarId}|${eventId}`;
const iso = (ms) => ({ dateTime: new Date(ms).toISOString(), timeZone: 'UTC' });

/** A calendar event (as the DingTalk Calendar client creates it), organized by `userId`. */
function addEvent(
	fake,
	userId,
	eventId,
	{ start, end, calendarId = 'primary', rooms = [], summary = `Event ${eventId}` },
) {
	const event = {
		eventId,
		summary,
		organizer: userId,
		calendarId,
		start,
		end,
		rooms: new Set(rooms),
	};
	fake.events.set(key(userId, calendarId, eventId), event);
	return event;
}

/** meetingRoomsToAdd / meetingRoomsToRemove: [{roomId}] of rooms the organization has. */
function roomListError(fake, list, name) {
	if (!Array.isArray(list) || list.length === 0) return param(`${name} is required`);
	for (const entry of list) {
		if (!entry || typeof entry.roomId !== 'string' || unknownKey(entry, ['roomId']))
			return param(`${name} entries need a roomId`);
		if (!fake.rooms.has(entry.roomId)) return err(400, 'room.not.found', 'room not found');
	}
	return undefined;
}

const eventRoute = (listName, apply) => (fake, r, userId, calendarId, eventId) => {
	const bad = unknownKey(r.body, [listName]);
	if (bad) return param(`unknown field ${bad}`);
	const event = fake.events.get(key(userId, calendarId, eventId));
	if (!event) return err(404, 'event.not.found', `no event ${eventId} in that calendar`);
	const failed = roomListError(fake, r.body[listName], listName);
	if (failed) return failed;
	for (const { roomId } of r.body[listName]) apply(event, roomId);
	return ok({ result: true });
};

/** ListEvents: the calendar's events overlapping [timeMin, timeMax), by start, nextToken an offset. */
function listEvents(fake, r, userId, calendarId) {
	const q = r.query;
	const bad = Object.keys(q).find((k) => !LIST_EVENTS_QUERY.includes(k));
	if (bad) return param(`unknown query parameter ${bad}`);
	if (!intQuery(q.maxResults) || !intQuery(q.nextToken))
		return param('maxResults and nextToken must be whole numbers');
	const max = q.maxResults === undefined ? EVENTS_PAGE_MAX : Number(q.maxResults);
	if (max < 1 || max > EVENTS_PAGE_MAX) return param(`maxResults must be 1 to ${EVENTS_PAGE_MAX}`);
	for (const name of ['timeMin', 'timeMax'])
		if (q[name] !== undefined && !ISO_ZONED.test(q[name]))
			return param(`${name} must be ISO-8601 with a time zone`);
	const from = q.timeMin === undefined ? -Infinity : Date.parse(q.timeMin);
	const to = q.timeMax === undefined ? Infinity : Date.parse(q.timeMax);
	if (to <= from) return param('timeMax must be after timeMin');
	const all = [...fake.events.values()]
		.filter((e) => e.organizer === userId && e.calendarId === calendarId)
		.filter((e) => e.start < to && e.end > from)
		.sort((a, b) => a.start - b.start);
	const start = Number(q.nextToken ?? 0);
	const page = all.slice(start, start + max);
	const more = start + max < all.length;
	return ok({
		events: page.map((e) => ({
			id: e.eventId,
			summary: e.summary,
			start: iso(e.start),
			end: iso(e.end),
			organizer: { id: e.organizer },
		})),
		...(more ? { nextToken: String(start + max) } : {}),
	});
}

const routes = [
	['GET', new RegExp(`${U}\\/calendars\\/([^/]+)\\/events$`), 'ListEvents', listEvents],
	[
		'POST',
		new RegExp(`${U}\\/meetingRooms\\/schedules\\/query$`),
		'GetMeetingRoomsSchedule',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['roomIds', 'startTime', 'endTime']);
			if (bad) return param(`unknown field ${bad}`);
			if (
				!Array.isArray(b.roomIds) ||
				b.roomIds.length === 0 ||
				b.roomIds.some((id) => typeof id !== 'string')
			)
				return param('roomIds is required: an array of strings');
			if (b.roomIds.length > SCHEDULE_ROOMS_MAX)
				return param(`at most ${SCHEDULE_ROOMS_MAX} roomIds`);
			if (!UTC_MINUTE.test(b.startTime ?? '') || !UTC_MINUTE.test(b.endTime ?? ''))
				return param('startTime and endTime are required, as yyyy-MM-ddTHH:mmZ');
			const from = Date.parse(b.startTime);
			const to = Date.parse(b.endTime);
			if (to <= from) return param('endTime must be after startTime');
			const events = [...fake.events.values()];
			return ok({
				scheduleInformation: b.roomIds.map((roomId) => {
					if (!fake.rooms.has(roomId)) return { roomId, error: 'room not found' };
					const held = events.filter((e) => e.rooms.has(roomId) && e.start < to && e.end > from);
					return {
						roomId,
						scheduleItems: held.map((e) => ({
							eventId: e.eventId,
							status: 'BUSY',
							start: iso(e.start),
							end: iso(e.end),
							organizer: { id: e.organizer },
						})),
					};
				}),
			});
		},
	],
	[
		'POST',
		new RegExp(`${EVENT}$`),
		'AddMeetingRooms',
		eventRoute('meetingRoomsToAdd', (event, roomId) => event.rooms.add(roomId)),
	],
	[
		'POST',
		new RegExp(`${EVENT}\\/batchRemove$`),
		'RemoveMeetingRooms',
		eventRoute('meetingRoomsToRemove', (event, roomId) => event.rooms.delete(roomId)),
	],
];

module.exports = { routes, addEvent };
