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
			{ name: 'Create', value: 'create', description: 'Create a meeting room group', action: 'Create a meeting room group' },
			{ name: 'Delete', value: 'delete', description: 'Delete a meeting room group', action: 'Delete a meeting room group' },
			{ name: 'Get', value: 'get', description: 'Get a meeting room group', action: 'Get a meeting room group' },
			{ name: 'Get Many', value: 'getAll', description: 'List the meeting room groups', action: 'Get many meeting room groups' },
			{ name: 'Update', value: 'update', description: 'Rename a meeting room group', action: 'Update a meeting room group' },
		],
		default: 'getAll',
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getAll.description,
];
