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
import * as update from './update.operation';

export {
	cancel,
	create,
	get,
	getAll,
	getAllEnded,
	getAllOngoing,
	getAttendance,
	getOnlineParticipants,
	lock,
	muteAll,
	unlock,
	unmuteAll,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meeting'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				description:
					'Cancel a booked meeting by its Meeting ID (conferenceID, from Get Many or Create), and end it if running. Cannot be undone or safely repeated.',
				action: 'Cancel a meeting — cannot be undone',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Book a meeting; answers its Meeting ID (conferenceID). Cannot be undone or safely repeated: each call books another.',
				action: 'Create a meeting — cannot be undone or safely repeated',
			},
			{
				name: 'Get',
				value: 'get',
				description:
					"Get a meeting's details by its Meeting ID (conferenceID, from Get Many or Create)",
				action: 'Get a meeting',
			},
			{
				name: 'Get Attendance',
				value: 'getAttendance',
				description:
					"Who attended an ended meeting: each join and leave, by the session's confUUID (from Get Many Ended)",
				action: 'Get attendance of an ended meeting',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List booked meetings that have not ended, with their Meeting IDs (conferenceID)',
				action: 'Get many meetings',
			},
			{
				name: 'Get Many Ended',
				value: 'getAllEnded',
				description:
					'List ended meetings in a time range, one item per session with its confUUID (for Get Attendance)',
				action: 'Get many ended meetings',
			},
			{
				name: 'Get Many Ongoing',
				value: 'getAllOngoing',
				description: 'List the meetings in progress now, with their Meeting IDs (conferenceID)',
				action: 'Get many ongoing meetings',
			},
			{
				name: 'Get Online Participants',
				value: 'getOnlineParticipants',
				description:
					'List who is in a meeting in progress now, by its Meeting ID (from Get Many Ongoing)',
				action: 'Get online participants of a meeting',
			},
			{
				name: 'Lock',
				value: 'lock',
				description:
					'Lock a running meeting (Meeting ID from Get Many, and its chair password) so no new guests may join; Unlock reverses it',
				action: 'Lock a meeting',
			},
			{
				name: 'Mute All',
				value: 'muteAll',
				description:
					'Mute everyone but the host in a running meeting (Meeting ID from Get Many, and its chair password); Unmute All reverses it',
				action: 'Mute all in a meeting',
			},
			{
				name: 'Unlock',
				value: 'unlock',
				description: 'Unlock a running meeting (Meeting ID from Get Many, and its chair password)',
				action: 'Unlock a meeting',
			},
			{
				name: 'Unmute All',
				value: 'unmuteAll',
				description:
					'Unmute everyone in a running meeting (Meeting ID from Get Many, and its chair password)',
				action: 'Unmute all in a meeting',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Change the subject, start time, length or media of a booked meeting that has not started (Meeting ID from Get Many or Create)',
				action: 'Update a meeting',
			},
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
	...update.description,
];
