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
		// [1] + defaultVersion 1: n8n injects "Custom API Call" into resource/operation only when
		// defaultVersion is undefined or equals version (load-nodes-and-credentials.ts,
		// injectCustomApiCallOptions); this node has no such operation, so the option must not appear.
		version: [1],
		defaultVersion: 1,
		subtitle:
			'={{ ({"removeUsers":"Remove Users","sendCentralControl":"Send Central Control Signal","lock":"Lock","unlock":"Unlock"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"meetingRoom":"Meeting Room","roomBookingBlocklist":"Room Booking Blocklist","videoConference":"Video Conference"}[$parameter["resource"]] || $parameter["resource"]) }}',
		documentationUrl: 'https://github.com/meeting-admin/n8n-nodes-meeting-admin#dingtalk',
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
