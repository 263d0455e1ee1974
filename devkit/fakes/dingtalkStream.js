'use strict';
// A fake DingTalk Stream gateway on a FakeDingTalk: POST /v1.0/gateway/connections/open answers a
// single-use ticket and a ws:// endpoint; the WebSocket side pushes EVENT frames, SYSTEM pings and
// disconnects as in DingTalk's Stream protocol, and records every ACK.
const crypto = require('node:crypto');
const { WebSocketServer } = require('ws');

function addStreamGateway(fake) {
	const handle = fake.handle.bind(fake);
	const tickets = new Set();
	const gateway = { sockets: new Set(), acks: [], pongs: [], opened: 0 };
	fake.handle = async (r) => {
		if (r.path !== '/v1.0/gateway/connections/open') return handle(r);
		const app = fake.apps.get(r.body?.clientId);
		if (!app || app.clientSecret !== r.body?.clientSecret) return { status: 401, body: { code: 'invalidClient', message: 'bad clientId or clientSecret' } };
		if (JSON.stringify(r.body.subscriptions) !== JSON.stringify([{ type: 'EVENT', topic: '*' }])) return { status: 400, body: { code: 'param.error', message: 'subscriptions' } };
		const ticket = crypto.randomUUID();
		tickets.add(ticket);
		gateway.opened++;
		return { status: 200, body: { endpoint: `ws://127.0.0.1:${fake.port}/connect`, ticket } };
	};
	const wss = new WebSocketServer({ noServer: true });
	fake.server.on('upgrade', (req, socket, head) => {
		const ticket = new URL(req.url, 'http://x').searchParams.get('ticket');
		if (!tickets.delete(ticket)) return socket.destroy(); // tickets are single-use
		wss.handleUpgrade(req, socket, head, (ws) => {
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
		/** Pushes an EVENT frame to every connection; same eventId twice = a redelivery. */
		event(eventType, data, { eventId = crypto.randomUUID(), messageId = crypto.randomUUID() } = {}) {
			send({ specVersion: '1.0', type: 'EVENT', headers: { topic: '*', messageId, eventType, eventId, eventBornTime: String(Date.now()), eventCorpId: 'ding-corp-1', contentType: 'application/json', time: String(Date.now()) }, data: JSON.stringify(data) });
			return { eventId, messageId };
		},
		ping(opaque = crypto.randomUUID()) {
			send({ specVersion: '1.0', type: 'SYSTEM', headers: { topic: 'ping', messageId: crypto.randomUUID(), contentType: 'application/json', time: String(Date.now()) }, data: JSON.stringify({ opaque }) });
			return opaque;
		},
		/** DingTalk's periodic "disconnect": announce, then drop the connection. */
		disconnect() {
			send({ specVersion: '1.0', type: 'SYSTEM', headers: { topic: 'disconnect', messageId: crypto.randomUUID() }, data: JSON.stringify({ reason: 'load balancing' }) });
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
