import type { IDataObject } from 'n8n-workflow';

import type { Snapshot } from './snapshot';
import { huaweiTimeMs, participantKey, sessionKey } from './snapshot';

export type PollEvent = 'meetingStarted' | 'meetingEnded' | 'participantJoined' | 'participantLeft';

/** What the trigger remembers of one meeting session in progress (no passwords, no personal data beyond ids). */
export interface Session {
	conferenceID: string;
	confUUID?: string;
	subject?: string;
	startTime?: string;
	/** Participant key → name; absent while participants are not tracked (or not yet read) for this session. */
	participants?: Record<string, string>;
	/** Consecutive complete polls the session was absent from without Huawei's history confirming its end. */
	missing?: number;
}

/** The node's workflow static data. */
export interface PollState {
	v: 1;
	sessions: Record<string, Session>;
	/** Session keys whose end was emitted, with when: kept ENDED_MEMORY_MS, as long as a lagging list can still show them. */
	ended: Record<string, number>;
}

/** An absent session counts as ended, without Huawei's history confirming it, after this many complete polls. */
export const MISSING_POLLS = 2;
/** How long an ended session's key is remembered, so a list that still shows it does not start it again. */
export const ENDED_MEMORY_MS = 30 * 60 * 1000;
/** And at most this many keys (the oldest go first). */
export const ENDED_MEMORY_MAX = 10000;

export interface Emitted {
	event: PollEvent;
	session: Session;
	meeting?: IDataObject;
	participant?: IDataObject;
	history?: IDataObject;
}

const toSession = (m: IDataObject): Session => ({
	conferenceID: String(m.conferenceID),
	...(m.confUUID ? { confUUID: String(m.confUUID) } : {}),
	...(m.subject !== undefined ? { subject: String(m.subject) } : {}),
	...(m.startTime !== undefined ? { startTime: String(m.startTime) } : {}),
});

/** The sessions absent from this (complete) snapshot: the ones whose end Huawei's history may confirm. */
export function vanished(state: PollState, snapshot: Snapshot): Array<[string, Session]> {
	if (!snapshot.complete) return [];
	const present = new Set(snapshot.meetings.map(sessionKey));
	return Object.entries(state.sessions).filter(([key]) => !present.has(key));
}

/** The earliest start among sessions, as ms (for the history query), or undefined. */
export function earliestStart(sessions: Session[]): number | undefined {
	const times = sessions
		.map((s) => huaweiTimeMs(s.startTime))
		.filter((t): t is number => t !== undefined);
	return times.length ? Math.min(...times) : undefined;
}

/** Huawei's history record of a session: by confUUID, else by conferenceID and start. */
export function findInHistory(history: IDataObject[], s: Session): IDataObject | undefined {
	return history.find((h) =>
		s.confUUID
			? h.confUUID === s.confUUID
			: String(h.conferenceID) === s.conferenceID && (!s.startTime || h.startTime === s.startTime),
	);
}

/**
 * The events between the remembered state and this poll's snapshot, and the state to keep.
 * `track` says whether participants are followed; `first` (no state yet) records and emits nothing.
 */
export function diff(
	previous: PollState | undefined,
	snapshot: Snapshot,
	history: IDataObject[],
	track: boolean,
	now: number,
): { events: Emitted[]; state: PollState } {
	const first = previous === undefined;
	const prior = previous ?? { v: 1, sessions: {}, ended: {} };
	const events: Emitted[] = [];
	const sessions: Record<string, Session> = {};
	const ended: Record<string, number> = {};
	for (const [key, at] of Object.entries(prior.ended))
		if (now - at < ENDED_MEMORY_MS) ended[key] = at;

	for (const m of snapshot.meetings) {
		const key = sessionKey(m);
		// A list that moved while it was paged can show a meeting twice.
		if (sessions[key]) continue;
		const known = prior.sessions[key];
		const session: Session = {
			...toSession(m),
			...(known?.participants ? { participants: known.participants } : {}),
		};
		// A session whose end was already emitted and that a lagging list still shows: not a new start.
		const isNew = !known && !first && ended[key] === undefined;
		if (isNew) events.push({ event: 'meetingStarted', session, meeting: m });
		const seen = snapshot.participants.get(key);
		if (track && seen) {
			const before = session.participants ?? {};
			const current = new Map(seen.list.map((p) => [participantKey(p), p] as const));
			// Participants are compared only where they were read before, or the session is new.
			if (session.participants || isNew) {
				for (const [pk, p] of current)
					if (!(pk in before))
						events.push({ event: 'participantJoined', session, meeting: m, participant: p });
				if (seen.complete)
					for (const [pk, name] of Object.entries(before))
						if (!current.has(pk))
							events.push({
								event: 'participantLeft',
								session,
								meeting: m,
								participant: { participantKey: pk, name },
							});
			}
			// An incomplete list may have skipped someone: keep them until a complete one says otherwise.
			const kept: Record<string, string> = seen.complete ? {} : { ...before };
			for (const [pk, p] of current) kept[pk] = String(p.name ?? '');
			session.participants = kept;
		} else if (!track) {
			delete session.participants;
		}
		sessions[key] = session;
	}

	const present = new Set(Object.keys(sessions));
	for (const [key, s] of Object.entries(prior.sessions)) {
		if (present.has(key)) continue;
		if (!snapshot.complete) {
			sessions[key] = s; // the list moved while it was read: judge next time
			continue;
		}
		const record = findInHistory(history, s);
		const missing = (s.missing ?? 0) + 1;
		if (!record && missing < MISSING_POLLS) {
			sessions[key] = { ...s, missing };
			continue;
		}
		if (track)
			for (const [pk, name] of Object.entries(s.participants ?? {}))
				events.push({
					event: 'participantLeft',
					session: s,
					participant: { participantKey: pk, name },
				});
		events.push({ event: 'meetingEnded', session: s, ...(record ? { history: record } : {}) });
		ended[key] = now;
	}
	// Bounded: the oldest ended keys go first.
	const keep = Object.entries(ended)
		.sort((a, b) => b[1] - a[1])
		.slice(0, ENDED_MEMORY_MAX);
	return {
		events: first ? [] : events,
		state: { v: 1, sessions, ended: Object.fromEntries(keep) },
	};
}
