import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { groupIdField, memberAccountsField, readAccounts, readGroupId, sendInChunks } from './fields';
import { MUTE_LIMIT_NOTE } from './mute.operation';

const show = { resource: ['groupMember'], operation: ['unmute'] };

export const description: INodeProperties[] = [
	groupIdField(show, 'unmuted'),
	memberAccountsField(show, 'unmuted', MUTE_LIMIT_NOTE),
];

export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	const groupId = readGroupId(this, i);
	const accounts = readAccounts(this, i);
	// Tencent has no unmute API: muting for 0 seconds lifts a mute.
	const calls = await sendInChunks(this, i, run, 'group_open_http_svc/forbid_send_msg', accounts, (part) => ({
		GroupId: groupId,
		Members_Account: part,
		MuteTime: 0,
	}));
	return { groupId, unmuted: accounts.length, calls, memberAccounts: accounts };
}
