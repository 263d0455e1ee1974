import type { IDataObject, ITriggerFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { DINGTALK } from '../../credentials/common/dingtalk';
import { runState, scrubbed, vendorError, wasRefused } from '../core';
import { DedupeStore, eventItem, flattenOnce, toMillis } from '../core/webhook';
import { dingTalk } from '../DingTalk/transport';

// DingTalk Stream mode over Node's built-in WebSocket (Node 22+): open a single-use ticket through
// the kernel, connect, ACK every EVENT, echo SYSTEM pings, reconnect on "disconnect" or close with
// capped backoff, and drop redeliveries by eventId (DingTalk may push an event twice even after an ACK).
interface Frame {
	type?: string;
	headers?: IDataObject;
	data?: string;
}

export interface StreamOptions {
	wanted: string[];
	baseUrl: string;
	clientId: string;
	clientSecret: string;
	/** First reconnect delay; the cap (60×) and the time a connection must last to count as healthy (60×) scale with it. */
	reconnectDelayMs: number;
}

/** A connection silent this long is reopened (DingTalk pings regularly). */
const SILENCE_MS = 180000;
const WATCH_EVERY_MS = 15000;
/** How long deactivation waits for a ticket request in flight before returning anyway. */
const CLOSE_WAIT_MS = 5000;
const OPEN = 1;
const CONNECTING = 0;

/** Capped exponential backoff with jitter: between half and all of min(60·base, base·2^attempt). */
export function reconnectDelay(baseMs: number, attempt: number, random = Math.random): number {
	const ceiling = Math.min(baseMs * 60, baseMs * 2 ** Math.min(attempt, 30));
	return Math.round(ceiling * (0.5 + random() / 2));
}

const isDingTalkHost = (host: string) => /(^|\.)dingtalk\.com$/i.test(host);

/**
 * The WebSocket URL to open, or the reason not to: wss on a DingTalk host or the Base URL's host;
 * plain ws only to the Base URL's own host when that is plain http too (a local gateway or proxy).
 */
export function streamUrl(
	endpoint: unknown,
	ticket: unknown,
	baseUrl: string,
): { url?: string; refused?: string } {
	let url: URL;
	try {
		url = new URL(String(endpoint ?? ''));
	} catch {
		return { refused: 'the ticket answer named no valid WebSocket endpoint' };
	}
	if (typeof ticket !== 'string' || !ticket)
		return { refused: 'the ticket answer carried no ticket' };
	const base = new URL(baseUrl);
	const ownHost = url.hostname === base.hostname;
	const allowed =
		url.protocol === 'wss:'
			? ownHost || isDingTalkHost(url.hostname)
			: url.protocol === 'ws:' && ownHost && base.protocol === 'http:';
	if (!allowed) {
		return {
			refused: `the ticket answer named the WebSocket endpoint ${url.protocol}//${url.host}, which is neither a DingTalk host nor the credential's Base URL host, so n8n did not connect`,
		};
	}
	url.searchParams.set('ticket', ticket);
	return { url: url.toString() };
}

/** Endpoints refused by the host rule: another try would be refused the same way. */
const refusedEndpoints = new WeakSet<object>();

/** Refusals that another try will not fix (a redirect, a bad secret, a foreign endpoint): n8n shows them and reactivates later. */
function isPermanent(error: unknown): boolean {
	if (
		wasRefused(error) ||
		(typeof error === 'object' && error !== null && refusedEndpoints.has(error))
	)
		return true;
	const code = String((error as { httpCode?: unknown })?.httpCode ?? '');
	return /^[34]\d\d$/.test(code) && code !== '408' && code !== '429';
}

export function startStream(
	ctx: ITriggerFunctions,
	options: StreamOptions,
): { close: () => Promise<void> } {
	const state = runState(ctx);
	const node = ctx.getNode();
	const dedupe = new DedupeStore();
	const base = Math.max(1, options.reconnectDelayMs);
	const healthyMs = base * 60;
	let closed = false;
	let onClosed = () => {};
	const closing = new Promise<void>((resolve) => (onClosed = resolve));
	/** A sleep that ends early on deactivation. */
	const pause = async (ms: number) => await Promise.race([sleep(ms), closing]);
	let end: (() => void) | undefined;
	let lastSeen = Date.now();

	const ack = (ws: WebSocket, headers: IDataObject, data: string) =>
		ws.send(
			JSON.stringify({
				code: 200,
				headers: { contentType: 'application/json', messageId: headers.messageId },
				message: 'OK',
				data,
			}),
		);

	const onFrame = (ws: WebSocket, frame: Frame) => {
		const headers = frame.headers ?? {};
		if (frame.type === 'SYSTEM') {
			if (headers.topic === 'ping')
				ws.send(JSON.stringify({ code: 200, headers, message: 'OK', data: frame.data }));
			else if (headers.topic === 'disconnect') end?.();
			return;
		}
		if (frame.type === 'CALLBACK') return ack(ws, headers, JSON.stringify({ response: null }));
		if (frame.type !== 'EVENT') return;
		ack(ws, headers, JSON.stringify({ status: 'SUCCESS', message: 'success' }));
		const type = String(headers.eventType ?? '');
		const id = String(headers.eventId ?? headers.messageId ?? '');
		if (!options.wanted.includes('*') && !options.wanted.includes(type)) return;
		if (id && !dedupe.firstSeen(id)) return;
		let data: IDataObject = {};
		try {
			data = JSON.parse(frame.data ?? '{}') as IDataObject;
		} catch {
			ctx.logger.warn(`${node.name}: DingTalk sent an event whose data is not JSON (${type})`);
		}
		const conference = (data.openConfModel ?? {}) as IDataObject;
		ctx.emit([
			[
				eventItem({
					event: type,
					timeMs: toMillis(headers.eventBornTime),
					ids: {
						eventId: id,
						corpId: headers.eventCorpId,
						...(conference.conferenceId ? { conferenceId: conference.conferenceId } : {}),
					},
					fields: flattenOnce(data),
					raw: { headers, data },
				}),
			],
		]);
	};

	/**
	 * One connection, until it ends (error, close, "disconnect", the watchdog or deactivation).
	 * Resolves whether it proved healthy: frames arrived and it lasted. It never calls close() from
	 * an error handler (on Node 22+ that recursion swallowed the close event) and does not wait for
	 * a close event: the first of error or close ends it.
	 */
	const session = (url: string) =>
		new Promise<boolean>((resolve) => {
			const ws = new WebSocket(url);
			let openedAt = 0;
			let frames = 0;
			lastSeen = Date.now();
			end = () => {
				end = undefined;
				ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
				const live = ws.readyState === OPEN || ws.readyState === CONNECTING;
				// Closed outside the event handler that ended the session, and only once.
				if (live) void Promise.resolve().then(() => ws.close());
				resolve(frames > 0 && openedAt > 0 && Date.now() - openedAt >= healthyMs);
			};
			const finish = end;
			ws.onopen = () => {
				if (closed) return finish();
				openedAt = Date.now();
				lastSeen = openedAt;
			};
			ws.onmessage = (message: MessageEvent) => {
				if (closed) return finish();
				frames++;
				lastSeen = Date.now();
				try {
					onFrame(ws, JSON.parse(String(message.data)) as Frame);
				} catch (error) {
					ctx.logger.warn(`${node.name}: unreadable Stream frame: ${(error as Error).message}`);
				}
			};
			ws.onerror = () => finish();
			ws.onclose = () => finish();
		});

	/** A fresh ticket (valid 90 s, single use) through the kernel: no redirect followed, answers judged. */
	const openTicket = async (): Promise<string | undefined> => {
		const { body } = await dingTalk.request(ctx, 0, {
			method: 'POST',
			path: '/v1.0/gateway/connections/open',
			api: 'gateway.connections.open',
			idempotent: true,
			body: {
				clientId: options.clientId,
				clientSecret: options.clientSecret,
				subscriptions: [{ type: 'EVENT', topic: '*' }],
				ua: 'n8n-nodes-meeting-admin',
			},
		});
		state.scrubber.add(body.ticket);
		const target = streamUrl(body.endpoint, body.ticket, options.baseUrl);
		if (target.refused) {
			const error = vendorError(
				node,
				DINGTALK,
				{
					code: 'STREAM_ENDPOINT_REFUSED',
					message: target.refused,
					advice:
						"Check the Base URL in the credential: it should be DingTalk's API host or a proxy you run.",
				},
				0,
			);
			refusedEndpoints.add(error);
			throw error;
		}
		return target.url;
	};

	const connect = async (): Promise<void> => {
		let attempt = 0;
		while (!closed) {
			let healthy = false;
			try {
				const url = await openTicket();
				// Deactivated while the ticket was on its way: open nothing.
				if (closed || !url) return;
				healthy = await session(url);
			} catch (error) {
				if (closed) return;
				const clean = scrubbed(error, state.scrubber) as Error;
				if (isPermanent(error)) {
					ctx.emitError(clean);
					return;
				}
				ctx.logger.warn(`${node.name}: DingTalk Stream connection failed: ${clean.message}`);
			}
			if (closed) return;
			// Only a connection that proved healthy resets the backoff: one that is accepted and dropped does not.
			if (healthy) attempt = 0;
			await pause(reconnectDelay(base, attempt++));
		}
	};

	const watch = async () => {
		while (!closed) {
			await pause(WATCH_EVERY_MS);
			if (!closed && Date.now() - lastSeen > SILENCE_MS) end?.();
		}
	};

	const running = connect();
	void watch();
	return {
		close: async () => {
			closed = true;
			state.stopped = true;
			onClosed();
			end?.();
			await Promise.race([running, sleep(CLOSE_WAIT_MS)]);
		},
	};
}
