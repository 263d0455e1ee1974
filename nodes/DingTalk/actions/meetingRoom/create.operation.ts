import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';
import {
	createFields,
	externalRoomId,
	groupBody,
	roomGroup,
	roomName,
	roomStatus,
} from './roomFields';

const displayOptions = { show: { resource: ['meetingRoom'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, [
	roomName.property,
	roomStatus.property,
	roomGroup.property,
	operatorUnionId.property,
	createFields.property,
]);

/** CreateMeetingRoom: POST /v1.0/rooms/meetingrooms (lower-case "rooms"), answers {result: roomId}. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = roomName.read(this, i);
	const status = roomStatus.read(this, i);
	const group = roomGroup.read(this, i);
	const fields = createFields.read(this, i);
	const unionId = await readOperator(this, i, true);
	// isvRoomId is required (CreateMeetingRoomParams); the user's own, or one derived from name and group.
	const isvRoomId = (fields.isvRoomId as string | undefined) || externalRoomId(name, group);
	const body = {
		unionId,
		roomName: name,
		roomStatus: status,
		...groupBody(group),
		...fields,
		isvRoomId,
	};
	const response = await dingTalkApiRequest.call(this, i, {
		path: '/v1.0/rooms/meetingrooms',
		api: 'CreateMeetingRoom',
		body,
		// A second arrival would create a second room.
		idempotent: false,
		context: { roomName: name },
	});
	return {
		roomId: response.result,
		roomName: name,
		roomStatus: status,
		isvRoomId,
		...groupBody(group),
	};
}
