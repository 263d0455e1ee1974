import type { INodeProperties } from 'n8n-workflow';

import * as deleteBySender from './deleteBySender.operation';
import * as recall from './recall.operation';
import * as send from './send.operation';
import * as sendSystemNotification from './sendSystemNotification.operation';

export { deleteBySender, recall, send, sendSystemNotification };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['groupMessage'] } },
		options: [
			{ name: 'Delete by Sender', value: 'deleteBySender', description: 'Delete an account\'s messages among the group\'s last 1000', action: 'Delete group messages by sender' },
			{ name: 'Recall', value: 'recall', description: 'Recall messages by their MsgSeq', action: 'Recall group messages' },
			{ name: 'Send', value: 'send', description: 'Send a text message to a group', action: 'Send a group message' },
			{ name: 'Send System Notification', value: 'sendSystemNotification', description: 'Send a system notification to a group\'s online members', action: 'Send a group system notification' },
		],
		default: 'send',
	},
	...send.description,
	...sendSystemNotification.description,
	...recall.description,
	...deleteBySender.description,
];
