import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../core';
import { defineField, idList, maxBytes, requiredText, withProperty } from '../../core';
import { tencent, tencentApiRequest } from '../transport';
import { MAX_LIST_PER_ITEM } from './limits';

/** Group IDs are text like "@TGS#aJRGC4MH6" or a custom ID; Tencent caps custom IDs at 48 bytes. */
const groupIdRule = requiredText('a group ID').pipe(maxBytes(48));

export const groupId = defineField(
	{
		displayName: 'Group',
		name: 'groupId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The group (GroupId)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a group…',
				typeOptions: { searchListMethod: 'searchGroups', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '@TGS#aJRGC4MH6' },
		],
	} as INodeProperties,
	groupIdRule,
);

/** One account ID (UserID): Tencent allows at most 32 bytes. */
export const accountRule = (what = 'an account ID') => requiredText(what).pipe(maxBytes(32));

const accountList = () => idList({ noun: 'account', maxTotal: MAX_LIST_PER_ITEM });

export const memberAccounts = defineField(
	{
		displayName: 'Member Accounts',
		name: 'memberAccounts',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'brennanli3, brennanli12',
		description:
			'Account IDs of the members, separated by commas or new lines, or an expression returning an array',
	},
	accountList(),
);

/** The member list of one operation, its description naming the command's per-call limit. */
export function memberAccountsFor(perCall: number, changes: Partial<INodeProperties> = {}) {
	return withProperty(memberAccounts, {
		description: `Account IDs of the members, separated by commas or new lines, or an expression returning an array. Up to ${perCall} go in one call; longer lists are sent in several calls.`,
		...changes,
	});
}

export const optionalText = (limit: number) =>
	z.string({ invalid_type_error: 'must be text' }).pipe(maxBytes(limit));

/**
 * One item of a member command that sets a state (ban, unban, mute, unmute, remove): `fixed` is the
 * whole body except the account list `key`, so items with the same `fixed` (same command, group,
 * Duration, MuteTime, Description, Silence, Reason…) share calls of at most `perCall` accounts.
 * Nothing is sent here; a repeat of these calls does no harm.
 */
export function accountsPlan(
	ctx: IExecuteFunctions,
	i: number,
	api: string,
	key: string,
	accounts: string[],
	perCall: number,
	fixed: IDataObject & { GroupId: string },
	output: (calls: number, answers: unknown[]) => IDataObject,
): ListCall {
	const { GroupId, ...rest } = fixed;
	return tencent.listCall(ctx, i, {
		target: [api, fixed],
		ids: accounts,
		limit: perCall,
		send: async (part) =>
			await tencentApiRequest.call(
				ctx,
				i,
				api,
				{ GroupId, [key]: part, ...rest },
				{ context: { groupId: GroupId } },
			),
		output,
	});
}
