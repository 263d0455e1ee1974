import type { INodeProperties } from 'n8n-workflow';

import * as mute from './mute.operation';
import * as remove from './remove.operation';
import * as unmute from './unmute.operation';

export { mute, remove, unmute };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['participant'] } },
		options: [
			{
				name: 'Mute',
				value: 'mute',
				description:
					'Mute participants of a meeting in progress, by their participant IDs (from Meeting → Get Online Participants); needs the chair password',
				action: 'Mute participants',
			},
			{
				name: 'Remove',
				value: 'remove',
				description:
					'Hang up (disconnect) participants of a meeting in progress; they can rejoin unless the meeting is locked. Cannot be undone or safely repeated.',
				action: 'Remove participants from a meeting — cannot be undone',
			},
			{
				name: 'Unmute',
				value: 'unmute',
				description:
					'Unmute participants of a meeting in progress, by their participant IDs (from Meeting → Get Online Participants); needs the chair password',
				action: 'Unmute participants',
			},
		],
		default: 'mute',
	},
	...mute.description,
	...remove.description,
	...unmute.description,
];
