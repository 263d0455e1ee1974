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

export {
	close,
	create,
	get,
	getAll,
	getMembers,
	inviteUsers,
	lock,
	muteAll,
	muteMembers,
	removeMembers,
	startRecording,
	stopRecording,
	unlock,
	unmuteAll,
};

const op = (name: string, value: string, description: string, action: string) => ({
	name,
	value,
	description,
	action,
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['videoConference'] } },
		options: [
			op(
				'Close',
				'close',
				'End a conference for everyone by its Conference ID (from Get Many, Create or the DingTalk Trigger); host only. Cannot be undone.',
				'Close a video conference — cannot be undone',
			),
			op(
				'Create',
				'create',
				'Start an instant video conference hosted by a user (Union ID); answers its Conference ID. Cannot be undone or safely repeated: each call starts another',
				'Create a video conference — cannot be undone or safely repeated',
			),
			op(
				'Get',
				'get',
				'Get a conference by its Conference ID (from Get Many, Create or the DingTalk Trigger)',
				'Get a video conference',
			),
			op(
				'Get Many',
				'getAll',
				'List the conferences going on now in the organization, with their Conference IDs',
				'Get many video conferences',
			),
			op(
				'Get Members',
				'getMembers',
				'List the members of a conference and their Union IDs, by its Conference ID (from Get Many)',
				'Get members of a video conference',
			),
			op(
				'Invite Users',
				'inviteUsers',
				'Invite people (Union IDs) into a conference by its Conference ID (from Get Many)',
				'Invite users to a video conference',
			),
			op(
				'Lock',
				'lock',
				'Lock a conference (Conference ID from Get Many) so that no one else can join; Unlock reverses it',
				'Lock a video conference',
			),
			op(
				'Mute All',
				'muteAll',
				'Mute every attendee of a conference (Conference ID from Get Many); Unmute All reverses it',
				'Mute all attendees of a video conference',
			),
			op(
				'Mute Members',
				'muteMembers',
				'Mute or unmute members (Union IDs from Get Members) of a conference (Conference ID from Get Many)',
				'Mute members of a video conference',
			),
			op(
				'Remove Members',
				'removeMembers',
				'Remove members (Union IDs from Get Members) from a conference (Conference ID from Get Many). Cannot be undone: they are dropped from the call.',
				'Remove members from a video conference — cannot be undone',
			),
			op(
				'Start Recording',
				'startRecording',
				'Start cloud recording of a conference (Conference ID from Get Many); host only',
				'Start recording a video conference',
			),
			op(
				'Stop Recording',
				'stopRecording',
				'Stop cloud recording of a conference (Conference ID from Get Many); host only',
				'Stop recording a video conference',
			),
			op(
				'Unlock',
				'unlock',
				'Unlock a conference (Conference ID from Get Many) so that people can join again',
				'Unlock a video conference',
			),
			op(
				'Unmute All',
				'unmuteAll',
				'Lift the mute on every attendee of a conference (Conference ID from Get Many)',
				'Unmute all attendees of a video conference',
			),
		],
		default: 'lock',
	},
	...[
		close,
		create,
		get,
		getAll,
		getMembers,
		inviteUsers,
		lock,
		muteAll,
		muteMembers,
		removeMembers,
		startRecording,
		stopRecording,
		unlock,
		unmuteAll,
	].flatMap((o) => o.description),
];
