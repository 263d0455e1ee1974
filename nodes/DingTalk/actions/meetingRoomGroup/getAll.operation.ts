import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { operatorUnionId } from '../../descriptions/fields';
import { allGroups } from '../../helpers/listing';
import { readOperator } from '../../helpers/operator';

export const description = updateDisplayOptions(
	{ show: { resource: ['meetingRoomGroup'], operation: ['getAll'] } },
	[operatorUnionId.property, ...returnAllOrLimit],
);

/** QueryMeetingRoomGroupList: GET /v1.0/rooms/groupLists?unionId, all groups in one answer (no paging). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const unionId = (await readOperator(this, i, true)) as string;
	const groups = await allGroups(this, i, unionId);
	return groups.slice(0, Number.isFinite(limit) ? limit : groups.length);
}
