import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { operatorUnionId, roomId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';
import { groupBody, roomGroup, updateFields } from './roomFields';

const displayOptions = { show: { resource: ['meetingRoom'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, [
	roomId.property,
	operatorUnionId.property,
	{
		...roomGroup.property,
		description: 'Move the room to this group (leave empty to keep its group)',
	},
	updateFields.property,
]);

/** UpdateMeetingRoom: PUT /v1.0/rooms/meetingRooms with roomId and the fields that change. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const room = roomId.read(this, i);
	const group = roomGroup.read(this, i);
	const fields = { ...groupBody(group), ...updateFields.read(this, i) };
	if (Object.keys(fields).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`Update Fields in item ${i + 1}: nothing to update (add at least one field, or a Room Group)`,
			{
				itemIndex: i,
				description: '"Update Fields" was rejected before any request was sent.',
			},
		);
	}
	const unionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		method: 'PUT',
		path: '/v1.0/rooms/meetingRooms',
		api: 'UpdateMeetingRoom',
		body: { unionId, roomId: room, ...fields },
		idempotent: true,
		context: { roomId: room },
	});
	return { roomId: room, updated: Object.keys(fields), result: response.result ?? true };
}
