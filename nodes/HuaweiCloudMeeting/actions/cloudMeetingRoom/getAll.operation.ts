import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit } from '../../../core';
import { huawei, huaweiApiRequest } from '../../transport';

/** Rows asked for per page; Huawei documents no maximum, so stay modest. */
export const PAGE_SIZE = 100;

const searchKey = defineField(
	{
		displayName: 'Search Key',
		name: 'searchKey',
		type: 'string',
		default: '',
		description:
			"Only cloud meeting rooms whose name, VMR ID or member matches this text (Huawei's fuzzy search)",
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(256, 'is longer than 256 characters'),
);

const status = defineField(
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Any', value: 'any' },
			{ name: 'Normal (0)', value: 0 },
			{ name: 'Disabled (1)', value: 1 },
			{ name: 'Unassigned (2)', value: 2 },
		],
		default: 'any',
		description: 'Only cloud meeting rooms in this state',
	},
	z.union(
		[
			z.literal('any'),
			z.literal(''),
			z.literal(0),
			z.literal(1),
			z.literal(2),
			z.enum(['0', '1', '2']).transform(Number),
		],
		{
			errorMap: () => ({ message: 'must be 0 (normal), 1 (disabled), 2 (unassigned) or "any"' }),
		},
	),
);

const displayOptions = { show: { resource: ['cloudMeetingRoom'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, [
	...returnAllOrLimit,
	searchKey.property,
	status.property,
]);

/** Pages through the enterprise's cloud meeting rooms; one output item per room. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const search = searchKey.read(this, i);
	const state = status.read(this, i);
	let fetched = 0;
	return await huawei.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit,
		first: 0,
		fetch: async (offset = 0, want) => {
			const qs: IDataObject = { offset, limit: Math.min(PAGE_SIZE, want) };
			if (search) qs.searchKey = search;
			if (typeof state === 'number') qs.status = state;
			const { body, requestId } = await huaweiApiRequest.call(this, i, {
				method: 'GET',
				path: '/v1/usg/dcs/corp/vmr',
				api: 'corp/vmr',
				qs,
				idempotent: true,
				context: { offset, fetched },
			});
			const rooms = huawei.listIn(this, i, body, 'data').map((room) => ({ ...room, requestId }));
			fetched += rooms.length;
			const count = Number(body.count);
			const next = offset + rooms.length;
			return { items: rooms, next: Number.isFinite(count) && next >= count ? undefined : next };
		},
	});
}
