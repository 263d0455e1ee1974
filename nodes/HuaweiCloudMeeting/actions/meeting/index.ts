import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAllEnded from './getAllEnded.operation';
import * as getAllOngoing from './getAllOngoing.operation';
import * as getAttendance from './getAttendance.operation';
import * as getOnlineParticipants from './getOnlineParticipants.operation';
import * as lock from './lock.operation';
import * as muteAll from './muteAll.operation';
import * as unlock from './unlock.operation';
import * as unmuteAll from './unmuteAll.operation';

export { cancel, create, get, getAll, getAllEnded, getAllOngoing, getAttendance, getOnlineParticipants, lock, muteAll, unlock, unmuteAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meeting'] } },
		options: [
			{ name: 'Cancel', value: 'cancel', description: 'Cancel a booked meeting (and end it if running)', action: 'Cancel a meeting' },
			{ name: 'Create', value: 'create', description: 'Book a meeting', action: 'Create a meeting' },
			{ name: 'Get', value: 'get', description: "Get a meeting's details", action: 'Get a meeting' },
			{ name: 'Get Attendance', value: 'getAttendance', description: "Who attended an ended meeting: each join and leave, by the session's confUUID", action: 'Get attendance of an ended meeting' },
			{ name: 'Get Many', value: 'getAll', description: 'List booked meetings that have not ended', action: 'Get many meetings' },
			{ name: 'Get Many Ended', value: 'getAllEnded', description: 'List ended meetings in a time range (one item per session, with its confUUID)', action: 'Get many ended meetings' },
			{ name: 'Get Many Ongoing', value: 'getAllOngoing', description: 'List the meetings in progress now', action: 'Get many ongoing meetings' },
			{ name: 'Get Online Participants', value: 'getOnlineParticipants', description: 'List who is in a meeting in progress now', action: 'Get online participants of a meeting' },
			{ name: 'Lock', value: 'lock', description: 'Lock a running meeting: no new guests may join', action: 'Lock a meeting' },
			{ name: 'Mute All', value: 'muteAll', description: 'Mute everyone in a running meeting except the host', action: 'Mute all in a meeting' },
			{ name: 'Unlock', value: 'unlock', description: 'Unlock a running meeting', action: 'Unlock a meeting' },
			{ name: 'Unmute All', value: 'unmuteAll', description: 'Unmute everyone in a running meeting', action: 'Unmute all in a meeting' },
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...getAllOngoing.description,
	...getOnlineParticipants.description,
	...getAllEnded.description,
	...getAttendance.description,
	...cancel.description,
	...lock.description,
	...unlock.description,
	...muteAll.description,
	...unmuteAll.description,
];
