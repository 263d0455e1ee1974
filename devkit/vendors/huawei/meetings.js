'use strict';
// Registry entries of the Meeting resource (see devkit/vendors/huawei.js).
const {
	CHAIR,
	meetingIdOf,
	rl,
	node,
	byIndex,
	ensureMeetings,
	uuidOf,
	ensureEnded,
} = require('./common');

const control = (operation) => ({
	idempotent: true,
	workflow: (options) =>
		node(
			{
				resource: 'meeting',
				operation,
				conferenceId: rl('={{ $json.conferenceId }}'),
				chairPassword: CHAIR,
			},
			options,
		),
	// A few meetings, so the conference token cache is exercised (one token per meeting).
	items: byIndex((i) => ({ conferenceId: meetingIdOf(i % 3) })),
	prepare: (fake) => ensureMeetings(fake, 3),
});

const bookedIdOf = (i) => String(975000000 + i);
/** n meetings booked for tomorrow: only those can be updated. */
function ensureBooked(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.meetings.has(bookedIdOf(i)))
			fake.addMeeting({ conferenceID: bookedIdOf(i), start: Date.now() + 86400000 });
}

module.exports = {
	'meeting.update': {
		idempotent: true,
		// ShowMeetingDetail, then UpdateMeeting with the full body.
		callsPerItem: 2,
		workflow: (options) =>
			node(
				{
					resource: 'meeting',
					operation: 'update',
					conferenceId: rl('={{ $json.conferenceId }}'),
					updateFields: { subject: '={{ $json.subject }}', length: 45 },
				},
				options,
			),
		items: byIndex((i) => ({ conferenceId: bookedIdOf(i), subject: `Renamed ${i}` })),
		prepare: ensureBooked,
	},
	'meeting.create': {
		idempotent: false,
		workflow: (options) =>
			node(
				{
					resource: 'meeting',
					operation: 'create',
					subject: '={{ $json.subject }}',
					length: 30,
					mediaTypes: 'HDVideo',
				},
				options,
			),
		items: byIndex((i) => ({ subject: `Meeting ${i}` })),
		prepare() {},
	},
	'meeting.get': {
		idempotent: true,
		workflow: (options) =>
			node(
				{ resource: 'meeting', operation: 'get', conferenceId: rl('={{ $json.conferenceId }}') },
				options,
			),
		items: byIndex((i) => ({ conferenceId: meetingIdOf(i) })),
		prepare: ensureMeetings,
	},
	'meeting.getAll': {
		idempotent: true,
		workflow: (options) =>
			node({ resource: 'meeting', operation: 'getAll', returnAll: false, limit: 5 }, options),
		items: byIndex((i) => ({ i })),
		prepare: (fake) => ensureMeetings(fake, 5),
	},
	'meeting.getAllOngoing': {
		idempotent: true,
		workflow: (options) =>
			node(
				{ resource: 'meeting', operation: 'getAllOngoing', returnAll: false, limit: 5 },
				options,
			),
		items: byIndex((i) => ({ i })),
		prepare: (fake) => ensureMeetings(fake, 5),
	},
	'meeting.getOnlineParticipants': {
		idempotent: true,
		workflow: (options) =>
			node(
				{
					resource: 'meeting',
					operation: 'getOnlineParticipants',
					conferenceId: rl('={{ $json.conferenceId }}'),
					returnAll: true,
				},
				options,
			),
		items: byIndex((i) => ({ conferenceId: meetingIdOf(i) })),
		// One participant each, so every item has output.
		prepare(fake, n) {
			ensureMeetings(fake, n);
			for (let i = 0; i < n; i++)
				if (!fake.meetings.get(meetingIdOf(i)).online?.size)
					fake.join(meetingIdOf(i), { name: `Member ${i}` });
		},
	},
	'meeting.getAllEnded': {
		idempotent: true,
		workflow: (options) =>
			node(
				{
					resource: 'meeting',
					operation: 'getAllEnded',
					startDate: '={{ $now.minus({ days: 7 }).toISO() }}',
					returnAll: false,
					limit: 5,
				},
				options,
			),
		items: byIndex((i) => ({ i })),
		prepare: (fake) => ensureEnded(fake, 5),
	},
	'meeting.getAttendance': {
		idempotent: true,
		workflow: (options) =>
			node(
				{
					resource: 'meeting',
					operation: 'getAttendance',
					confUUID: rl('={{ $json.confUUID }}'),
					returnAll: true,
				},
				options,
			),
		items: byIndex((i) => ({ confUUID: uuidOf(i) })),
		prepare: ensureEnded,
	},
	'meeting.cancel': {
		// Sent again after it arrived, it would fail on a meeting that is gone: reported, never resent.
		idempotent: false,
		workflow: (options) =>
			node(
				{
					resource: 'meeting',
					operation: 'cancel',
					conferenceId: rl('={{ $json.conferenceId }}'),
					endIfRunning: true,
				},
				options,
			),
		items: byIndex((i) => ({ conferenceId: meetingIdOf(i) })),
		prepare: ensureMeetings,
	},
	'meeting.lock': control('lock'),
	'meeting.unlock': control('unlock'),
	'meeting.muteAll': control('muteAll'),
	'meeting.unmuteAll': control('unmuteAll'),
};
