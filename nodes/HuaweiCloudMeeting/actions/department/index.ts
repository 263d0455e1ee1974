import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['department'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Add a department under a parent department; answers its code. Cannot be undone or safely repeated: a repeat adds another department or fails.',
				action: 'Create a department — cannot be undone or safely repeated',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete a department by its code (not the root). Cannot be undone or safely repeated.',
				action: 'Delete a department — cannot be undone',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List the sub-departments of a department, or the departments whose name matches',
				action: 'Get many departments',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a department's name, parent, note, order or visibility",
				action: 'Update a department',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...getAll.description,
	...update.description,
	...del.description,
];
