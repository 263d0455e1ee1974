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
	rawBodyOf,
	refuse,
	replayWindowProperty,
	responseOf,
	toMillis,
} from '../core/webhook';
import { isRegistered, register, unregister } from './registration';
import { verifyHuaweiSignature } from './signature';

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
		credentials: [{ name: 'huaweiCloudMeetingApi', required: true, testedBy: 'huaweiCloudMeetingApiTest' }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
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
					{ name: 'Meeting Ended', value: 'meeting.end', description: 'Can be rejoined until its scheduled end' },
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
					'Whether activating the workflow registers its URL through Huawei\'s webhook configuration API (and deactivating removes it). Off: paste the URL in the admin portal yourself.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					replayWindowProperty(0, 'Off by default: Huawei retries a failed push for up to 24 hours and may keep the original timestamp; duplicates are caught by event identity instead.'),
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
		if (!key) return refuse(this, 401, 'the credential has no webhook key (field "for the trigger")');
		const raw = rawBodyOf(this);
		let body: IDataObject;
		try {
			body = JSON.parse(raw) as IDataObject;
		} catch {
			return refuse(this, 400, 'the body is not JSON');
		}
		const info = body?.eventInfo as IDataObject | undefined;
		if (typeof info !== 'object' || info === null || typeof info.event !== 'string') return refuse(this, 400, 'eventInfo.event is missing');
		const expectedApp = String(credentials.webhookSubscriberId ?? '').trim();
		if (expectedApp && String(body.appID ?? '') !== expectedApp) return refuse(this, 403, 'appID does not match the credential');
		if (!verifyHuaweiSignature(key, raw, body)) return refuse(this, 401, 'bad signature');
		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (!isFresh(toMillis(body.timestamp), Number(options.replayWindow ?? 0))) return refuse(this, 401, 'stale or future timestamp');

		const res = responseOf(this);
		const event = info.event;
		if (event === 'meeting.verify') return answerOnly(res, 200, { event: 'meeting.verify', nonce: body.nonce as string });
		const wanted = this.getNodeParameter('events', []) as string[];
		if (!wanted.includes('*') && !wanted.includes(event)) return answerOnly(res, 200);

		const payload = (info.payload ?? {}) as IDataObject;
		const meeting = (payload.meetingInfo ?? {}) as IDataObject;
		const attendee = (payload.attendeeInfo ?? {}) as IDataObject;
		// Retries may carry a fresh nonce: identify the event by what happened, to whom and when.
		const id = [event, meeting.meetingUUID ?? meeting.meetingID, info.timestamp, attendee.participantID ?? attendee.userUUID ?? ''].join('|');
		if (!dedupeStoreFor(dedupeKey(this)).firstSeen(id)) return answerOnly(res, 200);

		const item = eventItem({
			event,
			timeMs: toMillis(info.timestamp ?? body.timestamp),
			ids: { meetingId: meeting.meetingID, meetingUUID: meeting.meetingUUID, appId: body.appID },
			fields: flattenOnce(payload),
			raw: body,
		});
		answerOnly(res, 200);
		return { noWebhookResponse: true, workflowData: [[item]] };
	}
}
