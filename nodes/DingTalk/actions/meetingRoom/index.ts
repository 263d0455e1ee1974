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
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a DingTalk Rooms meeting room; answers its new Room ID. Cannot be undone or safely repeated: each call creates another room.',
				action: 'Create a meeting room — cannot be undone or safely repeated',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a meeting room by its Room ID (from Get Many or the From List picker). Cannot be undone.',
				action: 'Delete a meeting room — cannot be undone',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a meeting room by its Room ID (from Get Many or the From List picker)',
				action: 'Get a meeting room',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the organization's meeting rooms with their Room IDs",
				action: 'Get many meeting rooms',
			},
			{
				name: 'Send Central Control Signal',
				value: 'sendCentralControl',
				description:
					"Send a Rooms central control signal to a meeting room's devices by its Room ID (from Get Many or the From List picker); internal apps only. The devices act at once: cannot be undone or safely repeated.",
				action: 'Send a central control signal to a meeting room — cannot be undone',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					"Change a meeting room's settings by its Room ID (from Get Many or the From List picker)",
				action: 'Update a meeting room',
			},
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
