import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialTest } from '../DingTalk/methods/credentialTest';
import {
	answerOnly,
	consoleRegisteredWebhook,
	dedupeKey,
	dedupeStoreFor,
	eventItem,
	extraKeys,
	flattenOnce,
	isFresh,
	parseJsonObject,
	queryText,
	readJsonDelivery,
	refuse,
	replayWindowProperty,
	responseOf,
	safeEqual,
	sha1Hex,
	toMillis,
} from '../core/webhook';
import { dingTalkDecrypt, dingTalkSignature, dingTalkSuccessReply } from './crypto';
import { DINGTALK_EVENTS, DINGTALK_MEETING_EVENTS } from './events';

export class DingTalkTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'DingTalk Trigger',
		name: 'dingTalkTrigger',
		icon: { light: 'file:dingtalk.svg', dark: 'file:dingtalk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when DingTalk pushes an event (HTTP push, encrypted and signed)',
		defaults: { name: 'DingTalk Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'dingTalkApi', required: true, testedBy: 'dingTalkApiTest' }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					'In the DingTalk developer console open your app > Event Subscription, choose HTTP push, paste this node\'s Production URL, and copy the console\'s Token and AES key into the credential\'s "for the trigger" fields. Then activate the workflow and click "verify" in the console.',
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
				displayName:
					'DingTalk sends conference events only for conferences this same app created through the API; conferences started in the DingTalk app send none.',
				name: 'meetingNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { events: DINGTALK_MEETING_EVENTS } },
			},
			{
				displayName: 'Other Event Types',
				name: 'otherEvents',
				type: 'string',
				default: '',
				placeholder: 'org_dept_create, user_modify_org',
				description: 'More DingTalk event types (EventType) to accept, separated by commas',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Owner Key',
						name: 'ownerKey',
						type: 'string',
						default: '',
						description:
							'Whom the pushes are encrypted for. Leave empty for the Client ID (AppKey), right for subscriptions set up in the developer console; use the Corp ID for subscriptions registered through the API.',
					},
					replayWindowProperty(
						300,
						'DingTalk stamps each push with its send time in milliseconds.',
					),
				],
			},
		],
	};

	// The credential's test (n8n asks every node that lists the credential).
	methods = { credentialTest };

	// DingTalk has no API for an app's console subscription URL: it is pasted in the console.
	webhookMethods = { default: consoleRegisteredWebhook };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('dingTalkApi');
		const token = String(credentials.callbackToken ?? '').trim();
		const aesKey = String(credentials.callbackAesKey ?? '').trim();
		if (!token || !aesKey)
			return refuse(
				this,
				401,
				'the credential has no callback token or AES key (fields "for the trigger")',
			);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const ownerKey = String(options.ownerKey || credentials.clientId || '').trim();

		const query = this.getQueryData() as IDataObject;
		// DingTalk names them msg_signature/timeStamp or signature/timestamp.
		const either = (a: string, b: string) =>
			queryText(query, a) === '' ? queryText(query, b) : queryText(query, a);
		const signature = either('msg_signature', 'signature');
		const timestamp = either('timeStamp', 'timestamp');
		const nonce = queryText(query, 'nonce');
		if (signature === null || timestamp === null || nonce === null)
			return refuse(this, 400, 'a query parameter is repeated or not text');
		// The body is {"encrypt": "..."} and nothing else: only `encrypt` is signed.
		const delivery = readJsonDelivery(this);
		if (!delivery.ok) return refuse(this, 400, delivery.reason);
		const encrypt = delivery.body.encrypt;
		if (extraKeys(delivery.body, ['encrypt']).length)
			return refuse(this, 400, 'the body holds more than the signed "encrypt"');
		if (!signature || !timestamp || !nonce || typeof encrypt !== 'string' || !encrypt)
			return refuse(this, 400, 'signature, timestamp, nonce or encrypt is missing');
		if (!safeEqual(dingTalkSignature(token, timestamp, nonce, encrypt), signature))
			return refuse(this, 401, 'bad signature');
		if (!isFresh(toMillis(timestamp), Number(options.replayWindow ?? 300)))
			return refuse(this, 401, 'stale or future timestamp');

		const decrypted = dingTalkDecrypt(aesKey, encrypt, ownerKey);
		if (!decrypted.ok)
			return refuse(this, decrypted.kind === 'owner' ? 403 : 400, decrypted.reason);
		const plain = decrypted.message;
		// The decrypted event was signed too: parsed as strictly as the body.
		const parsed = parseJsonObject(plain);
		if (!parsed.ok) return refuse(this, 400, `decrypted payload: ${parsed.reason}`);
		const event = parsed.body as IDataObject;
		if (typeof event.EventType !== 'string')
			return refuse(this, 400, 'EventType is missing or not text');
		if (event.eventId !== undefined && typeof event.eventId !== 'string')
			return refuse(this, 400, 'eventId is not text');

		const res = responseOf(this);
		const success = dingTalkSuccessReply(token, aesKey, ownerKey);
		const type = event.EventType;
		// The console's "verify" button: answer, start nothing.
		if (type === 'check_url') return answerOnly(res, 200, success);

		const wanted = [
			...(this.getNodeParameter('events', []) as string[]),
			...String(this.getNodeParameter('otherEvents', '')).split(','),
		]
			.map((e) => e.trim())
			.filter(Boolean);
		if (!wanted.includes('*') && !wanted.includes(type)) return answerOnly(res, 200, success);
		const id = String(event.eventId ?? sha1Hex(plain));
		if (!dedupeStoreFor(dedupeKey(this)).firstSeen(id)) return answerOnly(res, 200, success);

		const conference = (event.openConfModel ?? {}) as IDataObject;
		const item = eventItem({
			event: type,
			timeMs: toMillis(event.EventTime ?? event.TimeStamp ?? timestamp),
			ids: {
				eventId: event.eventId,
				corpId: event.CorpId,
				...(conference.conferenceId ? { conferenceId: conference.conferenceId } : {}),
				...(event.changeScene ? { changeScene: event.changeScene } : {}),
			},
			fields: flattenOnce(
				Object.fromEntries(
					Object.entries(event).filter(
						([key]) => !['EventType', 'eventId', 'CorpId'].includes(key),
					),
				),
			),
			raw: event,
		});
		answerOnly(res, 200, success);
		return { noWebhookResponse: true, workflowData: [[item]] };
	}
}
