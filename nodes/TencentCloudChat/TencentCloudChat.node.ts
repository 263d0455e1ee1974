import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runOptionsProperty } from '../core';
import { router } from './actions/router';
import * as groupMember from './actions/groupMember';

export class TencentCloudChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent Cloud Chat',
		name: 'tencentCloudChat',
		icon: { light: 'file:tencentCloudChat.svg', dark: 'file:tencentCloudChat.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{ ({"ban":"Ban","getBanned":"Get Banned","getMuted":"Get Muted","mute":"Mute","unban":"Unban","unmute":"Unmute"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"groupMember":"Group Member"}[$parameter["resource"]] || $parameter["resource"]) }}',
		documentationUrl: 'https://github.com/meeting-admin/n8n-nodes-meeting-admin#tencent-cloud-chat-im',
		description: 'Moderate Tencent Cloud Chat (IM) groups: ban, unban, mute and unmute members',
		defaults: { name: 'Tencent Cloud Chat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tencentCloudChatApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Group Member', value: 'groupMember' }],
				default: 'groupMember',
			},
			...groupMember.description,
			runOptionsProperty(),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
