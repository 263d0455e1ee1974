import type { IDataObject } from 'n8n-workflow';

import type { Emitted, PollEvent } from './state';

export const EVENT_NAMES: Record<PollEvent, string> = {
	meetingStarted: 'Meeting Started',
	meetingEnded: 'Meeting Ended',
	participantJoined: 'Participant Joined',
	participantLeft: 'Participant Left',
};

const withoutRequestId = (o: IDataObject | undefined): IDataObject | undefined => {
	if (!o) return undefined;
	const rest = { ...o };
	delete rest.requestId;
	return rest;
};

/**
 * One output item per event: the event, when this poll saw it, the session's ids, and what Huawei's
 * lists said (the meeting as SearchOnlineMeetings shows it; for an end, the SearchHisMeetings record
 * when the history confirmed it; for a participant, the ListOnlineConfAttendee entry).
 */
export function toItem(e: Emitted, detectedAt: number): IDataObject {
	const s = e.session;
	const item: IDataObject = {
		event: e.event,
		eventName: EVENT_NAMES[e.event],
		detectedAt: new Date(detectedAt).toISOString(),
		conferenceID: s.conferenceID,
		confUUID: (e.history?.confUUID as string | undefined) ?? s.confUUID ?? null,
		subject: s.subject ?? null,
		startTime: s.startTime ?? null,
	};
	if (e.event === 'meetingEnded') {
		item.endTime = (e.history?.endTime as string | undefined) ?? null;
		// False: absent from the ongoing list in two polls, but not (yet) in Huawei's history.
		item.endConfirmedByHistory = e.history !== undefined;
		if (e.history) item.meeting = withoutRequestId(e.history);
	} else if (e.meeting) {
		item.meeting = withoutRequestId(e.meeting);
	}
	if (e.participant) item.participant = withoutRequestId(e.participant);
	return item;
}
