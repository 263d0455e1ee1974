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
				description: 'Assign cloud meeting rooms to a user or device',
				action: 'Assign cloud meeting rooms to a member',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete cloud meeting rooms from the enterprise',
				action: 'Delete cloud meeting rooms',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the enterprise\'s cloud meeting rooms',
				action: 'Get many cloud meeting rooms',
			},
			{
				name: 'Reclaim From Member',
				value: 'reclaimFromMember',
				description: 'Take cloud meeting rooms back from a user or device',
				action: 'Reclaim cloud meeting rooms from a member',
			},
		],
		default: 'reclaimFromMember',
	},
	...reclaimFromMember.description,
	...assignToMember.description,
	...getAll.description,
	...del.description,
];
