import type { IWebhookFunctions } from 'n8n-workflow';

import { parseStrictJson, StrictJsonError } from './strictJson';

/** A delivery's body, parsed once: the object the node verifies is the object the workflow gets. */
export type JsonDelivery =
	| { ok: true; text: string; body: Record<string, unknown>; spans: Map<string, [number, number]> }
	| { ok: false; reason: string };

/**
 * The body exactly as the vendor sent it: signatures are computed over these bytes. Undefined when
 * n8n kept only a parsed copy — JSON.parse has already merged duplicate keys there, so such a body
 * cannot be checked strictly (n8n keeps `rawBody` for webhook requests).
 */
export function rawBodyOf(ctx: IWebhookFunctions): string | undefined {
	const req = ctx.getRequestObject() as unknown as { rawBody?: Buffer | string; body?: unknown };
	if (Buffer.isBuffer(req.rawBody)) return req.rawBody.toString('utf8');
	if (typeof req.rawBody === 'string') return req.rawBody;
	return typeof req.body === 'string' ? req.body : undefined;
}

/** Parses `text` strictly (no duplicate keys, nothing after the value) as a JSON object. */
export function parseJsonObject(text: string): JsonDelivery {
	try {
		const { value, spans } = parseStrictJson(text);
		if (typeof value !== 'object' || value === null || Array.isArray(value))
			return { ok: false, reason: 'the body is not a JSON object' };
		return { ok: true, text, body: value as Record<string, unknown>, spans };
	} catch (error) {
		// The parser throws StrictJsonError only (its depth limit keeps the stack bounded).
		return {
			ok: false,
			reason: `the body is not strict JSON: ${error instanceof StrictJsonError ? error.message : 'unreadable'}`,
		};
	}
}

/** The request body as one strictly parsed JSON object (see parseJsonObject). */
export function readJsonDelivery(ctx: IWebhookFunctions): JsonDelivery {
	const text = rawBodyOf(ctx);
	if (text === undefined) return { ok: false, reason: 'n8n kept no raw body to verify' };
	return parseJsonObject(text);
}

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys of `object` outside `allowed`: text a signature did not cover. */
export function extraKeys(object: Record<string, unknown>, allowed: readonly string[]): string[] {
	return Object.keys(object).filter((key) => !allowed.includes(key));
}

/**
 * A query parameter given once: '' when absent, null when repeated or not text (`?a=1&a=2` reaches
 * the node as an array, which String() would join into something nobody signed).
 */
export function queryText(query: Record<string, unknown>, name: string): string | null {
	const value = query[name];
	if (value === undefined) return '';
	return typeof value === 'string' ? value : null;
}
