import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { HttpAnswer } from '../../credentials/common/answer';
import { vendorError } from './errors';
import { judgeTransport } from './http';
import type { Verdict } from './http';
import { sendWithPolicy } from './policy';
import { runState } from './run';
import { scrubbed } from './scrub';

export interface DownloadCall {
	/** A file link the vendor handed out (object storage: another host than its API). */
	url: string;
	/** Refuse a file larger than this, before reading any of it. */
	maxBytes: number;
	/** What the file is (the recording, the file type): named in every error. */
	context?: IDataObject;
}

export interface Downloaded {
	/** The response body as it arrives: hand it to n8n's prepareBinaryData, which reads it once. */
	stream: NodeJS.ReadableStream;
	bytes: number;
	contentType?: string;
}

/** The link without its query, which may hold a signature: what errors may name. */
export function linkForErrors(url: string): string {
	return url.replace(/[?#].*$/, '');
}

/**
 * Fetches a file link as a stream, through the kernel's policy (timeout, bounded retries, no
 * redirect followed) but with NO credentials: the link's host is not the vendor's API, so neither
 * the API token nor the credential's `authenticate` may travel there. The size is checked from
 * Content-Length before any byte is read; without one the file is refused (its size must be known,
 * since the body is handed on unread). The link's query (a signature) stays out of errors.
 */
export async function downloadFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	vendor: string,
	call: DownloadCall,
): Promise<Downloaded> {
	const state = runState(ctx);
	const node = ctx.getNode();
	const shown = linkForErrors(call.url);
	const context: IDataObject = { ...(call.context ?? {}), file: shown };
	// The signature is a secret of this run: scrubbed from anything reported.
	const query = call.url.slice(shown.length + 1);
	if (query.length >= 8) state.scrubber.add(query);
	if (!/^https?:\/\/[^/?#]+/i.test(call.url))
		throw vendorError(
			node,
			vendor,
			{ code: 'BAD_LINK', message: `The file link is not an http(s) URL: ${shown}` },
			itemIndex,
			context,
		);
	let body: NodeJS.ReadableStream | undefined;
	const judge = (answer: HttpAnswer): Verdict => {
		const verdict: Verdict =
			judgeTransport(answer) ??
			(answer.statusCode === 200
				? { kind: 'ok' }
				: {
						kind: 'fatal',
						failure: {
							code: `HTTP_${answer.statusCode}`,
							message: 'The file storage refused the download',
							httpCode: answer.statusCode,
							advice:
								'Download links expire (Huawei: within an hour, after one use); get a fresh link and try again.',
						},
					});
		// A refused answer's body is never read: drop its connection.
		if (verdict.kind !== 'ok') (answer.body as { destroy?: () => void })?.destroy?.();
		return verdict;
	};
	try {
		const answer = await sendWithPolicy({
			vendor,
			node,
			itemIndex,
			// Reading a file twice changes nothing.
			idempotent: true,
			retry: state.options.retry,
			context,
			stopped: () => state.stopped,
			judge,
			send: async () => {
				const res = (await ctx.helpers.httpRequest({
					method: 'GET',
					url: call.url,
					encoding: 'stream',
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
					disableFollowRedirect: true,
					timeout: state.options.timeoutMs,
				})) as { statusCode: number; headers?: IDataObject; body: unknown };
				// The body stays a stream: `json: false`, so no judge parses it.
				return {
					statusCode: res.statusCode,
					headers: res.headers ?? {},
					body: res.body,
					json: false,
				};
			},
		});
		body = answer.body as NodeJS.ReadableStream;
		const length = answer.headers['content-length'];
		const bytes = Number(length);
		if (length === undefined || !Number.isSafeInteger(bytes) || bytes < 0) {
			throw new NodeOperationError(
				node,
				`The file storage sent no file size (Content-Length) for item ${itemIndex + 1}, so the file was not downloaded`,
				{ itemIndex, description: `File: ${shown}. Its size must be known before it is read.` },
			);
		}
		if (bytes > call.maxBytes) {
			throw new NodeOperationError(
				node,
				`The file of item ${itemIndex + 1} is ${bytes} bytes, above Max File Size (${call.maxBytes} bytes), so it was not downloaded`,
				{
					itemIndex,
					description: `File: ${shown}. Raise Max File Size (Options) to download it; nothing of it was read.`,
				},
			);
		}
		const type = answer.headers['content-type'];
		return { stream: body, bytes, contentType: type ? String(type) : undefined };
	} catch (error) {
		(body as { destroy?: () => void } | undefined)?.destroy?.();
		throw scrubbed(error, state.scrubber);
	}
}
