import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { ReplyTarget } from './respond';
import { reply, sealResponse } from './respond';

export interface Decision {
	/** When no acceptable answer came by then, `fallback` goes out. */
	deadlineMs: number;
	fallback: IDataObject;
	/** Whether the workflow's answer is one the vendor understands. */
	accept(answer: unknown): boolean;
	/** Called with the reason whenever the fallback goes out. */
	onFallback(reason: string): void;
}

function bodyOf(chunk: unknown): unknown {
	if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return chunk;
	try {
		return JSON.parse(String(chunk));
	} catch {
		return undefined;
	}
}

/**
 * "The workflow decides" under a vendor deadline, in real n8n. The webhook's response mode is
 * `lastNode`: when the run ends n8n answers with the last node's first item — or, when the run failed
 * or gave no item, with a 500 such as `{"message":"Error in workflow"}`. n8n 1.x and 2.x both write
 * that answer through this request's Express response (`res.status()` then `res.json()`/`res.send()`,
 * in WebhookRequestHandler / ResponseHelper), on the process that received the request, also in queue
 * mode. So the answer is intercepted here: an acceptable 2xx answer goes out as is; anything else
 * (an error status, no item, an item that is not an answer) is replaced by the fallback; and if
 * nothing came by the deadline the fallback goes out then. The first wins; later writes are dropped.
 */
export function decideWithin(res: ReplyTarget, decision: Decision): void {
	const target = res as unknown as Record<string, unknown> & { statusCode?: number };
	const original = { json: target.json, send: target.send, end: target.end };
	let done = false;
	const finish = (answer: IDataObject, why?: string) => {
		if (done) return;
		done = true;
		Object.assign(target, original);
		if (why) decision.onFallback(why);
		reply(res, 200, answer);
		sealResponse(res);
	};
	const intercept = (chunk?: unknown) => {
		const status = Number(target.statusCode ?? 200);
		const answer = bodyOf(chunk);
		if (status >= 200 && status < 300 && decision.accept(answer)) finish(answer as IDataObject);
		else
			finish(
				decision.fallback,
				status >= 300
					? `n8n answered HTTP ${status} (the workflow failed)`
					: "the last node's first item is not an answer",
			);
		return res;
	};
	target.json = intercept;
	target.send = intercept;
	target.end = intercept;
	void sleep(decision.deadlineMs).then(() =>
		finish(decision.fallback, `the workflow did not answer within ${decision.deadlineMs} ms`),
	);
}
