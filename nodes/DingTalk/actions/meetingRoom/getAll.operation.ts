import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit } from '../../../core';
import { operatorUnionId, optionalGroup } from '../../descriptions/fields';
import { roomPage } from '../../helpers/listing';
import { readOperator } from '../../helpers/operator';
import { dingTalk } from '../../transport';

const displayOptions = { show: { resource: ['meetingRoom'], operation: ['getAll'] } };

const inGroup = optionalGroup(
	'filterGroupId',
	'Room Group',
	'Only rooms of this group (filtered by the node: DingTalk lists every room)',
);
const nameContains = defineField(
	{
		displayName: 'Name Contains',
		name: 'nameContains',
		type: 'string',
		default: '',
		description: 'Only rooms whose name contains this text, ignoring case (filtered by the node)',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(256, 'is longer than 256 characters'),
);

export const description = updateDisplayOptions(displayOptions, [
	operatorUnionId.property,
	...returnAllOrLimit,
	inGroup.property,
	nameContains.property,
]);

/** QueryMeetingRoomList: GET /v1.0/rooms/meetingRoomLists, pages of at most 100, one item per room. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const group = inGroup.read(this, i);
	const name = nameContains.read(this, i).toLowerCase();
	const unionId = (await readOperator(this, i, true)) as string;
	const keep = (room: IDataObject) =>
		(!group || String((room.roomGroup as IDataObject | undefined)?.groupId ?? '') === group) &&
		(!name ||
			String(room.roomName ?? '')
				.toLowerCase()
				.includes(name));
	// DingTalk filters by neither: the kernel reads on past pages that keep no room.
	return await dingTalk.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit,
		...(group || name ? { keep } : {}),
		fetch: async (cursor, want) => await roomPage(this, i, unionId, cursor, want),
	});
}
