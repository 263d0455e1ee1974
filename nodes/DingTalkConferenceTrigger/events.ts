import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

// What the polling trigger emits: one item per event, named in the editor's words.

export type ConferenceEvent =
	| 'meetingStarted'
	| 'meetingEnded'
	| 'participantJoined'
	| 'participantLeft';

export const CONFERENCE_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Meeting Started',
		value: 'meetingStarted',
		description:
			"A conference appeared in DingTalk's list of the organization's ongoing conferences",
	},
	{
		name: 'Meeting Ended',
		value: 'meetingEnded',
		description: 'A conference left that list and DingTalk reports it ended',
	},
	{
		name: 'Participant Joined',
		value: 'participantJoined',
		description:
			'Someone is in an ongoing conference who was not in it at the last poll (costs one more call per ongoing conference and poll)',
	},
	{
		name: 'Participant Left',
		value: 'participantLeft',
		description:
			'Someone who was in an ongoing conference at the last poll is no longer in it (costs one more call per ongoing conference and poll)',
	},
];

export const PARTICIPANT_EVENTS: ConferenceEvent[] = ['participantJoined', 'participantLeft'];

/** QueryConferenceMembers' attendStatus for "in the meeting" (1 init, 2 calling, 4 failed, 5 kicked, 6 left). */
export const IN_MEETING = 3;

/** A member's key: the unionId, or (for members DingTalk lists without one) the nickname. */
export const memberKey = (m: IDataObject): string =>
	typeof m.unionId === 'string' && m.unionId !== ''
		? m.unionId
		: `nick:${String(m.userNick ?? '')}`;

const iso = (ms: unknown, fallback: number): string =>
	new Date(typeof ms === 'number' && ms > 0 ? ms : fallback).toISOString();

/** When the event happened by DingTalk's times, else when the poll saw it (ms). */
export function eventTime(
	event: ConferenceEvent,
	conference: IDataObject,
	participant: IDataObject | undefined,
	seenAt: number,
): number {
	const field = {
		meetingStarted: conference.startTime,
		meetingEnded: conference.endTime,
		participantJoined: participant?.joinTime,
		participantLeft: participant?.leaveTime,
	}[event];
	return typeof field === 'number' && field > 0 ? field : seenAt;
}

/**
 * The item for one event: `event`, a stable `eventId` (the same event always has the same id, so a
 * workflow can de-duplicate across instances), `time`, the conference's ids, and DingTalk's own
 * objects under `conference` and `participant`.
 */
export function eventItem(
	event: ConferenceEvent,
	conference: IDataObject,
	participant: IDataObject | undefined,
	seenAt: number,
): IDataObject {
	const id = String(conference.conferenceId);
	const time = eventTime(event, conference, participant, seenAt);
	const who = participant ? `:${memberKey(participant)}:${String(participant.joinTime ?? '')}` : '';
	return {
		event,
		eventId: `${event}:${id}${who}`,
		time: iso(time, seenAt),
		conferenceId: id,
		title: conference.title,
		roomCode: conference.roomCode,
		creatorId: conference.creatorId,
		creatorNick: conference.creatorNick,
		...(participant
			? {
					unionId: participant.unionId,
					userNick: participant.userNick,
					attendStatus: participant.attendStatus,
				}
			: {}),
		detectedAt: iso(seenAt, seenAt),
		conference,
		...(participant ? { participant } : {}),
	};
}
