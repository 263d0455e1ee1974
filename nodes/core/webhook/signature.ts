import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two signatures; different lengths are simply unequal. */
export function safeEqual(expected: string, received: string, caseInsensitive = false): boolean {
	const a = Buffer.from(caseInsensitive ? expected.toLowerCase() : expected, 'utf8');
	const b = Buffer.from(caseInsensitive ? received.toLowerCase() : received, 'utf8');
	// timingSafeEqual throws on unequal lengths; comparing a against itself keeps the timing flat.
	if (a.length !== b.length) {
		timingSafeEqual(a, a);
		return false;
	}
	return timingSafeEqual(a, b);
}

export function sha1Hex(text: string): string {
	return createHash('sha1').update(text, 'utf8').digest('hex');
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function hmacSha256Hex(key: string, text: string): string {
	return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
