import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit } from '../../../core';
import { queryAll } from '../../descriptions/fields';
import { huawei, huaweiApiRequest } from '../../transport';

/** SearchMeetings takes at most 500 per page. */
export const MEETING_PAGE_SIZE = 500;

const searchKey = defineField(
	{
		displayName: 'Search Key',
		name: 'searchKey',
		type: 'string',
		default: '',
		description:
			"Only meetings whose subject, ID or booker matches this text (Huawei's fuzzy search)",
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(128, 'is longer than 128 characters'),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['getAll'] } },
	[...returnAllOrLimit, searchKey.property, queryAll.property],
);

/** Pages through the meetings that have not ended (SearchMeetings); one output item per meeting. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const search = searchKey.read(this, i);
	const all = queryAll.read(this, i);
	return await huawei.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit,
		first: 0,
		fetch: async (offset = 0, want) => {
			const qs: IDataObject = { offset, limit: Math.min(MEETING_PAGE_SIZE, want), queryAll: all };
			if (search) qs.searchKey = search;
			const { body, requestId } = await huaweiApiRequest.call(this, i, {
				method: 'GET',
				path: '/v1/mmc/management/conferences',
				api: 'conferences/search',
				qs,
				idempotent: true,
				context: { offset },
			});
			const meetings = huawei
				.listIn(this, i, body, 'data')
				.map((meeting) => ({ ...meeting, requestId }));
			const count = Number(body.count);
			const next = offset + meetings.length;
			return { items: meetings, next: Number.isFinite(count) && next >= count ? undefined : next };
		},
	});
}
