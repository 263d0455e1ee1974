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
		return crypto.createHmac('sha256', key).update(`${appId}${timestamp}${nonce}${eventInfoJson}`).digest('hex');
	}

	request(eventInfo, { appId = this.appId, key = this.key, timestamp = Date.now(), nonce = String(crypto.randomInt(1e8)), indent = 0 } = {}) {
		const signature = HuaweiPusher.sign(key, appId, timestamp, nonce, JSON.stringify(eventInfo));
		return { body: JSON.stringify({ appID: appId, timestamp, nonce, signature, eventInfo }, null, indent || undefined) };
	}

	async push(baseUrl, eventInfo, options) {
		return deliver(baseUrl, this.request(eventInfo, options));
	}
}

function sampleEvent(event, { meetingUUID = crypto.randomUUID(), attendee } = {}) {
	const payload = { meetingInfo: { meetingID: '987446316', meetingUUID, meetingCycleSubID: '' } };
	if (attendee || event === 'meeting.join' || event === 'meeting.left') {
		payload.attendeeInfo = { userUUID: 'uuid-7', account: 'frank', participantID: 'p-7', displayName: 'Frank', joinTime: Date.now(), role: 0, ...attendee };
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
