import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from '../../../core';
import { check, returnAllOrLimit } from '../../../core';
import { huaweiRequest } from '../../transport';

/** Rows asked for per page; Huawei documents no maximum, so stay modest. */
export const PAGE_SIZE = 100;

const show = { resource: ['cloudMeetingRoom'], operation: ['getAll'] };

export const description: INodeProperties[] = [
	...returnAllOrLimit(show),
	{
		displayName: 'Search Key',
		name: 'searchKey',
		type: 'string',
		default: '',
		description: 'Only cloud meeting rooms whose name, VMR ID or member matches this text (Huawei\'s fuzzy search)',
		displayOptions: { show },
	},
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
		displayOptions: { show },
	},
];

const statusSchema = z.union(
	[z.literal('any'), z.literal(''), z.literal(0), z.literal(1), z.literal(2), z.enum(['0', '1', '2']).transform(Number)],
	{ errorMap: () => ({ message: 'must be 0 (normal), 1 (disabled), 2 (unassigned) or "any"' }) },
);

/** Pages through the enterprise's cloud meeting rooms; one output item per room. */
export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject[]> {
	const node = this.getNode();
	const returnAll = check(node, i, { name: 'returnAll', label: 'Return All' }, z.boolean({ invalid_type_error: 'must be true or false' }), this.getNodeParameter('returnAll', i, false));
	const limit = returnAll
		? Infinity
		: check(node, i, { name: 'limit', label: 'Limit' }, z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1'), this.getNodeParameter('limit', i, 50));
	const searchKey = check(node, i, { name: 'searchKey', label: 'Search Key' }, z.string().trim().max(256, 'is longer than 256 characters'), this.getNodeParameter('searchKey', i, ''));
	const status = check(node, i, { name: 'status', label: 'Status' }, statusSchema, this.getNodeParameter('status', i, 'any'));

	const rooms: IDataObject[] = [];
	let offset = 0;
	for (;;) {
		const pageSize = Math.min(PAGE_SIZE, limit - rooms.length);
		const qs: IDataObject = { offset, limit: pageSize };
		if (searchKey) qs.searchKey = searchKey;
		if (typeof status === 'number') qs.status = status;
		const { body, requestId } = await huaweiRequest.call(
			this,
			i,
			{ method: 'GET', path: '/v1/usg/dcs/corp/vmr', api: 'corp/vmr', qs, idempotent: true, context: { offset, fetched: rooms.length } },
			run,
		);
		const page = (body ?? {}) as IDataObject;
		const data = Array.isArray(page.data) ? (page.data as IDataObject[]) : [];
		for (const room of data) rooms.push({ ...room, requestId });
		offset += data.length;
		const count = Number(page.count);
		if (data.length === 0 || rooms.length >= limit || (Number.isFinite(count) && offset >= count)) break;
	}
	return rooms.slice(0, limit);
}
