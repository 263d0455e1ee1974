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
			{ name: 'Add User', value: 'addUser', description: 'Stop a user from booking meeting rooms, for a period or for good', action: 'Add a user to the room booking blocklist' },
			{ name: 'Remove Users', value: 'removeUsers', description: 'Remove users from the room booking blocklist', action: 'Remove users from the room booking blocklist' },
		],
		default: 'removeUsers',
	},
	...addUser.description,
	...removeUsers.description,
];
