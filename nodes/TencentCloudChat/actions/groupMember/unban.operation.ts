import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { accountsPlan, groupId, memberAccountsFor } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';

const memberAccounts = memberAccountsFor(LIMITS.ban);

const displayOptions = { show: { resource: ['groupMember'], operation: ['unban'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	memberAccounts.property,
]);

/** unban_group_member: items for the same group share calls of ≤ 20. */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	return accountsPlan(
		this,
		i,
		'group_open_http_svc/unban_group_member',
		'Members_Account',
		accounts,
		LIMITS.ban,
		{ GroupId: group },
		(calls) => ({
			groupId: group,
			unbanned: accounts.length,
			calls,
			memberAccounts: accounts,
		}),
	);
}
