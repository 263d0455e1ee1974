import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { operatorUnionId, optionalGroup } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';
import { groupName } from './groupName';

const parent = optionalGroup(
	'parentGroupId',
	'Parent Group',
	'Create the group inside this group (leave empty for a top-level group)',
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingRoomGroup'], operation: ['create'] } },
	[groupName.property, parent.property, operatorUnionId.property],
);

/**
 * CreateMeetingRoomGroup: POST /v1.0/rooms/groups; the new group's ID is the answer's `result` (UNCONFIRMED shape).
 * parentGroupId is required by DingTalk's model: 0 is the top level, sent when Parent Group is empty.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = groupName.read(this, i);
	const parentId = parent.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		path: '/v1.0/rooms/groups',
		api: 'CreateMeetingRoomGroup',
		body: { unionId, groupName: name, parentGroupId: parentId ? Number(parentId) : 0 },
		idempotent: false,
		context: { groupName: name },
	});
	return { groupId: response.result, groupName: name, parentId: parentId ? Number(parentId) : 0 };
}
