'use strict';
// A fake DingTalk HTTP-push sender: encrypts and signs events as DingTalk's server does
// (DingCallbackCrypto.java: AES-256-CBC, IV = key[0..16], PKCS#7 to 32-byte blocks, sha1 over the
// sorted token/timestamp/nonce/encrypt), independently of the node's own code, and checks the
// encrypted "success" reply the way DingTalk does.
const crypto = require('node:crypto');
const { deliver } = require('../webhook');

class DingTalkPusher {
	constructor({ token, aesKey, ownerKey }) {
		Object.assign(this, { token, aesKey, ownerKey });
		this.key = Buffer.from(`${aesKey}=`, 'base64');
	}

	sign(timestamp, nonce, encrypt) {
		return crypto
			.createHash('sha1')
			.update([this.token, String(timestamp), nonce, encrypt].sort().join(''))
			.digest('hex');
	}

	encrypt(text, { ownerKey = this.ownerKey, random = crypto.randomBytes(8).toString('hex') } = {}) {
		const msg = Buffer.from(text, 'utf8');
		const len = Buffer.alloc(4);
		len.writeUInt32BE(msg.length);
		const plain = Buffer.concat([Buffer.from(random), len, msg, Buffer.from(ownerKey)]);
		const pad = 32 - (plain.length % 32);
		const cipher = crypto
			.createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16))
			.setAutoPadding(false);
		return Buffer.concat([
			cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
			cipher.final(),
		]).toString('base64');
	}

	decrypt(encrypt) {
		const decipher = crypto
			.createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16))
			.setAutoPadding(false);
		let plain = Buffer.concat([decipher.update(Buffer.from(encrypt, 'base64')), decipher.final()]);
		plain = plain.subarray(0, plain.length - plain[plain.length - 1]);
		const len = plain.readUInt32BE(16);
		return {
			message: plain.subarray(20, 20 + len).toString('utf8'),
			owner: plain.subarray(20 + len).toString('utf8'),
		};
	}

	/** What DingTalk accepts as an answer: a valid signature over an encrypted "success". */
	replyIsSuccess(json) {
		if (!json || !json.encrypt) return false;
		if (this.sign(json.timeStamp, json.nonce, json.encrypt) !== json.msg_signature) return false;
		const { message, owner } = this.decrypt(json.encrypt);
		return message === 'success' && owner === this.ownerKey;
	}

	/** The request DingTalk would send for `event`; `tamper` changes one part to forge it. */
	request(
		event,
		{
			timestamp = Date.now(),
			nonce = crypto.randomBytes(6).toString('hex'),
			ownerKey,
			tamper,
		} = {},
	) {
		const encrypt = this.encrypt(typeof event === 'string' ? event : JSON.stringify(event), {
			ownerKey,
		});
		let signature = this.sign(timestamp, nonce, encrypt);
		if (tamper === 'signature') signature = signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
		return { query: { signature, timestamp: String(timestamp), nonce }, body: { encrypt } };
	}

	async push(baseUrl, event, options) {
		return deliver(baseUrl, this.request(event, options));
	}
}

/** A sample event of each kind the trigger lists (shapes from DingTalk's event pages). */
function sampleEvent(type, extra = {}) {
	const base = {
		EventType: type,
		EventTime: Date.now(),
		CorpId: 'ding-corp-1',
		BizId: `biz-${crypto.randomUUID()}`,
		eventId: crypto.randomUUID(),
	};
	if (type === 'meeting_status_change_target_push') {
		Object.assign(base, {
			openConfModel: {
				conferenceId: 'conf-1',
				title: 'Weekly',
				roomCode: '123',
				status: 2,
				creatorId: 'union-1',
			},
			statusSeqNum: 1,
			changeScene: 'conference_created',
		});
	} else if (type === 'meeting_member_status_change_target_push') {
		Object.assign(base, {
			openMemberModels: [{ userId: 'union-2', conferenceId: 'conf-1', attendStatus: 3 }],
			statusSeqNum: 2,
			changeScene: 'user_join',
		});
	} else if (type === 'user_leave_org') {
		Object.assign(base, { UserId: ['user-9'], TimeStamp: String(Date.now()) });
	}
	return { ...base, ...extra };
}

module.exports = { DingTalkPusher, sampleEvent };
