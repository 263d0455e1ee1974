import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit } from '../../../core';
import { huawei, huaweiApiRequest } from '../../transport';

/** Rows asked for per page. Huawei's maximum for SearchUsers is UNCONFIRMED; paging follows what comes back. */
export const USER_PAGE_SIZE = 100;

const searchKey = defineField(
	{
		displayName: 'Search Key',
		name: 'searchKey',
		type: 'string',
		default: '',
		description:
			"Only users whose name, phone, email, account or third-party ID matches this text (Huawei's fuzzy search)",
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(128, 'is longer than 128 characters'),
);

const deptCode = defineField(
	{
		displayName: 'Department Code',
		name: 'deptCode',
		type: 'string',
		default: '',
		description: 'Only users of this department (and its sub-departments)',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(32, 'is longer than 32 characters'),
);

const status = defineField(
	{
		displayName: 'Status',
		name: 'userStatus',
		type: 'options',
		options: [
			{ name: 'Any', value: 'any' },
			{ name: 'Normal (0)', value: 0 },
			{ name: 'Disabled (1)', value: 1 },
		],
		default: 'any',
		description: 'Only users in this state',
	},
	z.union(
		[
			z.literal('any'),
			z.literal(''),
			z.literal(0),
			z.literal(1),
			z.enum(['0', '1']).transform(Number),
		],
		{ errorMap: () => ({ message: 'must be 0 (normal), 1 (disabled) or "any"' }) },
	),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['getAll'] } },
	[...returnAllOrLimit, searchKey.property, deptCode.property, status.property],
);

/** Pages through the enterprise's users (SearchUsers); one output item per user. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const search = searchKey.read(this, i);
	const dept = deptCode.read(this, i);
	const state = status.read(this, i);
	return await huawei.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit,
		first: 0,
		fetch: async (offset = 0, want) => {
			const qs: IDataObject = { offset, limit: Math.min(USER_PAGE_SIZE, want) };
			if (search) qs.searchKey = search;
			if (dept) qs.deptCode = dept;
			if (typeof state === 'number') qs.status = state;
			const { body, requestId } = await huaweiApiRequest.call(this, i, {
				method: 'GET',
				path: '/v1/usg/dcs/corp/member',
				api: 'corp/member/search',
				qs,
				idempotent: true,
				context: { offset },
			});
			const users = huawei.listIn(this, i, body, 'data').map((user) => ({ ...user, requestId }));
			const count = Number(body.count);
			const next = offset + users.length;
			return { items: users, next: Number.isFinite(count) && next >= count ? undefined : next };
		},
	});
}
