import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { tencentRequest } from '../../transport';
import { groupIdField, readGroupId } from './fields';

const show = { resource: ['groupMember'], operation: ['getMuted'] };

export const description: INodeProperties[] = [
	{ ...groupIdField(show, 'listed'), description: 'ID of the group whose muted members are to be listed' },
];

/** One output item per muted member: Tencent's entry (Member_Account, ShuttedUntil) plus the group. */
export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject[]> {
	const groupId = readGroupId(this, i);
	const body = await tencentRequest.call(
		this,
		i,
		{ api: 'group_open_http_svc/get_group_muted_account', body: { GroupId: groupId }, idempotent: true },
		run,
	);
	const list = (Array.isArray(body.ShuttedUinList) ? body.ShuttedUinList : []) as IDataObject[];
	return list.map((entry) => ({ groupId, ...entry }));
}
