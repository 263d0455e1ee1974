import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['blockedWordLibrary'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					"List the app's blocked word libraries of Cloud Moderation (their LibID is what Blocked Word operations take). Singapore apps only (Tencent serves content moderation there).",
				action: 'Get many blocked word libraries',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
