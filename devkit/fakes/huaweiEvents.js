'use strict';
// A fake Huawei Cloud Meeting event pusher: signature = hex HMAC-SHA256(key, appID + timestamp +
// nonce + eventInfo JSON), body {appID, timestamp, nonce, signature, eventInfo}. Can send the body
// indented (as Huawei's doc pages print it) while signing compact JSON (as Huawei's samples do).
const crypto = require('node:crypto');
const { deliver } = require('../webhook');

class HuaweiPusher {
	constructor({ appId, key }) {
		Object.assign(this, { appId, key });
	}

	static sign(key, appId, timestamp, nonce, eventInfoJson) {
		return crypto
			.createHmac('sha256', key)
			.update(`${appId}${timestamp}${nonce}${eventInfoJson}`)
			.digest('hex');
	}

	/** `eventInfoText` signs and sends that exact text as eventInfo (to sign what JSON.stringify cannot produce). */
	request(
		eventInfo,
		{
			appId = this.appId,
			key = this.key,
			timestamp = Date.now(),
			nonce = String(crypto.randomInt(1e8)),
			indent = 0,
			eventInfoText,
		} = {},
	) {
		const signature = HuaweiPusher.sign(
			key,
			appId,
			timestamp,
			nonce,
			eventInfoText ?? JSON.stringify(eventInfo),
		);
		if (eventInfoText !== undefined)
			return {
				body: `{"appID":${JSON.stringify(appId)},"timestamp":${timestamp},"nonce":${JSON.stringify(nonce)},"signature":"${signature}","eventInfo":${eventInfoText}}`,
			};
		return {
			body: JSON.stringify(
				{ appID: appId, timestamp, nonce, signature, eventInfo },
				null,
				indent || undefined,
			),
		};
	}

	async push(baseUrl, eventInfo, options) {
		return deliver(baseUrl, this.request(eventInfo, options));
	}
}

function sampleEvent(event, { meetingUUID = crypto.randomUUID(), attendee } = {}) {
	const payload = { meetingInfo: { meetingID: '987446316', meetingUUID, meetingCycleSubID: '' } };
	if (attendee || event === 'meeting.join' || event === 'meeting.left') {
		payload.attendeeInfo = {
			userUUID: 'uuid-7',
			account: 'frank',
			participantID: 'p-7',
			displayName: 'Frank',
			joinTime: Date.now(),
			role: 0,
			...attendee,
		};
	}
	return { event, timestamp: Date.now(), payload };
}

/** Huawei's own "Event of Verifying Configuration Enabling" sample, byte for byte (key "123456"). */
const OFFICIAL_VERIFY_SAMPLE = {
	key: '123456',
	appId: '1988692299',
	body: '{\n  "appID": "1988692299",\n  "timestamp": 1629183619116,\n  "nonce": "85262798",\n  "signature": "262ccb5f8854f824c41ea5854ba1798bfa850706fbc85b2be9fd7535ed6b8ff3",\n  "eventInfo": {\n\t"event": "meeting.verify",\n\t"timestamp": 1629183619116\n  }\n}',
};

module.exports = { HuaweiPusher, sampleEvent, OFFICIAL_VERIFY_SAMPLE };

/**
 * Adds Huawei's webhook configuration API to a FakeHuawei: set / show / change-status / delete under
 * /v1/mmc/management/webhook, behind the same X-Access-Token check. Enabling (status 0) sends
 * meeting.verify to the URL and fails unless the answer echoes the nonce, as Huawei does.
 */
function addWebhookConfigApi(fake) {
	const handle = fake.handle.bind(fake);
	fake.webhookConfig = undefined;
	fake.handle = async (r) => {
		if (!r.path.startsWith('/v1/mmc/management/webhook/')) return handle(r);
		const entry = fake.tokens.get(r.headers['x-access-token']);
		if (!entry || entry.expiresAt <= Date.now())
			return fake.err(r, 401, 'USG.000000004', 'Token expired or invalid.');
		const cfg = fake.webhookConfig;
		if (r.path.endsWith('/link-config') && r.method === 'POST') {
			const { subscriberId, subscriberKey, url } = r.body ?? {};
			if (!subscriberId || !subscriberKey || !url)
				return fake.err(
					r,
					400,
					'MMC.111070001',
					'subscriberId, subscriberKey and url are required',
				);
			fake.webhookConfig = {
				id: crypto.randomBytes(8).toString('hex'),
				subscriberId,
				subscriberKey,
				url,
				status: 1,
			};
			return { status: 200, body: undefined };
		}
		if (r.path.endsWith('/link-config') && r.method === 'GET') {
			return {
				status: 200,
				body: cfg
					? {
							returnCode: 0,
							returnDesc: 'success',
							id: cfg.id,
							subscriberId: cfg.subscriberId,
							url: cfg.url,
							status: cfg.status,
						}
					: { returnCode: 0 },
			};
		}
		if (r.path.endsWith('/link-config') && r.method === 'DELETE') {
			if (!cfg || cfg.id !== r.query.id)
				return fake.err(r, 404, 'MMC.111070004', 'config not found');
			fake.webhookConfig = undefined;
			return { status: 200, body: undefined };
		}
		if (r.path.endsWith('/change-status') && r.method === 'PUT') {
			if (!cfg || cfg.id !== r.query.id)
				return fake.err(r, 404, 'MMC.111070004', 'config not found');
			if (String(r.query.status) === '0') {
				const pusher = new HuaweiPusher({ appId: cfg.subscriberId, key: cfg.subscriberKey });
				const { body } = pusher.request(
					{ event: 'meeting.verify', timestamp: Date.now() },
					{ nonce: 'verify-nonce-1' },
				);
				const res = await fetch(cfg.url, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body,
				}).catch(() => undefined);
				const answer = res && (await res.json().catch(() => undefined));
				if (answer?.event !== 'meeting.verify' || answer?.nonce !== 'verify-nonce-1')
					return fake.err(r, 400, 'MMC.111070005', 'verification of the URL failed');
			}
			cfg.status = Number(r.query.status);
			return { status: 200, body: undefined };
		}
		return fake.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
	};
	return fake;
}

module.exports.addWebhookConfigApi = addWebhookConfigApi;
