import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { defineField } from '../../../core';
import { accountsPlan, groupId, memberAccountsFor, optionalText } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';
import { silence } from './add.operation';

const memberAccounts = memberAccountsFor(LIMITS.remove);

const reason = defineField(
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		description: 'Why the members are removed (Reason), shown in the system notice',
	},
	optionalText(1000),
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['remove'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	memberAccounts.property,
	silence.property,
	reason.property,
]);

/**
 * delete_group_member in calls of ≤ 100; Tencent succeeds for accounts that were not members, so a
 * repeat is harmless. Items for the same group, Silent and Reason share calls.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	const quiet = silence.read(this, i);
	const why = reason.read(this, i);
	const fixed = {
		GroupId: group,
		...(quiet ? { Silence: 1 } : {}),
		...(why ? { Reason: why } : {}),
	};
	return accountsPlan(
		this,
		i,
		'group_open_http_svc/delete_group_member',
		'MemberToDel_Account',
		accounts,
		LIMITS.remove,
		fixed,
		(calls) => ({
			groupId: group,
			removed: accounts.length,
			calls,
			memberAccounts: accounts,
		}),
	);
}
