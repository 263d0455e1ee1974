import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from '../../../core';
import { check, maxBytes, nonNegativeInt } from '../../../core';
import { groupIdField, memberAccountsField, readAccounts, readGroupId, sendInChunks } from './fields';

const show = { resource: ['groupMember'], operation: ['ban'] };

export const description: INodeProperties[] = [
	groupIdField(show, 'banned'),
	memberAccountsField(show, 'banned', 'Up to 20 account IDs are supported per request; longer lists are sent in several calls.'),
	{
		displayName: 'Duration (Seconds)',
		name: 'duration',
		type: 'number',
		typeOptions: { minValue: 0 },
		required: true,
		default: 3600,
		description: 'How long the members stay banned, in seconds. Banned members are removed from the group and cannot rejoin until then.',
		displayOptions: { show },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Reason for the ban, at most 1000 bytes',
		displayOptions: { show },
	},
];

export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	const node = this.getNode();
	const groupId = readGroupId(this, i);
	const accounts = readAccounts(this, i);
	const duration = check(node, i, { name: 'duration', label: 'Duration (Seconds)' }, nonNegativeInt('seconds').max(4294967295), this.getNodeParameter('duration', i));
	const reason = check(node, i, { name: 'description', label: 'Description' }, z.string({ invalid_type_error: 'must be text' }).pipe(maxBytes(1000)), this.getNodeParameter('description', i, ''));
	const calls = await sendInChunks(this, i, run, 'group_open_http_svc/ban_group_member', accounts, (part) => ({
		GroupId: groupId,
		Members_Account: part,
		Duration: duration,
		...(reason ? { Description: reason } : {}),
	}));
	return { groupId, banned: accounts.length, duration, calls, memberAccounts: accounts };
}
