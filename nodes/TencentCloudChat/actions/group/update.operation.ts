import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { maxBytes, requiredText } from '../../../core';
import { groupId, optionalText } from '../../descriptions/fields';
import { readOptions } from '../../descriptions/options';
import { tencentApiRequest } from '../../transport';
import { APPLY_JOIN_OPTIONS, INVITE_JOIN_OPTIONS } from './groupList';

const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{ displayName: 'Apply Join Option', name: 'applyJoinOption', type: 'options', options: APPLY_JOIN_OPTIONS, default: 'NeedPermission' },
		{ displayName: 'Face URL', name: 'faceUrl', type: 'string', default: '', description: 'At most 100 bytes' },
		{ displayName: 'Introduction', name: 'introduction', type: 'string', default: '', description: 'At most 240 bytes' },
		{ displayName: 'Invite Join Option', name: 'inviteJoinOption', type: 'options', options: INVITE_JOIN_OPTIONS, default: 'NeedPermission', description: 'Not for live-stream groups' },
		{ displayName: 'Max Members', name: 'maxMemberNum', type: 'number', typeOptions: { minValue: 1 }, default: 200, description: 'MaxMemberNum' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'At most 30 bytes' },
		{ displayName: 'Notification', name: 'notification', type: 'string', default: '', description: 'At most 300 bytes' },
	],
};

const RULES = {
	name: { label: 'Name', key: 'Name', schema: requiredText('a name').pipe(maxBytes(30)) },
	introduction: { label: 'Introduction', key: 'Introduction', schema: optionalText(240) },
	notification: { label: 'Notification', key: 'Notification', schema: optionalText(300) },
	faceUrl: { label: 'Face URL', key: 'FaceUrl', schema: optionalText(100) },
	maxMemberNum: { label: 'Max Members', key: 'MaxMemberNum', schema: z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1') },
	applyJoinOption: { label: 'Apply Join Option', key: 'ApplyJoinOption', schema: z.enum(['FreeAccess', 'NeedPermission', 'DisableApply']) },
	inviteJoinOption: { label: 'Invite Join Option', key: 'InviteJoinOption', schema: z.enum(['FreeAccess', 'NeedPermission', 'DisableInvite']) },
};

const displayOptions = { show: { resource: ['group'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property, updateFields]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const changes = readOptions(this, i, 'updateFields', RULES, { atLeastOne: true });
	await tencentApiRequest.call(this, i, 'group_open_http_svc/modify_group_base_info', { GroupId: group, ...changes }, { context: { groupId: group } });
	return { groupId: group, updated: Object.keys(changes), ...changes };
}
