'use strict';
// A fake DingTalk OpenAPI that checks what seeds 000-002 and the vendor reference document:
// token endpoints, the x-acs-dingtalk-access-token header, JSON bodies, field types and limits,
// and answers errors as DingTalk does ({code, message, requestid} with the documented status).
const crypto = require('node:crypto');
const { FakeServer, RateWindow } = require('./base');

const err = (status, code, message, extra = {}) => ({ status, body: { code, message, requestid: crypto.randomUUID().toUpperCase(), ...extra } });

class FakeDingTalk extends FakeServer {
	constructor({ latencyMs = 0, qps = 20, tokenTtl = 7200 } = {}) {
		super('dingtalk', { latencyMs });
		this.apps = new Map(); // clientId -> { clientSecret, corpId, scopes }
		this.tokens = new Map(); // token -> { clientId, expiresAt }
		this.tokenTtl = tokenTtl;
		this.rate = new RateWindow(qps);
		this.blocklist = new Set();
		this.rooms = new Map(); // roomId -> { centralControl, signals: [] }
		this.conferences = new Map(); // conferenceId -> { locked, closed }
	}

	addApp({ clientId, clientSecret, corpId = 'ding-corp-1', missingScope = false }) {
		this.apps.set(clientId, { clientSecret, corpId, missingScope });
	}

	addRoom(roomId, { centralControl = true } = {}) {
		this.rooms.set(roomId, { centralControl, signals: [] });
	}

	addConference(conferenceId, { closed = false } = {}) {
		this.conferences.set(conferenceId, { locked: false, closed });
	}

	/** Every issued token stops working (as after DingTalk rotated them). */
	expireTokens() {
		for (const t of this.tokens.values()) t.expiresAt = 0;
	}

	issue(clientId) {
		const token = crypto.randomBytes(16).toString('hex');
		this.tokens.set(token, { clientId, expiresAt: Date.now() + this.tokenTtl * 1000 });
		return token;
	}

	tokenCalls() {
		return this.requests.filter((r) => r.path.startsWith('/v1.0/oauth2/'));
	}

	businessCalls() {
		return this.requests.filter((r) => !r.path.startsWith('/v1.0/oauth2/'));
	}

	async handle(r) {
		if (r.method !== 'POST') return err(404, 'NotFound', `no ${r.method} ${r.path}`);
		if (r.path === '/v1.0/oauth2/accessToken') {
			const { appKey, appSecret } = r.body ?? {};
			const app = this.apps.get(appKey);
			if (!app || app.clientSecret !== appSecret) return err(400, 'invalidClientIdOrSecret', '无效的clientId或者clientSecret');
			return { status: 200, body: { accessToken: this.issue(appKey), expireIn: this.tokenTtl } };
		}
		const corpToken = r.path.match(/^\/v1\.0\/oauth2\/([^/]+)\/token$/);
		if (corpToken) {
			const { client_id: id, client_secret: secret, grant_type: grant } = r.body ?? {};
			if (grant !== 'client_credentials') return err(400, 'unsupported.grant.type', 'grant_type must be client_credentials');
			const app = this.apps.get(id);
			if (!app || app.clientSecret !== secret) return err(400, 'invalid.client', 'client_id or client_secret is invalid');
			if (decodeURIComponent(corpToken[1]) !== app.corpId) return err(401, 'unauthorized.client', 'the corp has not authorized this app');
			return { status: 200, body: { access_token: this.issue(id), expires_in: this.tokenTtl } };
		}

		const token = r.headers['x-acs-dingtalk-access-token'];
		const entry = token && this.tokens.get(token);
		if (!token) return err(400, 'MissingParameter.AccessToken', 'x-acs-dingtalk-access-token is missing');
		if (!entry || entry.expiresAt <= Date.now()) return err(400, 'InvalidAuthentication', '不合法的access_token');
		if (!String(r.headers['content-type'] ?? '').startsWith('application/json')) return err(400, 'param.error', 'Content-Type must be application/json');
		if (typeof r.body !== 'object' || r.body === null || Array.isArray(r.body)) return err(400, 'param.error', 'body must be a JSON object');
		const app = this.apps.get(entry.clientId);
		if (app.missingScope) {
			return err(403, 'Forbidden.AccessDenied.AccessTokenPermissionDenied', 'No permission', { accessdenieddetail: { requiredScopes: ['VideoConference.Conference.Write'] } });
		}

		const lock = r.path.match(/^\/v1\.0\/conference\/videoConferences\/([^/]+)\/lock$/);
		const api = lock ? 'lock' : r.path;
		if (!this.rate.allow(`${entry.clientId}|${api}`)) return err(403, 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', 'qps limit for appkey and api');

		if (r.path === '/v1.0/rooms/bookings/blacklist/remove') return this.removeBlocklist(r.body);
		if (r.path === '/v1.0/rooms/central/control') return this.centralControl(r.body);
		if (lock) return this.lock(decodeURIComponent(lock[1]), r.body);
		return err(404, 'NotFound', `no API at ${r.path}`);
	}

	removeBlocklist(body) {
		const unknown = Object.keys(body).filter((k) => !['blacklistUnionIds', 'unionId'].includes(k));
		if (unknown.length) return err(400, 'param.error', `unknown field ${unknown[0]}`);
		const ids = body.blacklistUnionIds;
		if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === '')) return err(400, 'param.error', 'blacklistUnionIds must be an array of strings');
		if (ids.length > 100) return err(400, 'user.over.limit', 'User Over Limit');
		if (body.unionId !== undefined && typeof body.unionId !== 'string') return err(400, 'param.error', 'unionId must be a string');
		for (const id of ids) this.blocklist.delete(id);
		return { status: 200, body: { result: true } };
	}

	centralControl(body) {
		const unknown = Object.keys(body).filter((k) => !['unionId', 'roomId', 'controlBody'].includes(k));
		if (unknown.length) return err(400, 'param.error', `unknown field ${unknown[0]}`);
		for (const k of ['unionId', 'roomId', 'controlBody']) {
			if (body[k] !== undefined && typeof body[k] !== 'string') return err(400, 'param.error', `${k} must be a string`);
		}
		if (!body.roomId || !body.controlBody) return err(400, 'param.error', 'Param Error');
		try {
			JSON.parse(body.controlBody);
		} catch {
			return err(400, 'param.error', 'controlBody is not JSON');
		}
		const room = this.rooms.get(body.roomId);
		if (!room) return err(400, 'param.error', 'room not found');
		if (!room.centralControl) return err(400, 'api.control.close', 'API CONTROL ClOSE');
		if (body.unionId === 'outsider') return err(400, 'user.not.org', 'User Not In Org');
		room.signals.push(body.controlBody);
		return { status: 200, body: { result: true } };
	}

	lock(conferenceId, body) {
		const unknown = Object.keys(body).filter((k) => k !== 'action');
		if (unknown.length) return err(400, 'paramsError', 'paramsError');
		if (body.action !== 'lock' && body.action !== 'unlock') return err(400, 'commandError', 'commandError');
		const conf = this.conferences.get(conferenceId);
		if (!conf) return err(400, 'paramsError', 'paramsError');
		if (conf.closed) return err(400, 'confClosed', 'confClosed');
		conf.locked = body.action === 'lock';
		return { status: 200, body: { success: true } };
	}
}

module.exports = { FakeDingTalk };
