import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField, maxBytes, requiredText, withProperty } from '../../../core';
import { groupId, memberAccounts } from '../../descriptions/fields';
import { tencentApiRequest } from '../../transport';
import { MAX_TEXT_BYTES } from './send.operation';

const content = defineField(
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'The notification text (Content)',
	},
	// UNCONFIRMED: the 12 KB cap of message bodies is assumed for notifications too.
	requiredText('a content').pipe(maxBytes(MAX_TEXT_BYTES)),
);

const recipients = withProperty(memberAccounts, {
	displayName: 'Recipients',
	name: 'recipients',
	required: false,
	description:
		'Account IDs that get it (ToMembers_Account), comma or newline separated; empty = every member. Tencent delivers it to online members only.',
});

const displayOptions = {
	show: { resource: ['groupMessage'], operation: ['sendSystemNotification'] },
};

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	content.property,
	recipients.property,
]);

/** send_group_system_notification. Never resent: a notification must not arrive twice. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const text = content.read(this, i);
	const rawTo = this.getNodeParameter('recipients', i, '');
	const to =
		rawTo === '' || rawTo === undefined || (Array.isArray(rawTo) && rawTo.length === 0)
			? []
			: recipients.read(this, i);
	// UNCONFIRMED: Tencent documents no per-call maximum for ToMembers_Account, so the list goes in one call.
	await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/send_group_system_notification',
		{
			GroupId: group,
			Content: text,
			...(to.length ? { ToMembers_Account: to } : {}),
		},
		{ idempotent: false, context: { groupId: group } },
	);
	return { groupId: group, sent: true, recipients: to.length ? to : 'all' };
}
