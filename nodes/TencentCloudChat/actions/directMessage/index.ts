import type { INodeProperties } from 'n8n-workflow';

import * as recall from './recall.operation';
import * as send from './send.operation';
import * as sendToMany from './sendToMany.operation';

export { recall, send, sendToMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['directMessage'] } },
		options: [
			{
				name: 'Recall',
				value: 'recall',
				description:
					'Recall a one-to-one message by its MsgKey (from Send or Send to Many) from both sides and their history. Cannot be undone.',
				action: 'Recall a direct message — cannot be undone',
			},
			{
				name: 'Send',
				value: 'send',
				description:
					'Send a text message to one account; answers its MsgKey, needed to recall it. Cannot be undone or safely repeated: each call sends again.',
				action: 'Send a direct message — cannot be undone or safely repeated',
			},
			{
				name: 'Send to Many',
				value: 'sendToMany',
				description:
					'Send the same text message to a list of accounts, up to 500 per call. Cannot be undone or safely repeated: each call sends again.',
				action: 'Send a direct message to many accounts — cannot be undone',
			},
		],
		default: 'send',
	},
	...send.description,
	...sendToMany.description,
	...recall.description,
];
