import type { INodeProperties } from 'n8n-workflow';

import * as close from './close.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAllEnded from './getAllEnded.operation';
import * as getAttendance from './getAttendance.operation';
import * as getByRoomCode from './getByRoomCode.operation';
import * as getMembers from './getMembers.operation';
import * as inviteUsers from './inviteUsers.operation';
import * as lock from './lock.operation';
import * as muteAll from './muteAll.operation';
import * as muteMembers from './muteMembers.operation';
import * as removeMembers from './removeMembers.operation';
import * as setCohosts from './setCohosts.operation';
import * as startRecording from './startRecording.operation';
import * as stopRecording from './stopRecording.operation';
import * as unlock from './unlock.operation';
import * as unmuteAll from './unmuteAll.operation';
import * as updateSettings from './updateSettings.operation';

export {
	close,
	create,
	get,
	getAll,
	getAllEnded,
	getAttendance,
	getByRoomCode,
	getMembers,
	inviteUsers,
	lock,
	muteAll,
	muteMembers,
	removeMembers,
	setCohosts,
	startRecording,
	stopRecording,
	unlock,
	unmuteAll,
	updateSettings,
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
				'Get Attendance',
				'getAttendance',
				'List who attended a conference, ended or not (Conference ID from Get Many Ended): join and leave times, duration in milliseconds, device',
				'Get attendance of a video conference',
			),
			op(
				'Get by Meeting Number',
				'getByRoomCode',
				'Find the conferences held under a meeting number (the number people type in to join), with their Conference IDs',
				'Get video conferences by meeting number',
			),
			op(
				'Get Many Ended',
				'getAllEnded',
				'List the conferences of the organization that ended in a period, with their Conference IDs (for Get Attendance)',
				'Get many ended video conferences',
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
				'Set Co-Hosts',
				'setCohosts',
				'Give members (Union IDs from Get Members) of a conference (Conference ID from Get Many) the co-host role, or take it away',
				'Set co-hosts of a video conference',
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
			op(
				'Update Settings',
				'updateSettings',
				"Switch a conference's policies in one call (Conference ID from Get Many): self-unmute, host hand-over, screen sharing, lock, mute all, members of the organization only",
				'Update the settings of a video conference',
			),
		],
		default: 'lock',
	},
	...[
		close,
		create,
		get,
		getAll,
		getAllEnded,
		getAttendance,
		getByRoomCode,
		getMembers,
		inviteUsers,
		lock,
		muteAll,
		muteMembers,
		removeMembers,
		setCohosts,
		setCohosts,
		startRecording,
		stopRecording,
		unlock,
		unmuteAll,
		updateSettings,
	].flatMap((o) => o.description),
];
