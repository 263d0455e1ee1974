import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { defineTime, pathSegment } from '../../../core';
import { roomId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalk, dingTalkApiRequest } from '../../transport';
import { calendarUser, utcMinute } from './calendar';

const from = defineTime(
	{ displayName: 'From', name: 'startTime', required: true, description: 'Start of the period' },
	true,
);
const to = defineTime(
	{ displayName: 'To', name: 'endTime', required: true, description: 'End of the period' },
	true,
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingRoom'], operation: ['getSchedule'] } },
	[roomId.property, from.property, to.property, calendarUser.property],
);

/**
 * GetMeetingRoomsSchedule: POST /v1.0/calendar/users/{unionId}/meetingRooms/schedules/query
 * {roomIds, startTime, endTime} (UTC minutes). One item for the room: `free` when DingTalk lists
 * no schedule item in the period, and the items (eventId, status BUSY/TENTATIVE, start, end,
 * organizer). A room the answer leaves out, or reports an `error` for, fails the item.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const room = roomId.read(this, i);
	const start = from.read(this, i) as number;
	const end = to.read(this, i) as number;
	if (end <= start)
		throw new NodeOperationError(this.getNode(), `To in item ${i + 1}: must be after From`, {
			itemIndex: i,
			description: '"To" was rejected before any request was sent.',
		});
	const user = (await readOperator(this, i, true, calendarUser)) as string;
	// Whole minutes that cover the period: start rounded down, end rounded up.
	const minute = 60_000;
	const startTime = utcMinute(Math.floor(start / minute) * minute);
	const endTime = utcMinute(Math.ceil(end / minute) * minute);
	const body = await dingTalkApiRequest.call(this, i, {
		method: 'POST',
		path: `/v1.0/calendar/users/${pathSegment(user)}/meetingRooms/schedules/query`,
		api: 'GetMeetingRoomsSchedule',
		body: { roomIds: [room], startTime, endTime },
		idempotent: true,
		context: { roomId: room },
	});
	const info = dingTalk.listIn(this, i, body, 'scheduleInformation').find((s) => s.roomId === room);
	const failure = !info
		? 'The answer has no schedule for the room'
		: info.error
			? String(info.error)
			: !Array.isArray(info.scheduleItems) && info.scheduleItems !== undefined
				? 'The room\'s "scheduleItems" is not a list'
				: undefined;
	if (failure)
		throw dingTalk.fail(
			this,
			i,
			{ code: info?.error ? 'ROOM_SCHEDULE_ERROR' : 'MALFORMED_ANSWER', message: failure },
			{ roomId: room },
		);
	const items = (info!.scheduleItems ?? []) as IDataObject[];
	return { roomId: room, startTime, endTime, free: items.length === 0, scheduleItems: items };
}
