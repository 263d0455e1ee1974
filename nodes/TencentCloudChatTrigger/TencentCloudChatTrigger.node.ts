import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, sleep } from 'n8n-workflow';

import { credentialTest } from '../TencentCloudChat/methods/credentialTest';
import {
	consoleRegisteredWebhook,
	dedupeKey,
	dedupeStoreFor,
	eventItem,
	isFresh,
	rawBodyOf,
	refuse,
	replayWindowProperty,
	reply,
	responseOf,
	safeEqual,
	sealResponse,
	sha256Hex,
	toMillis,
} from '../core/webhook';
import { ANSWERS, OK, TENCENT_EVENTS, isBeforeCallback } from './events';

const workflowDecides = { show: { beforeCallbackAnswer: ['workflow'] } };

export class TencentCloudChatTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent Cloud Chat Trigger',
		name: 'tencentCloudChatTrigger',
		icon: { light: 'file:tencentCloudChat.svg', dark: 'file:tencentCloudChat.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Tencent Cloud Chat sends a callback (group events, account state)',
		defaults: { name: 'Tencent Cloud Chat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tencentCloudChatApi', required: true, testedBy: 'tencentCloudChatApiTest' }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// The last node answers before-callbacks when the workflow decides.
				responseMode: '={{$parameter["beforeCallbackAnswer"] === "workflow" ? "lastNode" : "onReceived"}}',
				responseData: 'firstEntryJson',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'In the Chat console open Callback Configuration, paste this node\'s Production URL as the callback URL, turn on the callbacks you need, and (recommended) enable callback authentication and copy its token into the credential\'s "Callback Token (for the trigger)".',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['Group.CallbackAfterNewMemberJoin'],
				options: TENCENT_EVENTS,
			},
			{
				displayName: 'Before-Callback Answer',
				name: 'beforeCallbackAnswer',
				type: 'options',
				default: 'allow',
				description: 'How to answer callbacks that let you block an action (before a message is sent, before joining a group)',
				options: [
					{ name: 'Allow and Continue', value: 'allow', description: 'Answer "allow" at once, then run the workflow' },
					{
						name: 'Let the Workflow Decide',
						value: 'workflow',
						description: 'The last node\'s first item is the answer: ErrorCode 0 allow, 1 reject, 2 drop silently, 10100-10200 custom; MsgBody rewrites a message',
					},
				],
			},
			{
				displayName:
					'The workflow\'s last node must output Tencent\'s answer, e.g. {"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":""}. Each item of this trigger carries an allowing "reply" to start from. Tencent waits 2 seconds at most.',
				name: 'decideNotice',
				type: 'notice',
				default: '',
				displayOptions: workflowDecides,
			},
			{
				displayName: 'Decision Timeout (Ms)',
				name: 'decisionTimeout',
				type: 'number',
				typeOptions: { minValue: 100, maxValue: 1950 },
				default: 1500,
				description: 'When the workflow has not answered by then, the default answer goes out (Tencent gives up after 2000 ms)',
				displayOptions: workflowDecides,
			},
			{
				displayName: 'Default Answer',
				name: 'defaultAnswer',
				type: 'options',
				default: 'allow',
				options: [
					{ name: 'Allow', value: 'allow' },
					{ name: 'Reject', value: 'reject' },
					{ name: 'Drop Silently', value: 'drop', description: 'Messages only: the sender sees success, nobody receives it' },
				],
				displayOptions: workflowDecides,
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [replayWindowProperty(60, 'Tencent signs RequestTime (seconds) with the callback token; its docs reject requests older than a minute.')],
			},
		],
	};

	// The credential's test (n8n asks every node that lists the credential).
	methods = { credentialTest };

	// Tencent offers no API for the callback URL: it is set in the Chat console.
	webhookMethods = { default: consoleRegisteredWebhook };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('tencentCloudChatApi');
		const query = this.getQueryData() as IDataObject;
		if (String(query.SdkAppid ?? '').trim() !== String(credentials.sdkAppId ?? '').trim()) {
			return refuse(this, 403, 'SdkAppid does not match the credential');
		}
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const token = String(credentials.callbackToken ?? '');
		if (token) {
			const sign = String(query.Sign ?? '');
			const requestTime = String(query.RequestTime ?? '');
			if (!sign || !requestTime) return refuse(this, 401, 'Sign or RequestTime is missing');
			if (!safeEqual(sha256Hex(token + requestTime), sign, true)) return refuse(this, 401, 'bad signature');
			if (!isFresh(toMillis(requestTime), Number(options.replayWindow ?? 60))) return refuse(this, 401, 'stale or future RequestTime');
		}
		const raw = rawBodyOf(this);
		let body: IDataObject;
		try {
			body = JSON.parse(raw) as IDataObject;
		} catch {
			return refuse(this, 400, 'the body is not JSON');
		}
		if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(this, 400, 'the body is not a JSON object');
		const command = String(body.CallbackCommand ?? query.CallbackCommand ?? '');
		if (!command) return refuse(this, 400, 'CallbackCommand is missing');

		const res = responseOf(this);
		const decides = this.getNodeParameter('beforeCallbackAnswer', 'allow') === 'workflow';
		// In "workflow decides" mode n8n would answer again when the last node finishes: seal after answering.
		const answerNow = () => {
			reply(res, 200, OK);
			if (decides) sealResponse(res);
			return { noWebhookResponse: true };
		};
		const wanted = this.getNodeParameter('events', []) as string[];
		if (!wanted.includes('*') && !wanted.includes(command)) return answerNow();
		// Tencent's callbacks carry no event id: an identical body (EventTime included) is a redelivery.
		if (!dedupeStoreFor(dedupeKey(this)).firstSeen(sha256Hex(`${command}\n${raw}`))) return answerNow();

		const before = isBeforeCallback(command);
		const item = eventItem({
			event: command,
			timeMs: toMillis(body.EventTime),
			ids: {
				...(body.GroupId !== undefined ? { groupId: body.GroupId } : {}),
				sdkAppId: query.SdkAppid,
				clientIp: query.ClientIP,
				platform: query.OptPlatform,
			},
			fields: Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'CallbackCommand')),
			raw: body,
		});
		if (before) item.json.reply = { ...OK };
		const workflowData = [[item]];
		if (!(before && decides)) return { ...answerNow(), workflowData };

		// The last node answers; if it is too slow, the default answer goes out before Tencent's 2 s.
		const timeout = Math.min(Number(this.getNodeParameter('decisionTimeout', 1500)), 1950);
		const fallback = ANSWERS[String(this.getNodeParameter('defaultAnswer', 'allow'))] ?? OK;
		const node = this.getNode().name;
		const logger = this.logger;
		void sleep(timeout).then(() => {
			if (res.headersSent) return;
			logger.warn(`${node}: the workflow did not answer ${command} within ${timeout} ms; sent the default answer`);
			reply(res, 200, fallback);
			sealResponse(res);
		});
		return { workflowData };
	}
}
