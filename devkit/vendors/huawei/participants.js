'use strict';
// Registry entries of the Participant resource (see devkit/vendors/huawei.js): control calls with the
// conference token, on participants who are in a few running meetings (one token per meeting).
const { CHAIR, meetingIdOf, rl, node, byIndex, ensureMeetings } = require('./common');

const participantOf = (i) => `p-${i}`;
/** Item i's participant is in meeting i % 3; Remove hangs them up, so they join again before each run. */
function ensureParticipants(fake, n) {
	ensureMeetings(fake, 3);
	for (let i = 0; i < n; i++) {
		const m = fake.meetings.get(meetingIdOf(i % 3));
		if (!m.online?.has(participantOf(i)))
			fake.join(m.conferenceID, { name: `Member ${i}`, participantId: participantOf(i) });
	}
}

const participant = (operation, idempotent) => ({
	idempotent,
	workflow: (options) =>
		node(
			{
				resource: 'participant',
				operation,
				conferenceId: rl('={{ $json.conferenceId }}'),
				chairPassword: CHAIR,
				participantIds: '={{ $json.participantIds }}',
			},
			options,
		),
	items: byIndex((i) => ({ conferenceId: meetingIdOf(i % 3), participantIds: [participantOf(i)] })),
	prepare: ensureParticipants,
});

module.exports = {
	// Hung up twice, the second call fails on participants already gone: never resent.
	'participant.remove': participant('remove', false),
	'participant.mute': participant('mute', true),
	'participant.unmute': participant('unmute', true),
};
