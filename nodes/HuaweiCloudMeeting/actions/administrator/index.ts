import type { INodeProperties } from 'n8n-workflow';

import * as add from './add.operation';
import * as getAll from './getAll.operation';
import * as remove from './remove.operation';

export { add, getAll, remove };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['administrator'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				description:
					'Make an existing user an enterprise administrator. Not safely repeated: a repeat fails on an administrator, and a call that may have arrived cannot be undone by running again (use Remove).',
				action: 'Add an administrator — cannot be undone by running again',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the enterprise's administrators with their accounts",
				action: 'Get many administrators',
			},
			{
				name: 'Remove',
				value: 'remove',
				description:
					'Take administrator rights away from accounts (the users stay). Cannot be undone or safely repeated.',
				action: 'Remove administrators — cannot be undone',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...add.description,
	...remove.description,
];
