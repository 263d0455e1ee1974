import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId, operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingRoomGroup'], operation: ['delete'] } },
	[groupId.property, operatorUnionId.property],
);

/** DeleteMeetingRoomGroup: DELETE /v1.0/rooms/groups/{groupId}?unionId. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = groupId.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		method: 'DELETE',
		path: `/v1.0/rooms/groups/${id}`,
		api: 'DeleteMeetingRoomGroup',
		qs: { unionId },
		idempotent: true,
		context: { groupId: id },
	});
	return { groupId: Number(id), deleted: response.result ?? true };
}
