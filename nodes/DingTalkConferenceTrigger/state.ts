import type { IDataObject } from 'n8n-workflow';

import type { ConferenceEvent } from './events';
import { IN_MEETING, eventItem } from './events';
import type { Members } from './observe';

// The trigger's memory (kept in n8n's workflow static data) and the diff of one poll against it.
// A pure function of (memory, what DingTalk said): the node saves the new memory only after the
// whole poll succeeded, so a failed poll leaves the last good memory in place.

/**
 * How long an ended conference's id is remembered after DingTalk's ongoing list last showed it:
 * the list may lag behind the end (how long is UNCONFIRMED), and a conference seen again in that
 * time must not start again. DingTalk gives each conference its own id, so after that it is dropped.
 */
export const ENDED_MEMORY_MS = 60 * 60 * 1000;
/** A hard cap on remembered ended conferences (the oldest go first). */
export const MAX_ENDED = 10000;

export interface KnownConference {
	/** startTime (ms). */
	s?: number;
	/** Who was in the meeting at the last poll: member key → joinTime. Absent while members are not watched. */
	m?: Record<string, number>;
}

export interface PollState {
	version: 1;
	/** The conferences going on at the last poll. */
	ongoing: Record<string, KnownConference>;
	/** Ended conferences: id → when the ongoing list last showed it (ms). */
	ended: Record<string, number>;
	/** The latest event of each kind, for n8n's "Fetch Test Event". */
	latest: Partial<Record<ConferenceEvent, IDataObject>>;
}

export interface Observation {
	now: number;
	/** DingTalk's ongoing conferences, by id. */
	ongoing: Map<string, IDataObject>;
	/** Members of the ongoing conferences, when participant events are watched. */
	members?: Map<string, Members>;
	/** Conferences that left the list and DingTalk confirms ended, with their info. */
	ended: Map<string, IDataObject>;
}

export const emptyState = (): PollState => ({ version: 1, ongoing: {}, ended: {}, latest: {} });

/** The state in static data, if it is one this version wrote. */
export function readState(value: unknown): PollState | undefined {
	const s = value as PollState | undefined;
	return s && s.version === 1 && typeof s.ongoing === 'object' && typeof s.ended === 'object'
		? s
		: undefined;
}

/** The last stint of someone who left: DingTalk's entry if it is that stint, else what we remember. */
function leftStint(current: IDataObject | undefined, key: string, joinTime: number): IDataObject {
	if (
		current &&
		current.attendStatus !== IN_MEETING &&
		(current.joinTime === undefined || current.joinTime === joinTime)
	)
		return current;
	const who = current
		? { unionId: current.unionId, userNick: current.userNick }
		: key.startsWith('nick:')
			? { userNick: key.slice(5) }
			: { unionId: key };
	return { ...who, ...(joinTime ? { joinTime } : {}) };
}

/** The ids DingTalk's ongoing list no longer shows, which must be asked about (QueryConferenceInfo). */
export const goneFromList = (prev: PollState, ongoing: Map<string, IDataObject>): string[] =>
	Object.keys(prev.ongoing).filter((id) => !ongoing.has(id));

/** The ongoing conferences whose members to list: all but those already known to have ended. */
export const toWatch = (prev: PollState, ongoing: Map<string, IDataObject>): string[] =>
	[...ongoing.keys()].filter((id) => !(id in prev.ended));

/** Every event since `prev` and the memory after this poll. */
export function diff(
	prev: PollState,
	obs: Observation,
): { events: IDataObject[]; next: PollState } {
	const { now } = obs;
	const next: PollState = {
		version: 1,
		ongoing: {},
		ended: { ...prev.ended },
		latest: { ...prev.latest },
	};
	// In the order things happen to each conference: started, people left, people joined, ended.
	const events: IDataObject[] = [];
	const emit = (event: ConferenceEvent, conference: IDataObject, participant?: IDataObject) => {
		events.push(eventItem(event, conference, participant, now));
	};

	for (const [id, conference] of obs.ongoing) {
		if (id in prev.ended) {
			next.ended[id] = now; // the list lags behind the end: still ended
			continue;
		}
		const known = prev.ongoing[id];
		const members = obs.members?.get(id);
		next.ongoing[id] = {
			...(typeof conference.startTime === 'number' ? { s: conference.startTime } : {}),
			...(members ? { m: members.inMeeting } : {}),
		};
		if (!known) {
			emit('meetingStarted', conference);
			for (const key of Object.keys(members?.inMeeting ?? {}))
				emit('participantJoined', conference, members?.all.get(key));
			continue;
		}
		// Members watched from this poll on (the option was just turned on): recorded, nothing emitted.
		if (!members || !known.m) continue;
		for (const [key, joinTime] of Object.entries(known.m)) {
			if (members.inMeeting[key] !== joinTime)
				emit('participantLeft', conference, leftStint(members.all.get(key), key, joinTime));
		}
		for (const [key, joinTime] of Object.entries(members.inMeeting)) {
			if (known.m[key] !== joinTime) emit('participantJoined', conference, members.all.get(key));
		}
	}

	for (const id of goneFromList(prev, obs.ongoing)) {
		const info = obs.ended.get(id);
		if (!info) {
			next.ongoing[id] = prev.ongoing[id]; // still going on: the list skipped it while it shifted
			continue;
		}
		emit('meetingEnded', { ...info, conferenceId: id });
		next.ended[id] = now;
	}

	const forget = Object.entries(next.ended).filter(([, seen]) => now - seen > ENDED_MEMORY_MS);
	for (const [id] of forget) delete next.ended[id];
	const kept = Object.entries(next.ended).sort((a, b) => a[1] - b[1]);
	for (const [id] of kept.slice(0, Math.max(0, kept.length - MAX_ENDED))) delete next.ended[id];

	for (const item of events) {
		const kind = item.event as ConferenceEvent;
		const before = next.latest[kind];
		if (!before || Date.parse(String(item.time)) >= Date.parse(String(before.time)))
			next.latest[kind] = item;
	}
	return { events, next };
}
