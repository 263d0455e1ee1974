// The polling trigger's memory is bounded: an ended conference's id is kept while DingTalk's list
// may still show it, then dropped, and never more than MAX_ENDED of them. Time is the poll's `now`,
// so hours pass without waiting (the poll itself is tested against the fake in test/triggers).
import type { IDataObject } from 'n8n-workflow';

import type { PollState } from '../../nodes/DingTalkConferenceTrigger/state';
import {
	ENDED_MEMORY_MS,
	MAX_ENDED,
	diff,
	emptyState,
} from '../../nodes/DingTalkConferenceTrigger/state';

const HOUR = 3600 * 1000;
const listed = (...ids: string[]) =>
	new Map<string, IDataObject>(ids.map((id) => [id, { conferenceId: id, startTime: 1 }]));
const poll = (
	prev: PollState,
	now: number,
	ongoing: Map<string, IDataObject>,
	ended: string[] = [],
) =>
	diff(prev, {
		now,
		ongoing,
		ended: new Map(ended.map((id) => [id, { conferenceId: id, status: 1 }])),
	});

test('an ended id is kept while the list keeps showing it, and dropped once it has not for the memory time', () => {
	let { next } = poll(emptyState(), 0, listed('a'));
	({ next } = poll(next, 1000, listed(), ['a']));
	expect(next.ended).toHaveProperty('a');
	// The lagging list shows it again, long after it ended: no second start, and the memory is renewed.
	const again = poll(next, 1000 + ENDED_MEMORY_MS - 1, listed('a'));
	expect(again.events).toEqual([]);
	expect(again.next.ended.a).toBe(1000 + ENDED_MEMORY_MS - 1);
	expect(poll(again.next, 1000 + 2 * ENDED_MEMORY_MS - 2, listed()).next.ended).toHaveProperty('a');
	expect(poll(again.next, 1000 + 2 * ENDED_MEMORY_MS, listed()).next.ended).not.toHaveProperty('a');
});

test(`at most ${MAX_ENDED} ended ids are kept: the oldest go first`, () => {
	const prev = emptyState();
	for (let i = 0; i < MAX_ENDED; i++) prev.ended[`old-${i}`] = HOUR + i;
	prev.ongoing.fresh = { s: 1 };
	const { events, next } = poll(prev, 2 * HOUR, listed(), ['fresh']);
	expect(events.map((e) => e.event)).toEqual(['meetingEnded']);
	expect(Object.keys(next.ended)).toHaveLength(MAX_ENDED);
	expect(next.ended).not.toHaveProperty('old-0');
	expect(next.ended).toHaveProperty('fresh');
});
