import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as update from './update.operation';

export { get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['userProfile'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: "Get accounts' (UserIDs) nickname, avatar URL and other profile fields",
				action: 'Get user profiles',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change an account's (UserID) nickname, avatar URL, gender or self-signature",
				action: 'Update a user profile',
			},
		],
		default: 'get',
	},
	...get.description,
	...update.description,
];
