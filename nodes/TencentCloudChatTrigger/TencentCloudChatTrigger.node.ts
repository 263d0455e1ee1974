import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { credentialTest } from '../TencentCloudChat/methods/credentialTest';
import {
	decideWithin,
	dedupeKey,
	dedupeStoreFor,
	eventItem,
	isFresh,
	queryText,
	readJsonDelivery,
	refuse,
	replayWindowProperty,
	reply,
	responseOf,
	safeEqual,
	sealResponse,
	sha256Hex,
	toMillis,
} from '../core/webhook';
import {
	ANSWERS,
	DECISION_TIMEOUT,
	OK,
	TENCENT_EVENTS,
	decisionTimeoutProblem,
	isBeforeCallback,
	isTencentAnswer,
} from './events';

const workflowDecides = { show: { beforeCallbackAnswer: ['workflow'] } };

export class TencentCloudChatTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent Cloud Chat Trigger',
		name: 'tencentCloudChatTrigger',
		icon: { light: 'file:tencentCloudChat.svg', dark: 'file:tencentCloudChat.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Tencent Cloud Chat sends a callback (group events, account state)',
		defaults: { name: 'Tencent Cloud Chat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'tencentCloudChatApi', required: true, testedBy: 'tencentCloudChatApiTest' },
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// The last node answers before-callbacks when the workflow decides.
				responseMode:
					'={{$parameter["beforeCallbackAnswer"] === "workflow" ? "lastNode" : "onReceived"}}',
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
				description:
					'How to answer callbacks that let you block an action (before a message is sent, before joining a group)',
				options: [
					{
						name: 'Allow and Continue',
						value: 'allow',
						description: 'Answer "allow" at once, then run the workflow',
					},
					{
						name: 'Let the Workflow Decide',
						value: 'workflow',
						description:
							"The last node's first item is the answer: ErrorCode 0 allow, 1 reject, 2 drop silently, 10100-10200 custom; MsgBody rewrites a message",
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
				typeOptions: { minValue: DECISION_TIMEOUT.min, maxValue: DECISION_TIMEOUT.max },
				default: 1500,
				description: `When the workflow has not answered by then (or fails), the default answer goes out (Tencent gives up after 2000 ms). ${DECISION_TIMEOUT.min}–${DECISION_TIMEOUT.max}.`,
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
					{
						name: 'Drop Silently',
						value: 'drop',
						description: 'Messages only: the sender sees success, nobody receives it',
					},
				],
				displayOptions: workflowDecides,
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					replayWindowProperty(
						60,
						'Tencent signs RequestTime (seconds) with the callback token; its docs reject requests older than a minute.',
					),
				],
			},
		],
	};

	// The credential's test (n8n asks every node that lists the credential).
	methods = { credentialTest };

	// Tencent offers no API for the callback URL: it is set in the Chat console (nothing to look up,
	// create or delete). Activation still checks the Decision Timeout, so a bad value is an error in
	// the editor, not a silent default answer.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				assertDecisionTimeout(this);
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				assertDecisionTimeout(this);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('tencentCloudChatApi');
		const decides = this.getNodeParameter('beforeCallbackAnswer', 'allow') === 'workflow';
		const timeout = decides ? assertDecisionTimeout(this) : 0;
		const query = this.getQueryData() as IDataObject;
		const texts = ['SdkAppid', 'Sign', 'RequestTime', 'CallbackCommand'].map((name) =>
			queryText(query, name),
		);
		if (texts.includes(null)) return refuse(this, 400, 'a query parameter is repeated or not text');
		const [sdkAppId, sign, requestTime, queryCommand] = texts as string[];
		if (sdkAppId.trim() !== String(credentials.sdkAppId ?? '').trim())
			return refuse(this, 403, 'SdkAppid does not match the credential');
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const token = String(credentials.callbackToken ?? '');
		if (token) {
			if (!sign || !requestTime) return refuse(this, 401, 'Sign or RequestTime is missing');
			if (!safeEqual(sha256Hex(token + requestTime), sign, true))
				return refuse(this, 401, 'bad signature');
			if (!isFresh(toMillis(requestTime), Number(options.replayWindow ?? 60)))
				return refuse(this, 401, 'stale or future RequestTime');
		}
		const delivery = readJsonDelivery(this);
		if (!delivery.ok) return refuse(this, 400, delivery.reason);
		const body = delivery.body as IDataObject;
		if (body.CallbackCommand !== undefined && typeof body.CallbackCommand !== 'string')
			return refuse(this, 400, 'CallbackCommand is not text');
		if (body.CallbackCommand && queryCommand && body.CallbackCommand !== queryCommand)
			return refuse(this, 400, 'the body and the URL name different callbacks');
		const command = (body.CallbackCommand as string | undefined) || queryCommand;
		if (!command) return refuse(this, 400, 'CallbackCommand is missing');
		if (body.EventTime !== undefined && typeof body.EventTime !== 'number')
			return refuse(this, 400, 'EventTime is not a number');
		if (body.GroupId !== undefined && typeof body.GroupId !== 'string')
			return refuse(this, 400, 'GroupId is not text');
		const raw = delivery.text;

		const res = responseOf(this);
		// In "workflow decides" mode n8n would answer again when the last node finishes: seal after answering.
		const answerNow = () => {
			reply(res, 200, OK);
			if (decides) sealResponse(res);
			return { noWebhookResponse: true };
		};
		const wanted = this.getNodeParameter('events', []) as string[];
		if (!wanted.includes('*') && !wanted.includes(command)) return answerNow();
		// Tencent's callbacks carry no event id: an identical body (EventTime included) is a redelivery.
		if (!dedupeStoreFor(dedupeKey(this)).firstSeen(`${command}\n${raw}`)) return answerNow();

		const before = isBeforeCallback(command);
		const item = eventItem({
			event: command,
			timeMs: toMillis(body.EventTime),
			ids: {
				...(body.GroupId !== undefined ? { groupId: body.GroupId } : {}),
				sdkAppId,
				clientIp: queryText(query, 'ClientIP') || undefined,
				platform: queryText(query, 'OptPlatform') || undefined,
			},
			fields: Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'CallbackCommand')),
			raw: body,
		});
		if (before) item.json.reply = { ...OK };
		const workflowData = [[item]];
		if (!(before && decides)) return { ...answerNow(), workflowData };

		// The last node answers (responseMode lastNode); a failed, empty or late answer becomes the
		// default answer before Tencent's 2 s (core/webhook/decide.ts says how, in real n8n).
		const fallback = ANSWERS[String(this.getNodeParameter('defaultAnswer', 'allow'))] ?? OK;
		const node = this.getNode().name;
		const logger = this.logger;
		decideWithin(res, {
			deadlineMs: timeout,
			fallback,
			accept: isTencentAnswer,
			onFallback: (why) => logger.warn(`${node}: ${why} for ${command}; sent the default answer`),
		});
		return { workflowData };
	}
}

/** The Decision Timeout in milliseconds; throws a clear error for text, a negative or an out-of-range value. */
function assertDecisionTimeout(ctx: IHookFunctions | IWebhookFunctions): number {
	if (ctx.getNodeParameter('beforeCallbackAnswer', 'allow') !== 'workflow') return 0;
	const value = ctx.getNodeParameter('decisionTimeout');
	const problem = decisionTimeoutProblem(value);
	if (problem)
		throw new NodeOperationError(ctx.getNode(), `Decision Timeout: ${problem}`, {
			description:
				'Set Decision Timeout (Ms) to a whole number of milliseconds; Tencent waits 2000 ms at most.',
		});
	return Number(value);
}
