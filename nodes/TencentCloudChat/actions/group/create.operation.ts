import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { check, defineField, idList, requiredText, maxBytes } from '../../../core';
import { accountRule, optionalText } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';
import { readOptions } from '../../descriptions/options';
import { tencentApiRequest } from '../../transport';
import { APPLY_JOIN_OPTIONS, GROUP_TYPES, INVITE_JOIN_OPTIONS } from './groupList';

const groupType = defineField(
	{ displayName: 'Group Type', name: 'groupType', type: 'options', options: GROUP_TYPES, default: 'Public', required: true, description: 'Tencent group type (Type); live-stream chat rooms are AVChatRoom' },
	z.enum(['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'], { errorMap: () => ({ message: 'must be one of Private, Public, ChatRoom, AVChatRoom, Community' }) }),
);

const name = defineField(
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, description: 'Group name, at most 30 bytes (UTF-8)' },
	requiredText('a name').pipe(maxBytes(30)),
);

const additionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{ displayName: 'Apply Join Option', name: 'applyJoinOption', type: 'options', options: APPLY_JOIN_OPTIONS, default: 'NeedPermission', description: 'How requests to join are handled (ApplyJoinOption)' },
		{ displayName: 'Custom Group ID', name: 'groupId', type: 'string', default: '', description: 'Your own GroupId (at most 48 bytes); Tencent assigns one when empty. An ID in use answers ErrorCode 10021.' },
		{ displayName: 'Face URL', name: 'faceUrl', type: 'string', default: '', description: 'Group avatar URL, at most 100 bytes' },
		{ displayName: 'Introduction', name: 'introduction', type: 'string', default: '', description: 'At most 240 bytes' },
		{ displayName: 'Invite Join Option', name: 'inviteJoinOption', type: 'options', options: INVITE_JOIN_OPTIONS, default: 'NeedPermission', description: 'How invitations are handled (InviteJoinOption; not for live-stream groups)' },
		{ displayName: 'Max Members', name: 'maxMemberCount', type: 'number', typeOptions: { minValue: 1 }, default: 200, description: 'MaxMemberCount; the default depends on your edition' },
		{ displayName: 'Members', name: 'memberAccounts', type: 'string', default: '', description: `Initial members (imported accounts), comma or newline separated, at most ${LIMITS.createMembers}` },
		{ displayName: 'Notification', name: 'notification', type: 'string', default: '', description: 'Group notice, at most 300 bytes' },
		{ displayName: 'Owner Account', name: 'ownerAccount', type: 'string', default: '', description: 'An imported account that owns the group; empty = no owner (the App admin manages it)' },
	],
};

const RULES = {
	groupId: { label: 'Custom Group ID', key: 'GroupId', schema: requiredText('a group ID').pipe(maxBytes(48)) },
	ownerAccount: { label: 'Owner Account', key: 'Owner_Account', schema: accountRule() },
	introduction: { label: 'Introduction', key: 'Introduction', schema: optionalText(240) },
	notification: { label: 'Notification', key: 'Notification', schema: optionalText(300) },
	faceUrl: { label: 'Face URL', key: 'FaceUrl', schema: optionalText(100) },
	maxMemberCount: { label: 'Max Members', key: 'MaxMemberCount', schema: z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1') },
	applyJoinOption: { label: 'Apply Join Option', key: 'ApplyJoinOption', schema: z.enum(['FreeAccess', 'NeedPermission', 'DisableApply']) },
	inviteJoinOption: { label: 'Invite Join Option', key: 'InviteJoinOption', schema: z.enum(['FreeAccess', 'NeedPermission', 'DisableInvite']) },
};

const members = idList({ noun: 'account', maxTotal: LIMITS.createMembers });

const displayOptions = { show: { resource: ['group'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, [groupType.property, name.property, additionalFields]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = groupType.read(this, i);
	const body: IDataObject = { Type: type, Name: name.read(this, i), ...readOptions(this, i, 'additionalFields', RULES) };
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	if (extra.memberAccounts !== undefined && String(extra.memberAccounts).trim() !== '') {
		const list = check(this.getNode(), i, { name: 'additionalFields.memberAccounts', label: 'Members' }, members, extra.memberAccounts);
		body.MemberList = list.map((a) => ({ Member_Account: a }));
	}
	// Creating twice makes two groups (or, with a custom ID, fails with 10021): never resent.
	const answer = await tencentApiRequest.call(this, i, 'group_open_http_svc/create_group', body, { idempotent: false, context: { name: body.Name as string, ...(body.GroupId ? { groupId: body.GroupId as string } : {}) } });
	return { groupId: answer.GroupId, type, name: body.Name, ...(body.MemberList ? { members: (body.MemberList as IDataObject[]).length } : {}) };
}
