import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { check, chunk, idList, requiredText } from '../../../core';
import { tencentRequest } from '../../transport';

/** Tencent takes at most 20 Members_Account per ban/unban call (ErrorCode 10005 above that). */
export const MAX_ACCOUNTS_PER_CALL = 20;

type Show = { resource: string[]; operation: string[] };

export const groupIdField = (show: Show, action: string): INodeProperties => ({
	displayName: 'Group ID',
	name: 'groupId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '@TGS#aJRGC4MH6',
	description: `ID of the group whose members are to be ${action}`,
	displayOptions: { show },
});

export const memberAccountsField = (show: Show, action: string, limitNote: string): INodeProperties => ({
	displayName: 'Member Accounts',
	name: 'memberAccounts',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	placeholder: 'brennanli3, brennanli12',
	description: `Account IDs of the members to be ${action}, separated by commas or new lines, or an expression returning an array. ${limitNote.replace(/\.$/, '')}.`,
	displayOptions: { show },
});

export function readGroupId(ctx: IExecuteFunctions, i: number): string {
	return check(ctx.getNode(), i, { name: 'groupId', label: 'Group ID' }, requiredText('a group ID'), ctx.getNodeParameter('groupId', i, ''));
}

export function readAccounts(ctx: IExecuteFunctions, i: number): string[] {
	return check(
		ctx.getNode(),
		i,
		{ name: 'memberAccounts', label: 'Member Accounts' },
		idList({ noun: 'account', maxTotal: 10000 }),
		ctx.getNodeParameter('memberAccounts', i, ''),
	);
}

/**
 * Sends the accounts in calls of at most 20. A failing call reports which call it was and which
 * accounts earlier calls already applied, so a rerun can start where this one stopped.
 */
export async function sendInChunks(
	ctx: IExecuteFunctions,
	i: number,
	run: RunOptions,
	api: string,
	accounts: string[],
	body: (part: string[]) => IDataObject,
): Promise<number> {
	const parts = chunk(accounts, MAX_ACCOUNTS_PER_CALL);
	let applied = 0;
	for (const [index, part] of parts.entries()) {
		await tencentRequest.call(
			ctx,
			i,
			{
				api,
				body: body(part),
				// Banning, unbanning and muting set a state: a repeat does no harm.
				idempotent: true,
				context: {
					failedCall: index + 1,
					calls: parts.length,
					appliedAccounts: accounts.slice(0, applied),
					notAppliedAccounts: accounts.slice(applied),
				},
			},
			run,
		);
		applied += part.length;
	}
	return parts.length;
}
