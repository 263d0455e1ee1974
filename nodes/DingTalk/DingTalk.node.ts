import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runOptionsProperty, scrubbedPickers, subtitleFor } from '../core';
import { router } from './actions/router';
import * as meetingRoom from './actions/meetingRoom';
import * as meetingRoomGroup from './actions/meetingRoomGroup';
import * as roomBookingBlocklist from './actions/roomBookingBlocklist';
import * as scheduledConference from './actions/scheduledConference';
import * as videoConference from './actions/videoConference';
import { credentialTest } from './methods/credentialTest';
import * as listSearch from './methods/listSearch';
import { dingTalk } from './transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Meeting Room', value: 'meetingRoom' },
			{ name: 'Meeting Room Group', value: 'meetingRoomGroup' },
			{ name: 'Room Booking Blocklist', value: 'roomBookingBlocklist' },
			{ name: 'Scheduled Conference', value: 'scheduledConference' },
			{ name: 'Video Conference', value: 'videoConference' },
		],
		// Kept from the first release: saved workflows omit a default resource.
		default: 'roomBookingBlocklist',
	},
	...roomBookingBlocklist.description,
	...meetingRoom.description,
	...meetingRoomGroup.description,
	...videoConference.description,
	...scheduledConference.description,
	runOptionsProperty(dingTalk.spec),
];

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
		subtitle: subtitleFor(properties),
		documentationUrl:
			'https://github.com/meeting-admin/n8n-nodes-meeting-admin/blob/main/docs/dingtalk.md',
		description:
			'Lock, mute and end DingTalk video conferences; manage meeting rooms, room groups, the booking blocklist and scheduled conferences',
		defaults: { name: 'DingTalk' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'dingTalkApi', required: true, testedBy: 'dingTalkApiTest' }],
		properties,
	};

	methods = { listSearch: scrubbedPickers({ ...listSearch }), credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
