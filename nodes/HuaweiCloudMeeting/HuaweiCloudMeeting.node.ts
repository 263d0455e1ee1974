import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runOptionsProperty, scrubbedPickers, subtitleFor } from '../core';
import * as administrator from './actions/administrator';
import * as cloudMeetingRoom from './actions/cloudMeetingRoom';
import * as department from './actions/department';
import * as meeting from './actions/meeting';
import * as participant from './actions/participant';
import * as recording from './actions/recording';
import * as user from './actions/user';
import { router } from './actions/router';
import { credentialTest } from './methods/credentialTest';
import { getAdmins, searchDepartments } from './methods/orgSearch';
import { getOnlineParticipants } from './methods/participantSearch';
import {
	getMemberRooms,
	getRooms,
	getUnassignedRooms,
	searchEndedMeetings,
	searchMeetings,
	searchOngoingMeetings,
	searchUsers,
} from './methods/listSearch';
import { searchRecordings } from './methods/recordingSearch';
import { huawei } from './transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Administrator', value: 'administrator' },
			{ name: 'Cloud Meeting Room', value: 'cloudMeetingRoom' },
			{ name: 'Department', value: 'department' },
			{ name: 'Meeting', value: 'meeting' },
			{ name: 'Participant', value: 'participant' },
			{ name: 'Recording', value: 'recording' },
			{ name: 'User', value: 'user' },
		],
		default: 'cloudMeetingRoom',
	},
	...cloudMeetingRoom.description,
	...user.description,
	...meeting.description,
	...department.description,
	...administrator.description,
	...participant.description,
	...recording.description,
	runOptionsProperty(huawei.spec),
];

export class HuaweiCloudMeeting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Cloud Meeting',
		name: 'huaweiCloudMeeting',
		icon: { light: 'file:huaweiCloudMeeting.svg', dark: 'file:huaweiCloudMeeting.dark.svg' },
		group: ['transform'],
		// [1] + defaultVersion 1: n8n injects "Custom API Call" into resource/operation only when
		// defaultVersion is undefined or equals version (load-nodes-and-credentials.ts,
		// injectCustomApiCallOptions); this node has no such operation, so the option must not appear.
		version: [1],
		defaultVersion: 1,
		subtitle: subtitleFor(properties),
		documentationUrl:
			'https://github.com/meeting-admin/n8n-nodes-meeting-admin/blob/main/docs/huawei.md',
		description:
			'Lock and mute meetings, reclaim cloud meeting rooms (VMRs), disable or offboard users; manage Huawei Cloud Meeting users, departments, administrators, meetings, participants and recordings',
		defaults: { name: 'Huawei Cloud Meeting' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'huaweiCloudMeetingApi', required: true, testedBy: 'huaweiCloudMeetingApiTest' },
		],
		properties,
	};

	methods = {
		listSearch: scrubbedPickers({
			searchUsers,
			searchMeetings,
			searchOngoingMeetings,
			searchEndedMeetings,
			searchDepartments,
			searchRecordings,
		}),
		loadOptions: scrubbedPickers({
			getRooms,
			getMemberRooms,
			getUnassignedRooms,
			getAdmins,
			getOnlineParticipants,
		}),
		credentialTest,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
