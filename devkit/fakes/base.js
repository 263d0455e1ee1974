'use strict';
// The shared skeleton of every fake vendor: an HTTP server on 127.0.0.1 (random port) that records
// each request, can add latency, and can be told to misbehave (HTTP errors, HTML pages, malformed
// JSON, connection resets, hangs) before a request reaches the vendor logic.
const http = require('node:http');

class FakeServer {
	constructor(name, { latencyMs = 0 } = {}) {
		this.name = name;
		this.latencyMs = latencyMs;
		this.requests = [];
		this.faults = [];
		this.triggers = [];
		this.server = http.createServer((req, res) => this.receive(req, res));
		this.server.keepAliveTimeout = 30000;
		this.sockets = new Set();
		this.connections = 0;
		this.server.on('connection', (socket) => {
			this.connections++;
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
	}

	async start() {
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.port = this.server.address().port;
		this.url = `http://127.0.0.1:${this.port}`;
		return this;
	}

	async stop() {
		for (const socket of this.sockets) socket.destroy();
		await new Promise((resolve) => this.server.close(resolve));
	}

	reset() {
		this.requests = [];
		this.faults = [];
		this.triggers = [];
		this.connections = 0;
	}

	/**
	 * Queue a fault for the next `times` matching requests. kind: 'status' (status + body),
	 * 'html', 'malformed', 'reset', 'hang', 'delay' (then answer normally).
	 */
	/** Runs `action` once, when the `count`-th request matching `path` arrives (before it is answered). */
	after(path, count, action) {
		this.triggers.push({ path, left: count, action });
	}

	inject(fault) {
		this.faults.push({ times: 1, ...fault });
	}

	/** Requests that reached the server, optionally only those whose path matches. */
	calls(pathPattern) {
		return this.requests.filter(
			(r) =>
				!pathPattern ||
				(typeof pathPattern === 'string' ? r.path === pathPattern : pathPattern.test(r.path)),
		);
	}

	receive(req, res) {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url, 'http://fake');
			const record = {
				method: req.method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				raw,
				body: undefined,
				at: Date.now(),
			};
			try {
				record.body = raw ? JSON.parse(raw) : undefined;
			} catch {
				record.body = raw;
			}
			this.requests.push(record);
			for (const t of this.triggers)
				if (t.left > 0 && t.path.test(record.path) && --t.left === 0) t.action(record);
			if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
			const fault = this.takeFault(record);
			if (fault) {
				if (fault.kind === 'reset') return req.socket.destroy();
				if (fault.kind === 'hang') return; // never answer
				if (fault.kind === 'html')
					return send(
						res,
						fault.status ?? 502,
						'<html><body><h1>502 Bad Gateway</h1></body></html>',
						'text/html',
					);
				if (fault.kind === 'malformed')
					return send(res, fault.status ?? 200, '{"code": "oops", ', 'application/json');
				if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
				if (fault.kind === 'status') {
					// A function body answers from the request: a gateway that echoes it back, say.
					const body = typeof fault.body === 'function' ? fault.body(record) : fault.body;
					return send(
						res,
						fault.status,
						typeof body === 'string' ? body : JSON.stringify(body ?? {}),
						'application/json',
						fault.headers,
					);
				}
			}
			let answer;
			try {
				answer = await this.handle(record);
			} catch (error) {
				answer = { status: 500, body: { error: `fake crashed: ${error.message}` } };
			}
			record.status = answer.status;
			// A file body (a recording on object storage, say): the answer writes it itself, in chunks.
			if (answer.write) return answer.write(res);
			send(
				res,
				answer.status,
				answer.body === undefined ? '' : JSON.stringify(answer.body),
				'application/json;charset=UTF-8',
				answer.headers,
			);
		});
	}

	/** The fault for this request, if one is due; `skip: n` lets n matching requests through first. */
	takeFault(record) {
		const fault = this.faults.find((f) => f.times > 0 && (!f.path || f.path.test(record.path)));
		if (!fault) return undefined;
		if (fault.skip > 0) {
			fault.skip--;
			return undefined;
		}
		fault.times--;
		return fault;
	}

	/** Vendor logic: subclasses return { status, body, headers }. */
	async handle() {
		return { status: 404, body: {} };
	}
}

function send(res, status, text, type, headers = {}) {
	res.writeHead(status, {
		'Content-Type': type,
		'Content-Length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

/** Counts calls per key in a sliding one-second window. */
class RateWindow {
	constructor(perSecond) {
		this.perSecond = perSecond;
		this.hits = new Map();
		this.rejected = 0;
	}
	allow(key) {
		if (!this.perSecond) return true;
		const now = Date.now();
		const list = (this.hits.get(key) ?? []).filter((t) => now - t < 1000);
		if (list.length >= this.perSecond) {
			this.hits.set(key, list);
			this.rejected++;
			return false;
		}
		list.push(now);
		this.hits.set(key, list);
		return true;
	}
}

module.exports = { FakeServer, RateWindow };
