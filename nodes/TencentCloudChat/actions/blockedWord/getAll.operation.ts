import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField, maxBytes, readLimit, returnAllOrLimit } from '../../../core';
import { z } from 'zod';
import { tencent, tencentApiRequest } from '../../transport';
import { AUDIT_PAGE, countIn, libraryId, moderationApp } from './shared';

const search = defineField(
	{
		displayName: 'Search',
		name: 'search',
		type: 'string',
		default: '',
		description: 'Only words that match this text (Content, a fuzzy match); empty = every word',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().pipe(maxBytes(512)),
);

const displayOptions = { show: { resource: ['blockedWord'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, [
	libraryId.property,
	...returnAllOrLimit,
	search.property,
]);

/** im_msg_audit_mgr/get_cloud_audit_keywords by Offset, ≤ 100 per call, until TotalCount. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const app = await moderationApp(this, i);
	const lib = libraryId.read(this, i);
	const content = search.read(this, i);
	return await tencent.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit: readLimit(this, i),
		first: 0,
		fetch: async (offset = 0, want) => {
			const body = await tencentApiRequest.call(
				this,
				i,
				'im_msg_audit_mgr/get_cloud_audit_keywords',
				{
					...app,
					Offset: offset,
					Limit: Math.min(AUDIT_PAGE, want),
					LibID: lib,
					...(content ? { Content: content } : {}),
				},
				{ context: { libraryId: lib, offset } },
			);
			const total = countIn(this, i, body, 'TotalCount');
			const items = tencent.listIn(this, i, body, 'Infos').map((w) => ({ libraryId: lib, ...w }));
			const end = offset + items.length;
			return { items, next: end < total ? end : 0 };
		},
	});
}
