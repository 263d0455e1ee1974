import type { INodeProperties } from 'n8n-workflow';

import * as deleteBySender from './deleteBySender.operation';
import * as getHistory from './getHistory.operation';
import * as recall from './recall.operation';
import * as send from './send.operation';
import * as sendSystemNotification from './sendSystemNotification.operation';

export { deleteBySender, getHistory, recall, send, sendSystemNotification };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['groupMessage'] } },
		options: [
			{
				name: 'Delete by Sender',
				value: 'deleteBySender',
				description:
					"Delete an account's (UserID) messages among the last 1000 of a group (GroupId from Group → Get Many). Cannot be undone.",
				action: 'Delete group messages by sender — cannot be undone',
			},
			{
				name: 'Get History',
				value: 'getHistory',
				description:
					'List the messages of a group (GroupId from Group → Get Many), newest first, 20 per call. Not available for live-stream groups (AVChatRoom): Tencent keeps no history for them.',
				action: 'Get the message history of a group',
			},
			{
				name: 'Recall',
				value: 'recall',
				description:
					"Recall messages by their MsgSeq (from Send's output or the Tencent Cloud Chat Trigger) in a group (GroupId from Group → Get Many). Cannot be undone.",
				action: 'Recall group messages — cannot be undone',
			},
			{
				name: 'Send',
				value: 'send',
				description:
					'Send a text message to a group (GroupId from Group → Get Many); answers its MsgSeq, needed to recall it. Cannot be undone or safely repeated: each call sends again.',
				action: 'Send a group message — cannot be undone or safely repeated',
			},
			{
				name: 'Send System Notification',
				value: 'sendSystemNotification',
				description:
					'Send a system notification to the online members of a group (GroupId from Group → Get Many). Cannot be undone or safely repeated.',
				action: 'Send a group system notification — cannot be undone',
			},
		],
		default: 'send',
	},
	...send.description,
	...sendSystemNotification.description,
	...recall.description,
	...deleteBySender.description,
	...getHistory.description,
];
