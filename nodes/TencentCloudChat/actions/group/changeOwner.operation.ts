import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField } from '../../../core';
import { accountRule, groupId } from '../../descriptions/fields';
import { tencentApiRequest } from '../../transport';

const newOwner = defineField(
	{
		displayName: 'New Owner Account',
		name: 'newOwnerAccount',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'bob',
		description: 'The account (UserID) that becomes the owner; it must already be a member',
	},
	accountRule('the new owner account'),
);

const displayOptions = { show: { resource: ['group'], operation: ['changeOwner'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	newOwner.property,
]);

/**
 * change_group_owner: the new owner must be a member; live-stream groups (AVChatRoom) answer
 * 10007. Setting the same owner again does no harm, so a resend is safe.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const owner = newOwner.read(this, i);
	await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/change_group_owner',
		{ GroupId: group, NewOwner_Account: owner },
		{ context: { groupId: group, newOwnerAccount: owner } },
	);
	return { groupId: group, newOwnerAccount: owner, changed: true };
}
