import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pathSegment } from '../../../core';
import { operatorUnionId, roomId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';

const displayOptions = { show: { resource: ['meetingRoom'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, [
	roomId.property,
	operatorUnionId.property,
]);

/** DeleteMeetingRoom: DELETE /v1.0/rooms/meetingRooms/{roomId}?unionId. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const room = roomId.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		method: 'DELETE',
		path: `/v1.0/rooms/meetingRooms/${pathSegment(room)}`,
		api: 'DeleteMeetingRoom',
		qs: { unionId },
		idempotent: true,
		context: { roomId: room },
	});
	return { roomId: room, deleted: response.result ?? true };
}
