import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId, operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingRoomGroup'], operation: ['get'] } },
	[groupId.property, operatorUnionId.property],
);

/** QueryMeetingRoomGroup: GET /v1.0/rooms/groups/{groupId}?unionId, answered WITHOUT a `result` wrapper. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = groupId.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		method: 'GET',
		path: `/v1.0/rooms/groups/${id}`,
		api: 'QueryMeetingRoomGroup',
		qs: { unionId },
		idempotent: true,
		context: { groupId: id },
	});
	// Accept a `result` wrapper too, should DingTalk add one like its other rooms calls.
	const group = (
		response.result && typeof response.result === 'object' ? response.result : response
	) as IDataObject;
	const rest = { ...group };
	delete rest.requestId;
	return rest;
}
