import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export { cancel, create, get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['scheduledConference'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				description:
					'Cancel a scheduled conference by its Schedule Conference ID (from Create); creator only. Cannot be undone.',
				action: 'Cancel a scheduled conference — cannot be undone',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Schedule a conference for a creator (Union ID); answers its Schedule Conference ID. Cannot be undone or safely repeated: each call schedules another.',
				action: 'Create a scheduled conference — cannot be undone or safely repeated',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a scheduled conference by its Schedule Conference ID (from Create)',
				action: 'Get a scheduled conference',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change the title or time of a scheduled conference by its Schedule Conference ID (from Create)',
				action: 'Update a scheduled conference',
			},
		],
		default: 'create',
	},
	...create.description,
	...update.description,
	...cancel.description,
	...get.description,
];
