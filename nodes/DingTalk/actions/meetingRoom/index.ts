import type { INodeProperties } from 'n8n-workflow';

import * as sendCentralControl from './sendCentralControl.operation';

export { sendCentralControl };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meetingRoom'] } },
		options: [
			{
				name: 'Send Central Control Signal',
				value: 'sendCentralControl',
				description: 'Send a Rooms central control API signal to a meeting room (internal apps only)',
				action: 'Send a central control signal to a meeting room',
			},
		],
		default: 'sendCentralControl',
	},
	...sendCentralControl.description,
];
