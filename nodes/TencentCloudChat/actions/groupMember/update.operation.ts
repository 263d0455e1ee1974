import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, nonNegativeInt } from '../../../core';
import { accountRule, groupId, optionalText } from '../../descriptions/fields';
import { FOREVER } from '../../descriptions/limits';
import { atLeastOne } from '../../descriptions/options';
import { tencentApiRequest } from '../../transport';

const memberAccount = defineField(
	{
		displayName: 'Member Account',
		name: 'memberAccount',
		type: 'string',
		required: true,
		default: '',
		description: 'Account ID of the member to change (Member_Account)',
	},
	accountRule(),
);

const updateFields = defineCollection(
	{ displayName: 'Update Fields', name: 'updateFields' },
	{
		MsgFlag: defineField(
			{
				displayName: 'Message Flag',
				name: 'msgFlag',
				type: 'options',
				default: 'AcceptAndNotify',
				options: [
					{ name: 'Accept and Notify', value: 'AcceptAndNotify' },
					{ name: 'Accept, Notify Only When @', value: 'AcceptNotNotifyExceptAt' },
					{ name: 'Accept, Do Not Notify', value: 'AcceptNotNotify' },
					{ name: 'Discard', value: 'Discard' },
				],
				description: 'How the member receives group messages (MsgFlag)',
			},
			z.enum(['AcceptAndNotify', 'AcceptNotNotify', 'AcceptNotNotifyExceptAt', 'Discard']),
		),
		// MuteTime per the current docs and SDKs; the legacy ShutUpTime is not sent.
		MuteTime: defineField(
			{
				displayName: 'Mute Time (Seconds)',
				name: 'muteTime',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 3600,
				description: 'MuteTime: 0 unmutes, 4294967295 mutes permanently',
			},
			nonNegativeInt('seconds').max(FOREVER),
		),
		NameCard: defineField(
			{
				displayName: 'Name Card',
				name: 'nameCard',
				type: 'string',
				default: '',
				description: "The member's name in this group, at most 50 bytes",
			},
			optionalText(50),
		),
		Role: defineField(
			{
				displayName: 'Role',
				name: 'role',
				type: 'options',
				default: 'Member',
				options: [
					{ name: 'Admin', value: 'Admin' },
					{ name: 'Member', value: 'Member' },
				],
				description: 'Make the member an admin or a plain member',
			},
			z.enum(['Admin', 'Member']),
		),
	},
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	memberAccount.property,
	updateFields.property,
]);

/** modify_group_member_info for one member (not for live-stream groups: ErrorCode 10007). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const account = memberAccount.read(this, i);
	const changes = atLeastOne(this, i, updateFields.label, updateFields.read(this, i));
	await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/modify_group_member_info',
		{ GroupId: group, Member_Account: account, ...changes },
		{ context: { groupId: group, memberAccount: account } },
	);
	return { groupId: group, memberAccount: account, updated: Object.keys(changes), ...changes };
}
