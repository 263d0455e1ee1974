import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runOptionsProperty } from '../core';
import * as cloudMeetingRoom from './actions/cloudMeetingRoom';
import * as meeting from './actions/meeting';
import * as user from './actions/user';
import { router } from './actions/router';
import { getRooms, searchMeetings, searchUsers } from './methods/listSearch';

export class HuaweiCloudMeeting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Cloud Meeting',
		name: 'huaweiCloudMeeting',
		icon: { light: 'file:huaweiCloudMeeting.svg', dark: 'file:huaweiCloudMeeting.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Huawei Cloud Meeting users, cloud meeting rooms (VMRs) and meetings',
		defaults: { name: 'Huawei Cloud Meeting' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCloudMeetingApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Cloud Meeting Room', value: 'cloudMeetingRoom' },
					{ name: 'Meeting', value: 'meeting' },
					{ name: 'User', value: 'user' },
				],
				default: 'cloudMeetingRoom',
			},
			...cloudMeetingRoom.description,
			...user.description,
			...meeting.description,
			runOptionsProperty(),
		],
	};

	methods = {
		listSearch: { searchUsers, searchMeetings },
		loadOptions: { getRooms },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
