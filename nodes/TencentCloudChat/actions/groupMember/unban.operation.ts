import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { groupIdField, memberAccountsField, readAccounts, readGroupId, sendInChunks } from './fields';

const show = { resource: ['groupMember'], operation: ['unban'] };

export const description: INodeProperties[] = [
	groupIdField(show, 'unbanned'),
	memberAccountsField(show, 'unbanned', 'Up to 20 account IDs are supported per request; longer lists are sent in several calls.'),
];

export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	const groupId = readGroupId(this, i);
	const accounts = readAccounts(this, i);
	const calls = await sendInChunks(this, i, run, 'group_open_http_svc/unban_group_member', accounts, (part) => ({
		GroupId: groupId,
		Members_Account: part,
	}));
	return { groupId, unbanned: accounts.length, calls, memberAccounts: accounts };
}
