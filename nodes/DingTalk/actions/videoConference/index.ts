import type { INodeProperties } from 'n8n-workflow';

import * as lock from './lock.operation';
import * as unlock from './unlock.operation';

export { lock, unlock };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['videoConference'] } },
		options: [
			{ name: 'Lock', value: 'lock', description: 'Lock a conference so that no one else can join', action: 'Lock a video conference' },
			{ name: 'Unlock', value: 'unlock', description: 'Unlock a conference so that people can join again', action: 'Unlock a video conference' },
		],
		default: 'lock',
	},
	...lock.description,
	...unlock.description,
];
