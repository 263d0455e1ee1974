import type { INodeProperties } from 'n8n-workflow';

import * as close from './close.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getMembers from './getMembers.operation';
import * as inviteUsers from './inviteUsers.operation';
import * as lock from './lock.operation';
import * as muteAll from './muteAll.operation';
import * as muteMembers from './muteMembers.operation';
import * as removeMembers from './removeMembers.operation';
import * as startRecording from './startRecording.operation';
import * as stopRecording from './stopRecording.operation';
import * as unlock from './unlock.operation';
import * as unmuteAll from './unmuteAll.operation';

export { close, create, get, getAll, getMembers, inviteUsers, lock, muteAll, muteMembers, removeMembers, startRecording, stopRecording, unlock, unmuteAll };

const op = (name: string, value: string, description: string, action: string) => ({ name, value, description, action });

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['videoConference'] } },
		options: [
			op('Close', 'close', 'End a conference for everyone (host only)', 'Close a video conference'),
			op('Create', 'create', 'Start an instant video conference', 'Create a video conference'),
			op('Get', 'get', 'Get a conference', 'Get a video conference'),
			op('Get Many', 'getAll', 'List the conferences going on now in the organization', 'Get many video conferences'),
			op('Get Members', 'getMembers', 'List the members of a conference', 'Get members of a video conference'),
			op('Invite Users', 'inviteUsers', 'Invite people into a conference', 'Invite users to a video conference'),
			op('Lock', 'lock', 'Lock a conference so that no one else can join', 'Lock a video conference'),
			op('Mute All', 'muteAll', 'Mute every attendee', 'Mute all attendees of a video conference'),
			op('Mute Members', 'muteMembers', 'Mute or unmute given members', 'Mute members of a video conference'),
			op('Remove Members', 'removeMembers', 'Remove members from a conference', 'Remove members from a video conference'),
			op('Start Recording', 'startRecording', 'Start cloud recording (host only)', 'Start recording a video conference'),
			op('Stop Recording', 'stopRecording', 'Stop cloud recording (host only)', 'Stop recording a video conference'),
			op('Unlock', 'unlock', 'Unlock a conference so that people can join again', 'Unlock a video conference'),
			op('Unmute All', 'unmuteAll', 'Lift the mute on every attendee', 'Unmute all attendees of a video conference'),
		],
		default: 'lock',
	},
	...[close, create, get, getAll, getMembers, inviteUsers, lock, muteAll, muteMembers, removeMembers, startRecording, stopRecording, unlock, unmuteAll].flatMap((o) => o.description),
];
