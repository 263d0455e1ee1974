import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField, pathId, pathSegment } from '../../../core';
import { locator, operatorUnionId, roomId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalk, dingTalkApiRequest } from '../../transport';

/** calendar_1.0's userId is a unionId: the organizer whose calendar holds the event. */
export const calendarUser = {
	...operatorUnionId,
	property: {
		...operatorUnionId.property,
		displayName: 'Calendar User Union ID',
		description:
			"The unionId of the user whose calendar is used (calendar_1.0's userId; the event's organizer for Book and Release). Leave empty to use the Operator Union ID of the credential.",
	},
	label: 'Calendar User Union ID',
};

export const calendarId = defineField(
	{
		displayName: 'Calendar ID',
		name: 'calendarId',
		type: 'string',
		default: 'primary',
		description: 'The calendar that holds the event; "primary" is the user\'s own calendar',
	},
	pathId('a calendar ID'),
);

/** The event: "From List" (ListEvents of the calendar above) or its ID from DingTalk Calendar. */
export const eventId = defineField(
	locator({
		name: 'eventId',
		displayName: 'Event',
		noun: 'calendar event',
		searchListMethod: 'searchCalendarEvents',
		placeholder: 'bXF4V2RXxxxxx',
		description:
			'The calendar event. "From List" shows the events of the Calendar ID above from a day ago to 30 days ahead, for the Calendar User Union ID (or the credential\'s operator).',
	}),
	pathId('an event ID'),
);

export const eventOperation = (operation: string, properties: INodeProperties[] = []) =>
	updateDisplayOptions({ show: { resource: ['meetingRoom'], operation: [operation] } }, [
		roomId.property,
		// The user and calendar come first: the event picker lists that calendar.
		calendarUser.property,
		calendarId.property,
		eventId.property,
		...properties,
	]);

/**
 * AddMeetingRooms / RemoveMeetingRooms: POST
 * /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms[/batchRemove]
 * with `meetingRoomsToAdd` / `meetingRoomsToRemove: [{roomId}]`, answering `{result: true}`.
 */
export async function eventRoomCall(
	ctx: IExecuteFunctions,
	i: number,
	kind: 'book' | 'release',
): Promise<IDataObject> {
	const room = roomId.read(ctx, i);
	const event = eventId.read(ctx, i);
	const calendar = calendarId.read(ctx, i);
	const user = (await readOperator(ctx, i, true, calendarUser)) as string;
	const book = kind === 'book';
	const response = await dingTalkApiRequest.call(ctx, i, {
		method: 'POST',
		path: `/v1.0/calendar/users/${pathSegment(user)}/calendars/${pathSegment(calendar)}/events/${pathSegment(event)}/meetingRooms${book ? '' : '/batchRemove'}`,
		api: book ? 'AddMeetingRooms' : 'RemoveMeetingRooms',
		body: { [book ? 'meetingRoomsToAdd' : 'meetingRoomsToRemove']: [{ roomId: room }] },
		idempotent: true,
		context: { roomId: room, eventId: event },
	});
	// {result: false} is already a failure (the judge); a missing result is not a success either.
	if (response.result !== true)
		throw dingTalk.fail(
			ctx,
			i,
			{ code: 'MALFORMED_ANSWER', message: 'The answer has no "result": true' },
			{ roomId: room, eventId: event },
		);
	return {
		roomId: room,
		eventId: event,
		calendarId: calendar,
		[book ? 'booked' : 'released']: true,
	};
}

/** GetMeetingRoomsSchedule takes UTC minutes: "yyyy-MM-ddTHH:mmZ" (official client). */
export const utcMinute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}Z`;
