import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { MAX_PAGES, defineField, paginate, readLimit, returnAllOrLimit, vendorError } from '../../../core';
import { DINGTALK } from '../../../../credentials/common/dingtalk';
import { operatorUnionId, optionalGroup } from '../../descriptions/fields';
import { roomPage } from '../../helpers/listing';
import { readOperator } from '../../helpers/operator';

const displayOptions = { show: { resource: ['meetingRoom'], operation: ['getAll'] } };

const inGroup = optionalGroup('filterGroupId', 'Room Group', 'Only rooms of this group (filtered by the node: DingTalk lists every room)');
const nameContains = defineField(
	{ displayName: 'Name Contains', name: 'nameContains', type: 'string', default: '', description: 'Only rooms whose name contains this text, ignoring case (filtered by the node)' },
	z.string({ invalid_type_error: 'must be text' }).trim().max(256, 'is longer than 256 characters'),
);

export const description = updateDisplayOptions(displayOptions, [operatorUnionId.property, ...returnAllOrLimit, inGroup.property, nameContains.property]);

/** QueryMeetingRoomList: GET /v1.0/rooms/meetingRoomLists, pages of at most 100, one item per room. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const group = inGroup.read(this, i);
	const name = nameContains.read(this, i).toLowerCase();
	const unionId = (await readOperator(this, i, true)) as string;
	const keep = (room: IDataObject) =>
		(!group || String((room.roomGroup as IDataObject | undefined)?.groupId ?? '') === group) && (!name || String(room.roomName ?? '').toLowerCase().includes(name));
	return await paginate<number>({
		ctx: this,
		itemIndex: i,
		vendor: DINGTALK,
		limit,
		fetch: async (cursor, want) => {
			if (!group && !name) return await roomPage(this, i, unionId, cursor, want);
			// With a filter a page may keep none of its rooms; read on until one is kept or the list
			// ends, since paginate takes an empty page as the end.
			let at = cursor;
			for (let pages = 0; pages < MAX_PAGES; pages++) {
				const page = await roomPage(this, i, unionId, at, 100);
				const items = page.items.filter(keep);
				if (items.length || page.next === undefined || page.next === at) return { items, next: page.next };
				at = page.next;
			}
			throw vendorError(this.getNode(), DINGTALK, { code: 'TOO_MANY_PAGES', message: `No room matched the filter in ${MAX_PAGES} pages; the listing was stopped` }, i);
		},
	});
}
