import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runOptionsProperty } from '../core';
import { router } from './actions/router';
import * as meetingRoom from './actions/meetingRoom';
import * as roomBookingBlocklist from './actions/roomBookingBlocklist';
import * as videoConference from './actions/videoConference';

export class DingTalk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'DingTalk',
		name: 'dingTalk',
		icon: { light: 'file:dingtalk.svg', dark: 'file:dingtalk.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage DingTalk meeting rooms and video conferences',
		defaults: { name: 'DingTalk' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'dingTalkApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Meeting Room', value: 'meetingRoom' },
					{ name: 'Room Booking Blocklist', value: 'roomBookingBlocklist' },
					{ name: 'Video Conference', value: 'videoConference' },
				],
				default: 'roomBookingBlocklist',
			},
			...roomBookingBlocklist.description,
			...meetingRoom.description,
			...videoConference.description,
			runOptionsProperty(),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
