import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { sha1Hex } from '../core/webhook';

// DingTalk's HTTP-push crypto (DingCallbackCrypto.java): AES-256-CBC, IV = first 16 key bytes,
// PKCS#7 padding to 32-byte blocks. Node's built-in unpadding only knows 16-byte blocks and throws
// on DingTalk's pads of 17..32, so padding is added and stripped by hand.
const BLOCK = 32;

export type Decrypted =
	| { ok: true; message: string }
	| { ok: false; kind: 'malformed' | 'owner'; reason: string };

function keyOf(aesKey: string): Buffer | undefined {
	const key = Buffer.from(`${aesKey.trim()}=`, 'base64');
	return key.length === 32 ? key : undefined;
}

/** sha1 over the lexicographically sorted token, timestamp, nonce and ciphertext. */
export function dingTalkSignature(
	token: string,
	timestamp: string,
	nonce: string,
	encrypt: string,
): string {
	return sha1Hex([token, timestamp, nonce, encrypt].sort().join(''));
}

/** Decrypts a push's `encrypt` field; the trailing owner key must match (AppKey, suiteKey or corpId). */
export function dingTalkDecrypt(aesKey: string, encrypt: string, ownerKey: string): Decrypted {
	const bad = (reason: string): Decrypted => ({ ok: false, kind: 'malformed', reason });
	const key = keyOf(aesKey);
	if (!key) return bad('the AES key must be the 43 characters the console shows');
	let plain: Buffer;
	try {
		const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
		decipher.setAutoPadding(false);
		plain = Buffer.concat([decipher.update(Buffer.from(encrypt, 'base64')), decipher.final()]);
	} catch (error) {
		return bad(
			`the payload could not be decrypted (${error instanceof Error ? error.message : 'unknown'})`,
		);
	}
	const pad = plain.length ? plain[plain.length - 1] : 0;
	if (pad < 1 || pad > BLOCK || pad > plain.length) return bad('bad padding');
	plain = plain.subarray(0, plain.length - pad);
	if (plain.length < 20) return bad('the payload is too short');
	const length = plain.readUInt32BE(16);
	if (20 + length > plain.length) return bad('bad length field');
	if (plain.subarray(20 + length).toString('utf8') !== ownerKey) {
		return {
			ok: false,
			kind: 'owner',
			reason: 'the payload belongs to another app (owner key mismatch)',
		};
	}
	return { ok: true, message: plain.subarray(20, 20 + length).toString('utf8') };
}

function randomAscii(length: number): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	return Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
}

/** Encrypts `message` the way DingTalk expects replies (and, in the tests' fake, pushes). */
export function dingTalkEncrypt(
	aesKey: string,
	message: string,
	ownerKey: string,
	random = randomAscii(16),
): string {
	const key = keyOf(aesKey) ?? Buffer.alloc(32);
	const body = Buffer.from(message, 'utf8');
	const length = Buffer.alloc(4);
	length.writeUInt32BE(body.length, 0);
	const plain = Buffer.concat([
		Buffer.from(random, 'utf8'),
		length,
		body,
		Buffer.from(ownerKey, 'utf8'),
	]);
	const pad = BLOCK - (plain.length % BLOCK);
	const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
	cipher.setAutoPadding(false);
	return Buffer.concat([
		cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
		cipher.final(),
	]).toString('base64');
}

/** The encrypted "success" map DingTalk requires as the answer to every push, handshake included. */
export function dingTalkSuccessReply(
	token: string,
	aesKey: string,
	ownerKey: string,
	now = Date.now(),
) {
	const timeStamp = String(now);
	const nonce = randomAscii(16);
	const encrypt = dingTalkEncrypt(aesKey, 'success', ownerKey);
	return {
		msg_signature: dingTalkSignature(token, timeStamp, nonce, encrypt),
		timeStamp,
		nonce,
		encrypt,
	};
}
