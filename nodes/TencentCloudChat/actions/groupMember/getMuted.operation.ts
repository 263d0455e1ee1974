import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId } from '../../descriptions/fields';
import { tencent, tencentApiRequest } from '../../transport';

const displayOptions = { show: { resource: ['groupMember'], operation: ['getMuted'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property]);

/**
 * One output item per muted member: Tencent's entry (Member_Account, MutedUntil, seconds since 1970)
 * plus the group. get_group_muted_account answers under MutedAccountList (ShuttedUinList belonged to
 * the retired get_group_shutted_uin).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const group = groupId.read(this, i);
	const body = await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/get_group_muted_account',
		{ GroupId: group },
		{ context: { groupId: group } },
	);
	return tencent
		.listIn(this, i, body, 'MutedAccountList')
		.map((entry) => ({ groupId: group, ...entry }));
}
