import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, maxBytes, requiredText } from '../../../core';
import { groupId, optionalText } from '../../descriptions/fields';
import { atLeastOne } from '../../descriptions/options';
import { tencentApiRequest } from '../../transport';
import { APPLY_JOIN_OPTIONS, INVITE_JOIN_OPTIONS } from './groupList';

const updateFields = defineCollection(
	{ displayName: 'Update Fields', name: 'updateFields' },
	{
		ApplyJoinOption: defineField(
			{
				displayName: 'Apply Join Option',
				name: 'applyJoinOption',
				type: 'options',
				options: APPLY_JOIN_OPTIONS,
				default: 'NeedPermission',
			},
			z.enum(['FreeAccess', 'NeedPermission', 'DisableApply']),
		),
		FaceUrl: defineField(
			{
				displayName: 'Face URL',
				name: 'faceUrl',
				type: 'string',
				default: '',
				description: 'At most 100 bytes',
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
				description: 'Not for live-stream groups',
			},
			z.enum(['FreeAccess', 'NeedPermission', 'DisableInvite']),
		),
		MaxMemberNum: defineField(
			{
				displayName: 'Max Members',
				name: 'maxMemberNum',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 200,
				description: 'MaxMemberNum',
			},
			z
				.number({ invalid_type_error: 'must be a number' })
				.int('must be a whole number')
				.min(1, 'must be at least 1'),
		),
		Name: defineField(
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'At most 30 bytes',
			},
			requiredText('a name').pipe(maxBytes(30)),
		),
		Notification: defineField(
			{
				displayName: 'Notification',
				name: 'notification',
				type: 'string',
				default: '',
				description: 'At most 300 bytes',
			},
			optionalText(300),
		),
	},
);

const displayOptions = { show: { resource: ['group'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	updateFields.property,
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const changes = atLeastOne(this, i, updateFields.label, updateFields.read(this, i));
	await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/modify_group_base_info',
		{ GroupId: group, ...changes },
		{ context: { groupId: group } },
	);
	return { groupId: group, updated: Object.keys(changes), ...changes };
}
