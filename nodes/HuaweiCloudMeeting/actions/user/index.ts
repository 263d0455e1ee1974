import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as del from './delete.operation';
import * as disable from './disable.operation';
import * as enable from './enable.operation';
import * as get from './get.operation';
import * as resetPassword from './resetPassword.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, disable, enable, get, getAll, resetPassword, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Add a user to the enterprise; answers its account. Cannot be undone or safely repeated: a repeat fails or adds another user.',
				action: 'Create a user — cannot be undone or safely repeated',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete users (accounts from Get Many) from the enterprise. Cannot be undone or safely repeated.',
				action: 'Delete users — cannot be undone',
			},
			{
				name: 'Disable',
				value: 'disable',
				description:
					'Disable users (accounts from Get Many) so they can no longer sign in; Enable reverses it',
				action: 'Disable users',
			},
			{
				name: 'Enable',
				value: 'enable',
				description: 'Enable disabled users (accounts from Get Many)',
				action: 'Enable users',
			},
			{
				name: 'Get',
				value: 'get',
				description: "Get a user's details by account (from Get Many or the From List picker)",
				action: 'Get a user',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the enterprise's users with their accounts",
				action: 'Get many users',
			},
			{
				name: 'Reset Password',
				value: 'resetPassword',
				description:
					"Reset a user's password: Huawei makes up a new one and sends it to the user's email or phone (the old one stops working). Cannot be undone or safely repeated: each run sends another new password.",
				action: 'Reset the password of a user — cannot be undone',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a user's details by account (from Get Many or the From List picker)",
				action: 'Update a user',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...disable.description,
	...enable.description,
	...del.description,
	...resetPassword.description,
];
