import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId, operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';
import { groupName } from './groupName';

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingRoomGroup'], operation: ['update'] } },
	[
		groupId.property,
		{ ...groupName.property, displayName: 'New Group Name' },
		operatorUnionId.property,
	],
);

/** UpdateMeetingRoomGroup: PUT /v1.0/rooms/groups {groupId, groupName, unionId} (only the name can change). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = groupId.read(this, i);
	const name = groupName.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		method: 'PUT',
		path: '/v1.0/rooms/groups',
		api: 'UpdateMeetingRoomGroup',
		body: { unionId, groupId: Number(id), groupName: name },
		idempotent: true,
		context: { groupId: id },
	});
	return { groupId: Number(id), groupName: name, result: response.result ?? true };
}
