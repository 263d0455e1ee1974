import { createHmac, randomBytes } from 'node:crypto';

import { refuseRedirects } from './httpRequestNode';
import type { TokenAuth } from './tokenAuth';
import { tokenFor } from './tokenAuth';
import { TokenCache, credentialKey } from './tokenCache';

export interface TencentCredentials {
	sdkAppId: number | string;
	secretKey: string;
	identifier: string;
	region: string;
	baseUrl?: string;
	accessToken?: string;
}

export const TENCENT = 'Tencent Cloud Chat';

/** How long a signature is valid. Tencent advises at least 24 h for server-side admin calls. */
export const USERSIG_TTL_SECONDS = 86400;

export const REGION_HOSTS: Record<string, string> = {
	china: 'console.tim.qq.com',
	singapore: 'adminapisgp.im.qcloud.com',
	seoul: 'adminapikr.im.qcloud.com',
	frankfurt: 'adminapiger.im.qcloud.com',
	siliconValley: 'adminapiusa.im.qcloud.com',
	jakarta: 'adminapiidn.im.qcloud.com',
	tokyo: 'adminapijpn.im.qcloud.com',
	mumbai: 'adminapiind.im.qcloud.com',
};

export function tencentBaseUrl(creds: Pick<TencentCredentials, 'region' | 'baseUrl'>): string {
	if (creds.region === 'custom') return String(creds.baseUrl ?? '').replace(/\/+$/, '');
	return `https://${REGION_HOSTS[creds.region] ?? REGION_HOSTS.china}`;
}

/** Cache key: changes with the app, the admin or the key, never holds the key itself. */
function tencentKey(creds: TencentCredentials): string {
	return credentialKey(
		'tencent',
		String(creds.sdkAppId).trim(),
		String(creds.identifier).trim(),
		creds.secretKey,
	);
}

function adler32(data: Uint8Array): number {
	let a = 1;
	let b = 0;
	for (const byte of data) {
		a = (a + byte) % 65521;
		b = (b + a) % 65521;
	}
	return ((b << 16) | a) >>> 0;
}

/**
 * A zlib stream made of stored (uncompressed) deflate blocks. Any valid zlib stream inflates to the
 * same bytes, and node:zlib is off limits in community nodes, so no compression is attempted.
 */
export function zlibStored(data: Uint8Array): Buffer {
	const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
	const max = 65535;
	let offset = 0;
	do {
		const part = data.subarray(offset, offset + max);
		offset += part.length;
		const header = Buffer.alloc(5);
		header[0] = offset >= data.length ? 1 : 0; // BFINAL, BTYPE=00
		header.writeUInt16LE(part.length, 1);
		header.writeUInt16LE(~part.length & 0xffff, 3);
		parts.push(header, Buffer.from(part));
	} while (offset < data.length);
	const trailer = Buffer.alloc(4);
	trailer.writeUInt32BE(adler32(data), 0);
	parts.push(trailer);
	return Buffer.concat(parts);
}

/** TLSSigAPIv2 UserSig, as Tencent's tls-sig-api-v2 builds it, for a given time (seconds). */
export function genUserSig(
	sdkAppId: number,
	secretKey: string,
	identifier: string,
	expire: number,
	nowSeconds: number,
): string {
	const time = Math.floor(nowSeconds);
	const content =
		`TLS.identifier:${identifier}\n` +
		`TLS.sdkappid:${sdkAppId}\n` +
		`TLS.time:${time}\n` +
		`TLS.expire:${expire}\n`;
	const sig = createHmac('sha256', secretKey).update(content).digest('base64');
	// Key order matters to nobody but keeps the document identical to the official library's.
	const doc = {
		'TLS.ver': '2.0',
		'TLS.identifier': `${identifier}`,
		'TLS.sdkappid': Number(sdkAppId),
		'TLS.time': time,
		'TLS.expire': Number(expire),
		'TLS.sig': sig,
	};
	return zlibStored(Buffer.from(JSON.stringify(doc), 'utf8'))
		.toString('base64')
		.replace(/\+/g, '*')
		.replace(/\//g, '-')
		.replace(/=/g, '_');
}

const lastIssued = new Map<string, { time: number; expire: number }>();

/**
 * The UserSig, made locally (Tencent's "token" is a signature, so issuing needs no request). A
 * renewal in the same second as the rejected one would give the very same string, so then the
 * validity is shortened by a second, which changes the signature.
 */
export const tencentAuth: TokenAuth<TencentCredentials> = {
	vendor: TENCENT,
	// Renew an hour before Tencent would answer 70001.
	cache: new TokenCache<string>(3600),
	key: tencentKey,
	issue: async (_http, creds) => {
		const key = tencentKey(creds);
		const time = Math.floor(Date.now() / 1000);
		const last = lastIssued.get(key);
		let expire = USERSIG_TTL_SECONDS;
		if (last && last.time === time && last.expire <= expire) expire = last.expire - 1;
		if (lastIssued.size > 10000) lastIssued.clear();
		lastIssued.set(key, { time, expire });
		const value = genUserSig(
			Number(creds.sdkAppId),
			creds.secretKey,
			String(creds.identifier).trim(),
			expire,
			time,
		);
		return { value, ttlSeconds: expire };
	},
	secretFields: ['secretKey'],
	/**
	 * Signs each request: Tencent wants the SDKAppID, the admin, a UserSig and a fresh random
	 * number in the query string. The node's transport hands in the UserSig it holds; elsewhere (the
	 * HTTP Request node) it comes from the same cache. No HTTP is needed to make one. No redirect is
	 * followed: the signature is valid for any request of the app until it expires.
	 */
	async authenticate(credentials, requestOptions) {
		const creds = credentials as unknown as TencentCredentials;
		const usersig =
			creds.accessToken ||
			(await tokenFor(tencentAuth, async () => await Promise.reject(new Error('no HTTP')), creds));
		requestOptions.qs = {
			...(requestOptions.qs ?? {}),
			sdkappid: String(creds.sdkAppId).trim(),
			identifier: String(creds.identifier).trim(),
			usersig,
			random: randomUint32(),
			contenttype: 'json',
		};
		return refuseRedirects(requestOptions);
	},
};

/** Tencent wants a fresh random unsigned 32-bit number on every request. */
export function randomUint32(): number {
	return randomBytes(4).readUInt32BE(0);
}
