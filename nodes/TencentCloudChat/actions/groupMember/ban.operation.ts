import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../../core';
import { defineField, maxBytes, nonNegativeInt } from '../../../core';
import { accountsPlan, groupId, memberAccountsFor } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';

const memberAccounts = memberAccountsFor(LIMITS.ban);

const duration = defineField(
	{
		displayName: 'Duration (Seconds)',
		name: 'duration',
		type: 'number',
		typeOptions: { minValue: 0 },
		required: true,
		default: 3600,
		description:
			'How long the members stay banned, in seconds. Banned members are removed from the group and cannot rejoin until then.',
	},
	nonNegativeInt('seconds').max(4294967295),
);

const reason = defineField(
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Reason for the ban, at most 1000 bytes',
	},
	z.string({ invalid_type_error: 'must be text' }).pipe(maxBytes(1000)),
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['ban'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	memberAccounts.property,
	duration.property,
	reason.property,
]);

/** ban_group_member: items for the same group, Duration and Description share calls of ≤ 20. */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	const seconds = duration.read(this, i);
	const why = reason.read(this, i);
	const fixed = { GroupId: group, Duration: seconds, ...(why ? { Description: why } : {}) };
	return accountsPlan(
		this,
		i,
		'group_open_http_svc/ban_group_member',
		'Members_Account',
		accounts,
		LIMITS.ban,
		fixed,
		(calls) => ({
			groupId: group,
			banned: accounts.length,
			duration: seconds,
			calls,
			memberAccounts: accounts,
		}),
	);
}
