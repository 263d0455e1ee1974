import type { IWebhookFunctions } from 'n8n-workflow';

import { extraKeys, hmacSha256Hex, isObject, readJsonDelivery, safeEqual } from '../core/webhook';

// Huawei's push: {appID, timestamp, nonce, signature, eventInfo}, signature = hex HMAC-SHA256(key,
// appID + timestamp + nonce + eventInfo JSON). Everything but `signature` is signed, so nothing else
// may be in the body.
const PUSH_KEYS = ['appID', 'timestamp', 'nonce', 'signature', 'eventInfo'] as const;

export interface HuaweiPush {
	appID: string;
	timestamp: number | string;
	nonce: string;
	eventInfo: {
		event: string;
		timestamp?: number | string;
		payload?: Record<string, unknown>;
	} & Record<string, unknown>;
}

export type PushReading =
	| { ok: true; push: HuaweiPush; verified: boolean }
	| { ok: false; reason: string };

export function huaweiSignature(
	key: string,
	appId: string,
	timestamp: string,
	nonce: string,
	eventInfo: string,
): string {
	return hmacSha256Hex(key, appId + timestamp + nonce + eventInfo);
}

const isTime = (v: unknown) =>
	(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) ||
	(typeof v === 'string' && /^\d{1,16}$/.test(v));
const isId = (v: unknown) =>
	v === undefined || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const isOptionalObject = (v: unknown) => v === undefined || isObject(v);

/** Why `body` is not a push this node can trust the shape of, or undefined when it is. */
function shapeProblem(body: Record<string, unknown>): string | undefined {
	const extra = extraKeys(body, PUSH_KEYS);
	if (extra.length)
		return `the body holds keys the signature does not cover (${extra.slice(0, 3).join(', ')})`;
	const { appID, timestamp, nonce, signature, eventInfo: info } = body;
	if (typeof appID !== 'string' || typeof nonce !== 'string' || !isTime(timestamp))
		return 'appID, nonce or timestamp is missing or of the wrong type';
	if (typeof signature !== 'string' || !/^[0-9a-fA-F]{64}$/.test(signature))
		return 'signature is missing or not 64 hex digits';
	if (!isObject(info) || typeof info.event !== 'string') return 'eventInfo.event is missing';
	if (info.timestamp !== undefined && !isTime(info.timestamp))
		return 'eventInfo.timestamp is of the wrong type';
	const payload = info.payload;
	if (!isOptionalObject(payload)) return 'eventInfo.payload is not an object';
	const meeting = (payload as Record<string, unknown> | undefined)?.meetingInfo;
	const attendee = (payload as Record<string, unknown> | undefined)?.attendeeInfo;
	if (!isOptionalObject(meeting) || !isOptionalObject(attendee))
		return 'meetingInfo or attendeeInfo is not an object';
	const m = (meeting ?? {}) as Record<string, unknown>;
	const a = (attendee ?? {}) as Record<string, unknown>;
	if (![m.meetingID, m.meetingUUID, a.participantID, a.userUUID].every(isId))
		return 'a meeting or participant id is of the wrong type';
	return undefined;
}

/**
 * Reads a push once, strictly (no duplicate keys at any depth, nothing outside the signed fields,
 * the expected types), and checks its signature over the `eventInfo` that the workflow will get.
 * Huawei's serialisation of eventInfo is undocumented: the official samples sign compact JSON while
 * printing indented bodies. So the signature is checked over eventInfo's text exactly as received,
 * then over the compact serialisation of the very object parsed from that text.
 */
export function readHuaweiPush(ctx: IWebhookFunctions, key: string): PushReading {
	const delivery = readJsonDelivery(ctx);
	if (!delivery.ok) return delivery;
	const problem = shapeProblem(delivery.body);
	if (problem) return { ok: false, reason: problem };
	const body = delivery.body as unknown as HuaweiPush & { signature: string };
	const head = [body.appID, String(body.timestamp), body.nonce] as const;
	const [start, end] = delivery.spans.get('eventInfo') as [number, number];
	const candidates = [delivery.text.slice(start, end), JSON.stringify(body.eventInfo)];
	let verified = false;
	// Check every candidate so the time taken does not depend on which one matched.
	for (const candidate of candidates)
		if (safeEqual(huaweiSignature(key, ...head, candidate), body.signature, true)) verified = true;
	return {
		ok: true,
		push: {
			appID: body.appID,
			timestamp: body.timestamp,
			nonce: body.nonce,
			eventInfo: body.eventInfo,
		},
		verified,
	};
}
