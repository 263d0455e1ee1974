import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, idList, maxBytes, requiredText } from '../../../core';
import { accountRule, optionalText } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';
import { tencentApiRequest } from '../../transport';
import { APPLY_JOIN_OPTIONS, GROUP_TYPES, INVITE_JOIN_OPTIONS } from './groupList';

const groupType = defineField(
	{
		displayName: 'Group Type',
		name: 'groupType',
		type: 'options',
		options: GROUP_TYPES,
		default: 'Public',
		required: true,
		description: 'Tencent group type (Type); live-stream chat rooms are AVChatRoom',
	},
	z.enum(['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'], {
		errorMap: () => ({
			message: 'must be one of Private, Public, ChatRoom, AVChatRoom, Community',
		}),
	}),
);

const name = defineField(
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Group name, at most 30 bytes (UTF-8)',
	},
	requiredText('a name').pipe(maxBytes(30)),
);

const members = idList({ noun: 'account', maxTotal: LIMITS.createMembers });
/** Empty (or only spaces) means no initial members. */
const noneWhenBlank = (v: unknown) => (String(v ?? '').trim() === '' ? undefined : v);

const additionalFields = defineCollection(
	{ displayName: 'Additional Fields', name: 'additionalFields' },
	{
		ApplyJoinOption: defineField(
			{
				displayName: 'Apply Join Option',
				name: 'applyJoinOption',
				type: 'options',
				options: APPLY_JOIN_OPTIONS,
				default: 'NeedPermission',
				description: 'How requests to join are handled (ApplyJoinOption)',
			},
			z.enum(['FreeAccess', 'NeedPermission', 'DisableApply']),
		),
		GroupId: defineField(
			{
				displayName: 'Custom Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				description:
					'Your own GroupId (at most 48 bytes); Tencent assigns one when empty. An ID in use answers ErrorCode 10021.',
			},
			requiredText('a group ID').pipe(maxBytes(48)),
		),
		FaceUrl: defineField(
			{
				displayName: 'Face URL',
				name: 'faceUrl',
				type: 'string',
				default: '',
				description: 'Group avatar URL, at most 100 bytes',
			},
			optionalText(100),
		),
		Introduction: defineField(
			{
				displayName: 'Introduction',
				name: 'introduction',
				type: 'string',
				default: '',
				description: 'At most 240 bytes',
			},
			optionalText(240),
		),
		InviteJoinOption: defineField(
			{
				displayName: 'Invite Join Option',
				name: 'inviteJoinOption',
				type: 'options',
				options: INVITE_JOIN_OPTIONS,
				default: 'NeedPermission',
				description: 'How invitations are handled (InviteJoinOption; not for live-stream groups)',
			},
			z.enum(['FreeAccess', 'NeedPermission', 'DisableInvite']),
		),
		MaxMemberCount: defineField(
			{
				displayName: 'Max Members',
				name: 'maxMemberCount',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 200,
				description: 'MaxMemberCount; the default depends on your edition',
			},
			z
				.number({ invalid_type_error: 'must be a number' })
				.int('must be a whole number')
				.min(1, 'must be at least 1'),
		),
		MemberList: defineField(
			{
				displayName: 'Members',
				name: 'memberAccounts',
				type: 'string',
				default: '',
				description: `Initial members (imported accounts), comma or newline separated, at most ${LIMITS.createMembers}`,
			},
			z
				.preprocess(noneWhenBlank, members.optional())
				.transform((list) => list?.map((a) => ({ Member_Account: a }))),
		),
		Notification: defineField(
			{
				displayName: 'Notification',
				name: 'notification',
				type: 'string',
				default: '',
				description: 'Group notice, at most 300 bytes',
			},
			optionalText(300),
		),
		Owner_Account: defineField(
			{
				displayName: 'Owner Account',
				name: 'ownerAccount',
				type: 'string',
				default: '',
				description:
					'An imported account that owns the group; empty = no owner (the App admin manages it)',
			},
			accountRule(),
		),
	},
);

const displayOptions = { show: { resource: ['group'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupType.property,
	name.property,
	additionalFields.property,
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = groupType.read(this, i);
	const body: IDataObject = {
		Type: type,
		Name: name.read(this, i),
		...additionalFields.read(this, i),
	};
	// Creating twice makes two groups (or, with a custom ID, fails with 10021): never resent.
	const answer = await tencentApiRequest.call(this, i, 'group_open_http_svc/create_group', body, {
		idempotent: false,
		context: {
			name: body.Name as string,
			...(body.GroupId ? { groupId: body.GroupId as string } : {}),
		},
	});
	return {
		groupId: answer.GroupId,
		type,
		name: body.Name,
		...(body.MemberList ? { members: (body.MemberList as IDataObject[]).length } : {}),
	};
}
