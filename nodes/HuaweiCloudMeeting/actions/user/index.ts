import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as disable from './disable.operation';
import * as enable from './enable.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, disable, enable, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Add a user to the enterprise', action: 'Create a user' },
			{ name: 'Delete', value: 'delete', description: 'Delete users from the enterprise', action: 'Delete users' },
			{ name: 'Disable', value: 'disable', description: 'Disable users so they can no longer sign in', action: 'Disable users' },
			{ name: 'Enable', value: 'enable', description: 'Enable disabled users', action: 'Enable users' },
			{ name: 'Get', value: 'get', description: "Get a user's details", action: 'Get a user' },
			{ name: 'Get Many', value: 'getAll', description: "List the enterprise's users", action: 'Get many users' },
			{ name: 'Update', value: 'update', description: "Change a user's details", action: 'Update a user' },
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...disable.description,
	...enable.description,
	...del.description,
];
