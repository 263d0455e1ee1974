import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField, nonNegativeInt } from '../../../core';
import { groupId, memberAccountsFor, sendAccounts } from '../../descriptions/fields';
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
		description: 'How long the members cannot send messages, in seconds. 0 unmutes; 4294967295 mutes permanently.',
	},
	nonNegativeInt('seconds').max(4294967295),
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['mute'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property, memberAccounts.property, muteTime.property]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	const seconds = muteTime.read(this, i);
	const { calls } = await sendAccounts(this, i, 'group_open_http_svc/forbid_send_msg', accounts, LIMITS.mute, (part) => ({ GroupId: group, Members_Account: part, MuteTime: seconds }), { groupId: group });
	return { groupId: group, muted: accounts.length, muteTime: seconds, calls, memberAccounts: accounts };
}
