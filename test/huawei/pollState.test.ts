// The polling trigger's memory stays bounded: ended sessions are remembered only as long as a
// lagging list could still show them, and never more than ENDED_MEMORY_MAX of them.
import {
	ENDED_MEMORY_MAX,
	ENDED_MEMORY_MS,
	diff,
} from '../../nodes/HuaweiCloudMeetingPollTrigger/state';
import type { Snapshot } from '../../nodes/HuaweiCloudMeetingPollTrigger/snapshot';

const snapshot = (meetings: Array<Record<string, string>>): Snapshot => ({
	meetings,
	complete: true,
	participants: new Map(),
});
const NOW = Date.UTC(2030, 0, 1);

test('an ended session that a lagging list still shows is not started again, and is forgotten after the memory span', () => {
	const m = { conferenceID: '1', confUUID: 'a', subject: 'x', startTime: '2029-12-31 23:00' };
	const first = diff(undefined, snapshot([m]), [], false, NOW);
	expect(first.events).toEqual([]);
	const ended = diff(
		first.state,
		snapshot([]),
		[{ confUUID: 'a', conferenceID: '1', endTime: '2030-01-01 00:00' }],
		false,
		NOW,
	);
	expect(ended.events.map((e) => e.event)).toEqual(['meetingEnded']);
	expect(diff(ended.state, snapshot([m]), [], false, NOW + 60000).events).toEqual([]);
	const later = diff(ended.state, snapshot([]), [], false, NOW + ENDED_MEMORY_MS);
	expect(later.state.ended).toEqual({});
});

test(`at most ${ENDED_MEMORY_MAX} ended sessions are remembered, the newest kept`, () => {
	const ended = Object.fromEntries(
		Array.from({ length: ENDED_MEMORY_MAX + 5 }, (_, k) => [`u:${k}`, NOW - k]),
	);
	const { state } = diff({ v: 1, sessions: {}, ended }, snapshot([]), [], false, NOW);
	expect(Object.keys(state.ended)).toHaveLength(ENDED_MEMORY_MAX);
	expect(state.ended['u:0']).toBe(NOW);
	expect(state.ended[`u:${ENDED_MEMORY_MAX + 4}`]).toBeUndefined();
});

test('a meeting shown twice by a list that moved while it was paged starts once', () => {
	const m = { conferenceID: '2', confUUID: 'b', subject: 'y', startTime: '2030-01-01 00:00' };
	const first = diff(undefined, snapshot([]), [], false, NOW);
	const moved: Snapshot = { meetings: [m, m], complete: false, participants: new Map() };
	expect(diff(first.state, moved, [], false, NOW).events.map((e) => e.event)).toEqual([
		'meetingStarted',
	]);
});
