import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runOptionsProperty } from '../core';
import * as cloudMeetingRoom from './actions/cloudMeetingRoom';
import { router } from './actions/router';

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
		subtitle:
			'={{ ({"assignToMember":"Assign To Member","getAll":"Get Many","reclaimFromMember":"Reclaim From Member"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"cloudMeetingRoom":"Cloud Meeting Room"}[$parameter["resource"]] || $parameter["resource"]) }}',
		documentationUrl: 'https://github.com/meeting-admin/n8n-nodes-meeting-admin#huawei-cloud-meeting',
		description: 'Assign, reclaim and list Huawei Cloud Meeting cloud meeting rooms (VMRs)',
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
				options: [{ name: 'Cloud Meeting Room', value: 'cloudMeetingRoom' }],
				default: 'cloudMeetingRoom',
			},
			...cloudMeetingRoom.description,
			runOptionsProperty(),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
