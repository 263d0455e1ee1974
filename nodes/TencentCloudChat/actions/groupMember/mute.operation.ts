import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { defineField, nonNegativeInt } from '../../../core';
import { accountsPlan, groupId, memberAccountsFor } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';

const memberAccounts = memberAccountsFor(LIMITS.mute);

const muteTime = defineField(
	{
		displayName: 'Mute Time (Seconds)',
		name: 'muteTime',
		type: 'number',
		typeOptions: { minValue: 0 },
		required: true,
		default: 3600,
		description:
			'How long the members cannot send messages, in seconds. 0 unmutes; 4294967295 mutes permanently.',
	},
	nonNegativeInt('seconds').max(4294967295),
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['mute'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	memberAccounts.property,
	muteTime.property,
]);

/** forbid_send_msg: items for the same group and Mute Time share calls of ≤ 500. */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	const seconds = muteTime.read(this, i);
	return accountsPlan(
		this,
		i,
		'group_open_http_svc/forbid_send_msg',
		'Members_Account',
		accounts,
		LIMITS.mute,
		{ GroupId: group, MuteTime: seconds },
		(calls) => ({
			groupId: group,
			muted: accounts.length,
			muteTime: seconds,
			calls,
			memberAccounts: accounts,
		}),
	);
}
