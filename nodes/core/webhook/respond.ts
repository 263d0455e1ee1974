import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/** The part of Express's response object the triggers use. */
export interface ReplyTarget {
	headersSent: boolean;
	status(code: number): ReplyTarget;
	json(body: unknown): unknown;
	end(body?: string): unknown;
	setHeader(name: string, value: string): unknown;
}

export function responseOf(ctx: IWebhookFunctions): ReplyTarget {
	return ctx.getResponseObject() as unknown as ReplyTarget;
}

/** Answers the vendor: JSON when a body is given, an empty 200 otherwise. */
export function reply(res: ReplyTarget, status: number, body?: IDataObject): void {
	if (res.headersSent) return;
	if (body === undefined) res.status(status).end();
	else res.status(status).json(body);
}

/**
 * Refuses a delivery: answers `status` with a generic message (never the expected signature or a
 * secret), logs why for the operator, and starts no execution.
 */
export function refuse(
	ctx: IWebhookFunctions,
	status: number,
	reason: string,
): IWebhookResponseData {
	ctx.logger.warn(`${ctx.getNode().name}: refused a delivery: ${reason}`);
	reply(responseOf(ctx), status, {
		error: status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Bad Request',
	});
	return { noWebhookResponse: true };
}

/** Answers at once and starts no execution (handshakes, filtered-out events, duplicates). */
export function answerOnly(
	res: ReplyTarget,
	status: number,
	body?: IDataObject,
): IWebhookResponseData {
	reply(res, status, body);
	return { noWebhookResponse: true };
}

/**
 * After the trigger answered on its own (a decision deadline passed), later writes by n8n — the
 * last node's answer arriving too late — must not reach a closed response: they become no-ops.
 */
export function sealResponse(res: ReplyTarget): void {
	const target = res as unknown as Record<string, unknown>;
	const noop = function (this: unknown) {
		return this;
	};
	for (const method of [
		'status',
		'json',
		'send',
		'end',
		'setHeader',
		'header',
		'set',
		'writeHead',
		'write',
		'type',
		'contentType',
	]) {
		if (typeof target[method] === 'function') target[method] = noop;
	}
}
