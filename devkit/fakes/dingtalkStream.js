'use strict';
// A fake DingTalk Stream gateway on a FakeDingTalk: POST /v1.0/gateway/connections/open answers a
// single-use ticket and a ws:// endpoint; the WebSocket side pushes EVENT frames, SYSTEM pings and
// disconnects as in DingTalk's Stream protocol, and records every ACK. Probes: `hold()` keeps the next
// ticket request unanswered until released, `mode` 'drop' accepts sockets and drops them at once,
// 'refuse' fails the handshake, `endpoint(fake)` changes the endpoint a ticket answer names.
const crypto = require('node:crypto');
const { WebSocketServer } = require('ws');

function addStreamGateway(fake) {
	const handle = fake.handle.bind(fake);
	const tickets = new Set();
	const gateway = {
		sockets: new Set(),
		acks: [],
		pongs: [],
		opened: 0,
		upgrades: [],
		mode: 'serve',
		endpoint: () => `ws://127.0.0.1:${fake.port}/connect`,
		held: undefined,
	};
	fake.handle = async (r) => {
		if (r.path !== '/v1.0/gateway/connections/open') return handle(r);
		if (gateway.held) await gateway.held.promise;
		const app = fake.apps.get(r.body?.clientId);
		if (!app || app.clientSecret !== r.body?.clientSecret)
			return {
				status: 401,
				body: { code: 'invalidClient', message: 'bad clientId or clientSecret' },
			};
		if (JSON.stringify(r.body.subscriptions) !== JSON.stringify([{ type: 'EVENT', topic: '*' }]))
			return { status: 400, body: { code: 'param.error', message: 'subscriptions' } };
		const ticket = crypto.randomUUID();
		tickets.add(ticket);
		gateway.opened++;
		return { status: 200, body: { endpoint: gateway.endpoint(fake), ticket } };
	};
	const wss = new WebSocketServer({ noServer: true });
	fake.server.on('upgrade', (req, socket, head) => {
		const ticket = new URL(req.url, 'http://x').searchParams.get('ticket');
		gateway.upgrades.push({ at: Date.now(), ticket });
		if (!tickets.delete(ticket) || gateway.mode === 'refuse') return socket.destroy(); // tickets are single-use
		wss.handleUpgrade(req, socket, head, (ws) => {
			if (gateway.mode === 'drop') return ws.terminate();
			gateway.sockets.add(ws);
			ws.on('close', () => gateway.sockets.delete(ws));
			ws.on('message', (raw) => {
				const msg = JSON.parse(String(raw));
				if (msg.headers?.topic === 'ping') gateway.pongs.push(msg);
				else gateway.acks.push(msg);
			});
		});
	});
	const send = (frame) => gateway.sockets.forEach((ws) => ws.send(JSON.stringify(frame)));
	Object.assign(gateway, {
		/** Holds ticket requests until `release()` is called; `arrived` resolves when one is waiting. */
		hold() {
			let release;
			let arrived;
			const promise = new Promise((r) => (release = r));
			const waiting = new Promise((r) => (arrived = r));
			gateway.held = { promise };
			fake.after(/^\/v1\.0\/gateway\/connections\/open$/, 1, () => arrived());
			return {
				arrived: waiting,
				release: () => {
					gateway.held = undefined;
					release();
				},
			};
		},
		ticketRequests: () => fake.calls('/v1.0/gateway/connections/open').length,
		/** Pushes an EVENT frame to every connection; same eventId twice = a redelivery. */
		event(
			eventType,
			data,
			{ eventId = crypto.randomUUID(), messageId = crypto.randomUUID() } = {},
		) {
			send({
				specVersion: '1.0',
				type: 'EVENT',
				headers: {
					topic: '*',
					messageId,
					eventType,
					eventId,
					eventBornTime: String(Date.now()),
					eventCorpId: 'ding-corp-1',
					contentType: 'application/json',
					time: String(Date.now()),
				},
				data: JSON.stringify(data),
			});
			return { eventId, messageId };
		},
		ping(opaque = crypto.randomUUID()) {
			send({
				specVersion: '1.0',
				type: 'SYSTEM',
				headers: {
					topic: 'ping',
					messageId: crypto.randomUUID(),
					contentType: 'application/json',
					time: String(Date.now()),
				},
				data: JSON.stringify({ opaque }),
			});
			return opaque;
		},
		/** DingTalk's periodic "disconnect": announce, then drop the connection. */
		disconnect() {
			send({
				specVersion: '1.0',
				type: 'SYSTEM',
				headers: { topic: 'disconnect', messageId: crypto.randomUUID() },
				data: JSON.stringify({ reason: 'load balancing' }),
			});
			setTimeout(() => gateway.sockets.forEach((ws) => ws.terminate()), 100);
		},
		close: () => {
			gateway.sockets.forEach((ws) => ws.terminate());
			wss.close();
		},
	});
	return gateway;
}

module.exports = { addStreamGateway };
