import type { INodeProperties } from 'n8n-workflow';

import * as check from './check.operation';
import * as del from './delete.operation';
import * as forceLogout from './forceLogout.operation';
import * as getGlobalMute from './getGlobalMute.operation';
import * as imp from './import.operation';
import * as setGlobalMute from './setGlobalMute.operation';

export { check, del as delete, forceLogout, getGlobalMute, imp as import, setGlobalMute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Check',
				value: 'check',
				description: 'Check whether accounts (UserIDs) were imported into the app',
				action: 'Check accounts',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete accounts (UserIDs) from the app, with their profile, contacts, groups and conversations. Cannot be undone: Tencent keeps no copy, and paid editions refuse to re-import a deleted UserID for 3 months.',
				action: 'Delete accounts — cannot be undone',
			},
			{
				name: 'Force Logout',
				value: 'forceLogout',
				description:
					"Invalidate an account's (UserID) login state: its current UserSig stops working until it logs in with a new one",
				action: 'Force logout of an account',
			},
			{
				name: 'Get Global Mute',
				value: 'getGlobalMute',
				description: "Get an account's (UserID) app-wide mute times",
				action: 'Get the global mute of an account',
			},
			{
				name: 'Import',
				value: 'import',
				description: 'Import accounts (UserIDs from your own user system) into the app',
				action: 'Import accounts',
			},
			{
				name: 'Set Global Mute',
				value: 'setGlobalMute',
				description:
					'Mute or unmute an account (UserID) across the app; a time of 0 lifts the mute',
				action: 'Set the global mute of an account',
			},
		],
		default: 'setGlobalMute',
	},
	...imp.description,
	...check.description,
	...setGlobalMute.description,
	...getGlobalMute.description,
	...del.description,
	...forceLogout.description,
];
