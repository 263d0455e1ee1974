import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { check, nonNegativeInt } from '../../../core';
import { groupIdField, memberAccountsField, readAccounts, readGroupId, sendInChunks } from './fields';

const show = { resource: ['groupMember'], operation: ['mute'] };

/** Tencent does not document a per-call maximum for forbid_send_msg; 20 (as for bans) is safe. */
export const MUTE_LIMIT_NOTE = 'Tencent does not document how many accounts one call may carry, so lists are sent 20 at a time, as for bans.';

export const description: INodeProperties[] = [
	groupIdField(show, 'muted'),
	memberAccountsField(show, 'muted', MUTE_LIMIT_NOTE),
	{
		displayName: 'Mute Time (Seconds)',
		name: 'muteTime',
		type: 'number',
		typeOptions: { minValue: 0 },
		required: true,
		default: 3600,
		description: 'How long the members cannot send messages, in seconds. 0 unmutes; 4294967295 mutes permanently.',
		displayOptions: { show },
	},
];

export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	const groupId = readGroupId(this, i);
	const accounts = readAccounts(this, i);
	const muteTime = check(this.getNode(), i, { name: 'muteTime', label: 'Mute Time (Seconds)' }, nonNegativeInt('seconds').max(4294967295), this.getNodeParameter('muteTime', i));
	const calls = await sendInChunks(this, i, run, 'group_open_http_svc/forbid_send_msg', accounts, (part) => ({
		GroupId: groupId,
		Members_Account: part,
		MuteTime: muteTime,
	}));
	return { groupId, muted: accounts.length, muteTime, calls, memberAccounts: accounts };
}
