import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from '../../../core';
import { check, returnAllOrLimit } from '../../../core';
import { tencentRequest } from '../../transport';
import { groupIdField, readGroupId } from './fields';

/** Tencent returns at most 100 banned members per page. */
export const MAX_PAGE = 100;

const show = { resource: ['groupMember'], operation: ['getBanned'] };

export const description: INodeProperties[] = [
	{ ...groupIdField(show, 'listed'), description: 'ID of the group whose banned members are to be listed' },
	...returnAllOrLimit(show),
];

/** One output item per banned member: Tencent's entry (Member_Account, BannedUntil) plus the group. */
export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject[]> {
	const groupId = readGroupId(this, i);
	const returnAll = this.getNodeParameter('returnAll', i, false) as boolean;
	const limit = returnAll
		? Infinity
		: check(this.getNode(), i, { name: 'limit', label: 'Limit' }, z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1'), this.getNodeParameter('limit', i, 50));
	const members: IDataObject[] = [];
	let offset = 0;
	let page = 0;
	for (;;) {
		page++;
		const body = await tencentRequest.call(
			this,
			i,
			{
				api: 'group_open_http_svc/get_group_ban_member',
				body: { GroupId: groupId, Limit: Math.min(MAX_PAGE, limit - members.length), Offset: offset },
				idempotent: true,
				context: { failedPage: page, offset },
			},
			run,
		);
		const list = (Array.isArray(body.BannedAccountList) ? body.BannedAccountList : []) as IDataObject[];
		for (const entry of list) members.push({ groupId, ...entry });
		const next = Number(body.NextOffset ?? 0);
		// NextOffset 0 means the last page; an empty or non-advancing page would loop forever.
		if (members.length >= limit || !next || list.length === 0 || next <= offset) break;
		offset = next;
	}
	return members.slice(0, limit);
}
