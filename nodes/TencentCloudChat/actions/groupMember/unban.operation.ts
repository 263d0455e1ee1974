import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId, memberAccountsFor, sendAccounts } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';

const memberAccounts = memberAccountsFor(LIMITS.ban);

const displayOptions = { show: { resource: ['groupMember'], operation: ['unban'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property, memberAccounts.property]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	const { calls } = await sendAccounts(this, i, 'group_open_http_svc/unban_group_member', accounts, LIMITS.ban, (part) => ({ GroupId: group, Members_Account: part }), { groupId: group });
	return { groupId: group, unbanned: accounts.length, calls, memberAccounts: accounts };
}
