import type { INodeProperties } from 'n8n-workflow';

import * as removeUsers from './removeUsers.operation';

export { removeUsers };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['roomBookingBlocklist'] } },
		options: [
			{
				name: 'Remove Users',
				value: 'removeUsers',
				description: 'Remove users from the room booking blocklist',
				action: 'Remove users from the room booking blocklist',
			},
		],
		default: 'removeUsers',
	},
	...removeUsers.description,
];
