import type { INodeProperties } from 'n8n-workflow';

import * as add from './add.operation';
import * as ban from './ban.operation';
import * as getAll from './getAll.operation';
import * as getBanned from './getBanned.operation';
import * as getMuted from './getMuted.operation';
import * as mute from './mute.operation';
import * as remove from './remove.operation';
import * as unban from './unban.operation';
import * as unmute from './unmute.operation';
import * as update from './update.operation';

export { add, ban, getAll, getBanned, getMuted, mute, remove, unban, unmute, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['groupMember'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				description:
					'Add accounts (UserIDs imported into the app) to a group (GroupId from Group → Get Many)',
				action: 'Add group members',
			},
			{
				name: 'Ban',
				value: 'ban',
				description:
					'Remove members (accounts from Get Many) from a group (GroupId from Group → Get Many) and keep them out for a while. Cannot be undone: Unban lets them rejoin, not back in.',
				action: 'Ban group members — cannot be undone',
			},
			{
				name: 'Get Banned',
				value: 'getBanned',
				description: 'List the banned members of a group (GroupId from Group → Get Many)',
				action: 'Get banned group members',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List the members of a group (GroupId from Group → Get Many) with their accounts',
				action: 'Get many group members',
			},
			{
				name: 'Get Muted',
				value: 'getMuted',
				description: 'List the muted members of a group (GroupId from Group → Get Many)',
				action: 'Get muted group members',
			},
			{
				name: 'Mute',
				value: 'mute',
				description:
					'Stop members (accounts from Get Many) from sending messages in a group (GroupId from Group → Get Many) for a while; Unmute reverses it',
				action: 'Mute group members',
			},
			{
				name: 'Remove',
				value: 'remove',
				description:
					'Remove members (accounts from Get Many) from a group (GroupId from Group → Get Many). Cannot be undone: Add makes them new members.',
				action: 'Remove group members — cannot be undone',
			},
			{
				name: 'Unban',
				value: 'unban',
				description:
					'Let banned members (accounts from Get Banned) rejoin a group (GroupId from Group → Get Many)',
				action: 'Unban group members',
			},
			{
				name: 'Unmute',
				value: 'unmute',
				description:
					'Let muted members (accounts from Get Muted) send messages in a group again (GroupId from Group → Get Many)',
				action: 'Unmute group members',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					"Change a member's role, name card, message flag or mute time (account from Get Many) in a group (GroupId from Group → Get Many)",
				action: 'Update a group member',
			},
		],
		default: 'unban',
	},
	...unban.description,
	...ban.description,
	...getBanned.description,
	...mute.description,
	...unmute.description,
	...getMuted.description,
	...add.description,
	...remove.description,
	...getAll.description,
	...update.description,
];
