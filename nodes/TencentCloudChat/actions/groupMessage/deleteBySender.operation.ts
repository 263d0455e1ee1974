import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField } from '../../../core';
import { accountRule, groupId } from '../../descriptions/fields';
import { tencentApiRequest } from '../../transport';

const senderAccount = defineField(
	{
		displayName: 'Sender Account',
		name: 'senderAccount',
		type: 'string',
		required: true,
		default: '',
		description: 'Account ID whose messages are deleted (Sender_Account)',
	},
	accountRule('a sender account'),
);

const displayOptions = { show: { resource: ['groupMessage'], operation: ['deleteBySender'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	senderAccount.property,
]);

/**
 * delete_group_msg_by_sender: removes the sender's messages among the group's last 1000, silently
 * (clients see it when they pull history). Tencent does nothing, without an error, in live-stream groups.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const sender = senderAccount.read(this, i);
	await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/delete_group_msg_by_sender',
		{ GroupId: group, Sender_Account: sender },
		{ context: { groupId: group, senderAccount: sender } },
	);
	return { groupId: group, senderAccount: sender, deleted: true };
}
