import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { defineField, idList, requiredText, sendInChunks } from '../../core';
import { tencentApiRequest } from '../transport';

/** Tencent takes at most 20 Members_Account per ban/unban call (ErrorCode 10005 above that). */
export const MAX_ACCOUNTS_PER_CALL = 20;

export const groupId = defineField(
	{
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '@TGS#aJRGC4MH6',
		description: 'ID of the group (GroupId)',
	},
	requiredText('a group ID'),
);

export const memberAccounts = defineField(
	{
		displayName: 'Member Accounts',
		name: 'memberAccounts',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'brennanli3, brennanli12',
		description: `Account IDs of the members, separated by commas or new lines, or an expression returning an array. Up to ${MAX_ACCOUNTS_PER_CALL} go in one call; longer lists are sent in several calls.`,
	},
	idList({ noun: 'account', maxTotal: 10000 }),
);

/**
 * Sends the accounts in calls of at most 20; banning, unbanning and muting set a state, so a
 * repeat does no harm. Returns how many calls it took.
 */
export async function sendAccounts(
	ctx: IExecuteFunctions,
	i: number,
	api: string,
	accounts: string[],
	body: (part: string[]) => IDataObject,
	context: IDataObject,
): Promise<number> {
	const { calls } = await sendInChunks(ctx.getNode(), accounts, MAX_ACCOUNTS_PER_CALL, async (part) => await tencentApiRequest.call(ctx, i, api, body(part), { context }));
	return calls;
}
