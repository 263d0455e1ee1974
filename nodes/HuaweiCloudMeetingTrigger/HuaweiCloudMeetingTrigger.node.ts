import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { credentialTest } from '../HuaweiCloudMeeting/methods/credentialTest';
import {
	answerOnly,
	dedupeKey,
	dedupeStoreFor,
	eventItem,
	flattenOnce,
	isFresh,
	refuse,
	replayWindowProperty,
	responseOf,
	toMillis,
} from '../core/webhook';
import { isRegistered, register, unregister } from './registration';
import { readHuaweiPush } from './signature';

// Huawei retries a failed push for up to 24 hours (30 s, then every 30 min), possibly with the
// original timestamp: the replay window and the de-duplication memory both span that period.
const HUAWEI_RETRY_SECONDS = 24 * 60 * 60;
const HUAWEI_DEDUPE_ENTRIES = 50000;

export class HuaweiCloudMeetingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Cloud Meeting Trigger',
		name: 'huaweiCloudMeetingTrigger',
		icon: { light: 'file:huaweiCloudMeeting.svg', dark: 'file:huaweiCloudMeeting.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Huawei Cloud Meeting pushes an enterprise meeting event',
		defaults: { name: 'Huawei Cloud Meeting Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'huaweiCloudMeetingApi', required: true, testedBy: 'huaweiCloudMeetingApiTest' },
		],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					'Event push needs the flagship edition and an HTTPS URL. Either turn on "Register With Huawei" (needs an administrator credential), or paste this node\'s Production URL in the admin portal\'s event push settings with the same App ID and key as the credential\'s "for the trigger" fields.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['meeting.started', 'meeting.end'],
				options: [
					{ name: 'Any Event', value: '*' },
					{ name: 'Meeting Cancelled', value: 'meeting.cancel' },
					{ name: 'Meeting Concluded', value: 'meeting.conclude', description: 'Closed for good' },
					{ name: 'Meeting Created', value: 'meeting.create' },
					{
						name: 'Meeting Ended',
						value: 'meeting.end',
						description: 'Can be rejoined until its scheduled end',
					},
					{ name: 'Meeting Modified', value: 'meeting.modify' },
					{ name: 'Meeting Started', value: 'meeting.started' },
					{ name: 'Participant Joined', value: 'meeting.join' },
					{ name: 'Participant Left', value: 'meeting.left' },
					{ name: 'Recording Finished', value: 'record.finish' },
				],
			},
			{
				displayName: 'Register With Huawei',
				name: 'register',
				type: 'boolean',
				default: false,
				description:
					"Whether activating the workflow registers its URL through Huawei's webhook configuration API (and deactivating removes it). Off: paste the URL in the admin portal yourself.",
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					replayWindowProperty(
						HUAWEI_RETRY_SECONDS,
						'Huawei retries a failed push for up to 24 hours and may keep the original timestamp, so the default is 24 hours; retries inside it are caught by event identity.',
					),
				],
			},
		],
	};

	// The credential's test (n8n asks every node that lists the credential).
	methods = { credentialTest };

	webhookMethods = {
		default: {
			// Without "Register With Huawei" there is nothing to look up: the URL lives in Huawei's portal.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				if (!this.getNodeParameter('register', false)) return true;
				return await isRegistered(this, this.getNodeWebhookUrl('default') as string);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (!this.getNodeParameter('register', false)) return true;
				await register(this, this.getNodeWebhookUrl('default') as string);
				return true;
			},
			// Removes only what this node registered, even if "Register With Huawei" was turned off since.
			async delete(this: IHookFunctions): Promise<boolean> {
				await unregister(this);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials('huaweiCloudMeetingApi');
		const key = String(credentials.webhookSubscriberKey ?? '');
		if (!key)
			return refuse(this, 401, 'the credential has no webhook key (field "for the trigger")');
		const reading = readHuaweiPush(this, key);
		if (!reading.ok) return refuse(this, 400, reading.reason);
		const { push } = reading;
		const info = push.eventInfo;
		const expectedApp = String(credentials.webhookSubscriberId ?? '').trim();
		if (expectedApp && push.appID !== expectedApp)
			return refuse(this, 403, 'appID does not match the credential');
		if (!reading.verified) return refuse(this, 401, 'bad signature');
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const windowSeconds = Number(options.replayWindow ?? HUAWEI_RETRY_SECONDS);
		if (!isFresh(toMillis(push.timestamp), windowSeconds))
			return refuse(this, 401, 'stale or future timestamp');

		const res = responseOf(this);
		const event = info.event;
		if (event === 'meeting.verify')
			return answerOnly(res, 200, { event: 'meeting.verify', nonce: push.nonce });
		const wanted = this.getNodeParameter('events', []) as string[];
		if (!wanted.includes('*') && !wanted.includes(event)) return answerOnly(res, 200);

		const payload = (info.payload ?? {}) as IDataObject;
		const meeting = (payload.meetingInfo ?? {}) as IDataObject;
		const attendee = (payload.attendeeInfo ?? {}) as IDataObject;
		// Retries may carry a fresh nonce: identify the event by what happened, to whom and when.
		const id = [
			event,
			meeting.meetingUUID ?? meeting.meetingID,
			info.timestamp,
			attendee.participantID ?? attendee.userUUID ?? '',
		].join('|');
		// Remembered for as long as a retry or a replay inside the window can arrive, bounded by count.
		const rememberMs =
			Math.max(HUAWEI_RETRY_SECONDS, Number.isFinite(windowSeconds) ? windowSeconds : 0) * 1000;
		if (!dedupeStoreFor(dedupeKey(this), rememberMs, HUAWEI_DEDUPE_ENTRIES).firstSeen(id))
			return answerOnly(res, 200);

		const item = eventItem({
			event,
			timeMs: toMillis(info.timestamp ?? push.timestamp),
			ids: { meetingId: meeting.meetingID, meetingUUID: meeting.meetingUUID, appId: push.appID },
			fields: flattenOnce(payload),
			// The signed event only: the signature and nonce around it would let anyone replay the push.
			raw: info,
		});
		answerOnly(res, 200);
		return { noWebhookResponse: true, workflowData: [[item]] };
	}
}
