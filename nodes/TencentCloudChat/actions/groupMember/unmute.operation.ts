import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId, memberAccountsFor, sendAccounts } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';

const memberAccounts = memberAccountsFor(LIMITS.mute);

const displayOptions = { show: { resource: ['groupMember'], operation: ['unmute'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property, memberAccounts.property]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	// Tencent has no unmute API: muting for 0 seconds lifts a mute.
	const { calls } = await sendAccounts(this, i, 'group_open_http_svc/forbid_send_msg', accounts, LIMITS.mute, (part) => ({ GroupId: group, Members_Account: part, MuteTime: 0 }), { groupId: group });
	return { groupId: group, unmuted: accounts.length, calls, memberAccounts: accounts };
}
