import type { INodeProperties } from 'n8n-workflow';

import * as add from './add.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';

export { add, del as delete, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['blockedWord'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				description:
					'Add words to a blocked word library of Cloud Moderation. Singapore apps only (Tencent serves content moderation there).',
				action: 'Add blocked words',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete words from a blocked word library, up to 10 per call. Cannot be undone (add them again to restore them). Singapore apps only (Tencent serves content moderation there).',
				action: 'Delete blocked words — cannot be undone',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List the words of a blocked word library, optionally matching a text. Singapore apps only (Tencent serves content moderation there).',
				action: 'Get many blocked words',
			},
		],
		default: 'getAll',
	},
	...add.description,
	...del.description,
	...getAll.description,
];
