import type {
	INodeType,
	INodeTypeDescription,
	ITriggerFunctions,
	ITriggerResponse,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { dingTalkBaseUrl } from '../../credentials/common/dingtalk';
import { credentialTest } from '../DingTalk/methods/credentialTest';
import { DINGTALK_EVENTS } from '../DingTalkTrigger/events';
import { startStream } from './stream';

export class DingTalkStreamTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'DingTalk Stream Trigger',
		name: 'dingTalkStreamTrigger',
		icon: { light: 'file:dingtalk.svg', dark: 'file:dingtalk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when DingTalk pushes an event over Stream mode (no public URL needed)',
		defaults: { name: 'DingTalk Stream Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'dingTalkApi', required: true, testedBy: 'dingTalkApiTest' }],
		properties: [
			{
				displayName:
					"In the DingTalk developer console open your app > Event Subscription and choose Stream mode. n8n connects out to DingTalk with the credential's Client ID and Secret: no public URL is needed. Needs n8n on Node.js 22 or newer.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['meeting_status_change_target_push'],
				options: DINGTALK_EVENTS,
			},
			{
				displayName: 'Other Event Types',
				name: 'otherEvents',
				type: 'string',
				default: '',
				placeholder: 'org_dept_create, user_modify_org',
				description: 'More DingTalk event types to accept, separated by commas',
			},
			{
				// Not shown in the editor: tests shorten the reconnect backoff with it (the cap and the
				// "healthy connection" time scale with it).
				displayName: 'Reconnect Delay (Ms)',
				name: 'reconnectDelayMs',
				type: 'hidden',
				default: 1000,
			},
		],
	};

	// The credential's test (n8n asks every node that lists the credential).
	methods = { credentialTest };

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		if (typeof WebSocket === 'undefined') {
			throw new NodeOperationError(
				this.getNode(),
				'DingTalk Stream mode needs Node.js 22 or newer (the built-in WebSocket)',
			);
		}
		const credentials = await this.getCredentials('dingTalkApi');
		const wanted = [
			...(this.getNodeParameter('events', []) as string[]),
			...String(this.getNodeParameter('otherEvents', '')).split(','),
		]
			.map((e) => e.trim())
			.filter(Boolean);
		const stream = startStream(this, {
			wanted,
			baseUrl: dingTalkBaseUrl(credentials as { baseUrl?: string }),
			clientId: String(credentials.clientId ?? ''),
			clientSecret: String(credentials.clientSecret ?? ''),
			reconnectDelayMs: Number(this.getNodeParameter('reconnectDelayMs', 1000)) || 1000,
		});
		return { closeFunction: async () => await stream.close() };
	}
}
