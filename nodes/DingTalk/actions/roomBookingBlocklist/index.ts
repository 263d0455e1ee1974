import type { INodeProperties } from 'n8n-workflow';

import * as addUser from './addUser.operation';
import * as removeUsers from './removeUsers.operation';

export { addUser, removeUsers };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['roomBookingBlocklist'] } },
		options: [
			{
				name: 'Add User',
				value: 'addUser',
				description:
					"Stop a user (Union ID, from DingTalk's contacts) from booking meeting rooms, for a period or for good. The call cannot be undone or safely repeated; Remove Users lifts the block.",
				action: 'Add a user to the room booking blocklist — cannot be undone or safely repeated',
			},
			{
				name: 'Remove Users',
				value: 'removeUsers',
				description: 'Let users (Union IDs, as added with Add User) book meeting rooms again',
				action: 'Remove users from the room booking blocklist',
			},
		],
		default: 'removeUsers',
	},
	...addUser.description,
	...removeUsers.description,
];
