import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meetingRoomGroup'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a meeting room group; answers its new Group ID. Cannot be undone or safely repeated: each call creates another group.',
				action: 'Create a meeting room group — cannot be undone or safely repeated',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a meeting room group by its Group ID (from Get Many or the From List picker). Cannot be undone.',
				action: 'Delete a meeting room group — cannot be undone',
			},
			{
				name: 'Get',
				value: 'get',
				description:
					'Get a meeting room group by its Group ID (from Get Many or the From List picker)',
				action: 'Get a meeting room group',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the meeting room groups with their Group IDs',
				action: 'Get many meeting room groups',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Rename a meeting room group by its Group ID (from Get Many or the From List picker)',
				action: 'Update a meeting room group',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getAll.description,
];
