import type { IDataObject, ITriggerFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { DedupeStore, eventItem, flattenOnce, toMillis } from '../core/webhook';

// DingTalk Stream mode over Node's built-in WebSocket (Node 22+): open a single-use ticket, connect,
// ACK every EVENT, echo SYSTEM pings, reconnect on "disconnect" or close with backoff, and drop
// redeliveries by eventId (DingTalk may push an event twice even after an ACK).
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
}

export function startStream(ctx: ITriggerFunctions, options: StreamOptions): { close: () => void } {
	const dedupe = new DedupeStore();
	let closed = false;
	let socket: WebSocket | undefined;
	let attempt = 0;
	let lastSeen = Date.now();

	const ack = (ws: WebSocket, headers: IDataObject, data: string) =>
		ws.send(JSON.stringify({ code: 200, headers: { contentType: 'application/json', messageId: headers.messageId }, message: 'OK', data }));

	const onFrame = (ws: WebSocket, frame: Frame) => {
		const headers = frame.headers ?? {};
		if (frame.type === 'SYSTEM') {
			if (headers.topic === 'ping') ws.send(JSON.stringify({ code: 200, headers, message: 'OK', data: frame.data }));
			else if (headers.topic === 'disconnect') ws.close();
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
			ctx.logger.warn(`${ctx.getNode().name}: DingTalk sent an event whose data is not JSON (${type})`);
		}
		const conference = (data.openConfModel ?? {}) as IDataObject;
		ctx.emit([
			[
				eventItem({
					event: type,
					timeMs: toMillis(headers.eventBornTime),
					ids: { eventId: id, corpId: headers.eventCorpId, ...(conference.conferenceId ? { conferenceId: conference.conferenceId } : {}) },
					fields: flattenOnce(data),
					raw: { headers, data },
				}),
			],
		]);
	};

	const connect = async (): Promise<void> => {
		while (!closed) {
			try {
				// A ticket is valid 90 s and only once: ask for a new one on every connection.
				const opened = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'dingTalkApi', {
					method: 'POST',
					url: `${options.baseUrl.replace(/\/+$/, '')}/v1.0/gateway/connections/open`,
					headers: { Accept: 'application/json' },
					body: { clientId: options.clientId, clientSecret: options.clientSecret, subscriptions: [{ type: 'EVENT', topic: '*' }], ua: 'n8n-nodes-meeting-admin' },
					json: true,
				})) as { endpoint: string; ticket: string };
				const ws = new WebSocket(`${opened.endpoint}?ticket=${encodeURIComponent(opened.ticket)}`);
				socket = ws;
				await new Promise<void>((resolve) => {
					ws.onopen = () => {
						attempt = 0;
						lastSeen = Date.now();
					};
					ws.onmessage = (message: MessageEvent) => {
						lastSeen = Date.now();
						try {
							onFrame(ws, JSON.parse(String(message.data)) as Frame);
						} catch (error) {
							ctx.logger.warn(`${ctx.getNode().name}: unreadable Stream frame: ${(error as Error).message}`);
						}
					};
					ws.onclose = () => resolve();
					ws.onerror = () => ws.close();
				});
			} catch (error) {
				ctx.logger.warn(`${ctx.getNode().name}: DingTalk Stream connection failed: ${(error as Error).message}`);
			}
			if (closed) return;
			await sleep(Math.min(1000 * 2 ** attempt++ + Math.random() * 1000, 60000));
		}
	};

	// Watchdog: DingTalk pings regularly; a connection silent for 3 minutes is reopened.
	const watch = async () => {
		while (!closed) {
			await sleep(15000);
			if (!closed && Date.now() - lastSeen > 180000) socket?.close();
		}
	};

	void connect();
	void watch();
	return {
		close: () => {
			closed = true;
			socket?.close();
		},
	};
}
