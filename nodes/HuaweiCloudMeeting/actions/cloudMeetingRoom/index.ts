import type { INodeProperties } from 'n8n-workflow';

import * as assignToMember from './assignToMember.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as reclaimFromMember from './reclaimFromMember.operation';

export { assignToMember, del as delete, getAll, reclaimFromMember };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['cloudMeetingRoom'] } },
		options: [
			{
				name: 'Assign To Member',
				value: 'assignToMember',
				description:
					'Assign cloud meeting rooms (room IDs from Get Many) to a user or device (account from User → Get Many)',
				action: 'Assign cloud meeting rooms to a member',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete cloud meeting rooms (room IDs from Get Many) from the enterprise. Cannot be undone or safely repeated.',
				action: 'Delete cloud meeting rooms — cannot be undone',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the enterprise's cloud meeting rooms with their room IDs and members",
				action: 'Get many cloud meeting rooms',
			},
			{
				name: 'Reclaim From Member',
				value: 'reclaimFromMember',
				description:
					'Take cloud meeting rooms (room IDs from Get Many) back from a user or device (account from User → Get Many). Cannot be undone: the member loses them at once.',
				action: 'Reclaim cloud meeting rooms from a member — cannot be undone',
			},
		],
		default: 'reclaimFromMember',
	},
	...reclaimFromMember.description,
	...assignToMember.description,
	...getAll.description,
	...del.description,
];
