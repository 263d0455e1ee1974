import { hmacSha256Hex, safeEqual } from '../core/webhook';

/**
 * The text of the top-level "eventInfo" object exactly as it appears in the body, found by walking
 * the JSON with string awareness. Undefined when there is no such object.
 */
export function rawEventInfo(body: string): string | undefined {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
			continue;
		}
		if (c === '{') depth++;
		else if (c === '}') depth--;
		else if (c === '"') {
			if (depth === 1 && body.startsWith('"eventInfo"', i)) {
				let j = i + '"eventInfo"'.length;
				while (/\s/.test(body[j] ?? '')) j++;
				if (body[j] !== ':') continue;
				j++;
				while (/\s/.test(body[j] ?? '')) j++;
				if (body[j] !== '{') return undefined;
				return body.slice(j, matchingBrace(body, j) + 1);
			}
			inString = true;
		}
	}
	return undefined;
}

function matchingBrace(text: string, start: number): number {
	let depth = 0;
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i;
	}
	return text.length - 1;
}

export function huaweiSignature(key: string, appId: string, timestamp: string, nonce: string, eventInfo: string): string {
	return hmacSha256Hex(key, appId + timestamp + nonce + eventInfo);
}

/**
 * Huawei's serialisation of eventInfo is undocumented: the official samples sign compact JSON while
 * printing indented bodies. Accept the raw text first, then the compact re-serialisation.
 */
export function verifyHuaweiSignature(key: string, body: string, parsed: { appID?: unknown; timestamp?: unknown; nonce?: unknown; signature?: unknown; eventInfo?: unknown }): boolean {
	const given = String(parsed.signature ?? '');
	if (!given) return false;
	const head = [String(parsed.appID ?? ''), String(parsed.timestamp ?? ''), String(parsed.nonce ?? '')] as const;
	const candidates = [rawEventInfo(body), JSON.stringify(parsed.eventInfo)].filter((c): c is string => typeof c === 'string');
	let ok = false;
	// Check every candidate so the time taken does not depend on which one matched.
	for (const candidate of candidates) if (safeEqual(huaweiSignature(key, ...head, candidate), given, true)) ok = true;
	return ok;
}
