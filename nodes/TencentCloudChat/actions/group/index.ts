import type { INodeProperties } from 'n8n-workflow';

import * as changeOwner from './changeOwner.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAllForUser from './getAllForUser.operation';
import * as muteAll from './muteAll.operation';
import * as unmuteAll from './unmuteAll.operation';
import * as update from './update.operation';

export {
	changeOwner,
	create,
	del as delete,
	get,
	getAll,
	getAllForUser,
	muteAll,
	unmuteAll,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Change Owner',
				value: 'changeOwner',
				description:
					'Make another member the owner of a group (GroupId from Get Many or the From List picker); not for live-stream groups',
				action: 'Change the owner of a group',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a group; answers its GroupId. Cannot be undone or safely repeated: each call creates another group.',
				action: 'Create a group — cannot be undone or safely repeated',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Disband a group by its GroupId (from Get Many or the From List picker). Cannot be undone: members and messages are gone.',
				action: 'Delete a group — cannot be undone',
			},
			{
				name: 'Get',
				value: 'get',
				description:
					"Get a group's information by its GroupId (from Get Many or the From List picker)",
				action: 'Get a group',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the app's groups with their GroupIds",
				action: 'Get many groups',
			},
			{
				name: 'Get Many for User',
				value: 'getAllForUser',
				description:
					'List the groups an account (UserID) is in, with its role in each; live-stream groups only when asked',
				action: 'Get many groups of a user',
			},
			{
				name: 'Mute All',
				value: 'muteAll',
				description:
					'Stop everyone but the owner and admins from sending messages in a group (GroupId from Get Many); Unmute All reverses it',
				action: 'Mute all members of a group',
			},
			{
				name: 'Unmute All',
				value: 'unmuteAll',
				description: 'Let all members of a group (GroupId from Get Many) send messages again',
				action: 'Unmute all members of a group',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					"Change a group's name, notice or settings by its GroupId (from Get Many or the From List picker)",
				action: 'Update a group',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...getAllForUser.description,
	...changeOwner.description,
	...update.description,
	...del.description,
	...muteAll.description,
	...unmuteAll.description,
];
