import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendCentralControl from './sendCentralControl.operation';
import * as update from './update.operation';

export { create, del as delete, get, getAll, sendCentralControl, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meetingRoom'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a meeting room', action: 'Create a meeting room' },
			{ name: 'Delete', value: 'delete', description: 'Delete a meeting room', action: 'Delete a meeting room' },
			{ name: 'Get', value: 'get', description: 'Get a meeting room', action: 'Get a meeting room' },
			{ name: 'Get Many', value: 'getAll', description: 'List the meeting rooms of the organization', action: 'Get many meeting rooms' },
			{
				name: 'Send Central Control Signal',
				value: 'sendCentralControl',
				description: 'Send a Rooms central control API signal to a meeting room (internal apps only)',
				action: 'Send a central control signal to a meeting room',
			},
			{ name: 'Update', value: 'update', description: 'Update a meeting room', action: 'Update a meeting room' },
		],
		// Kept from the first release: saved workflows omit a default operation.
		default: 'sendCentralControl',
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getAll.description,
	...sendCentralControl.description,
];
