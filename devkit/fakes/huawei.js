'use strict';
// A fake Huawei Cloud Meeting API that checks what seed 004 and section 4 of the vendor reference
// document: account/password (Basic) and App ID (HMAC-SHA256) token requests, tokens with a
// validity, X-Access-Token / X-Request-Id on business calls, the VMR assign / reclaim / list APIs
// with ownership state, and Huawei's error body {error_code, error_msg, request_id}.
// Error codes other than USG.000000004 are made up here: Huawei does not document their meaning.
const crypto = require('node:crypto');
const { FakeServer, RateWindow } = require('./base');
const { handleUsers } = require('./huawei/users');
const { handleMeetings, handleControl, addMeeting } = require('./huawei/meetings');
const { searchDevices, checkToken } = require('./huawei/extras');
const { handleLive, liveMethods, LIVE_PATH } = require('./huawei/live');
const { authMethods } = require('./huawei/auth');
const { handleVmrs, vmrMethods } = require('./huawei/vmrs');
const { handleDepartments } = require('./huawei/departments');
const { handleAdmins } = require('./huawei/admins');
const { handleRecordings, serveFile, recordingMethods, OBS_PATH } = require('./huawei/recordings');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class FakeHuawei extends FakeServer {
	/** autoCreate: unknown members and VMR ids come into being on first use (bulk and fault tests). */
	constructor({
		latencyMs = 0,
		qps = 0,
		tokenTtl = 43200,
		confTokenTtl = 1800,
		autoCreate = false,
	} = {}) {
		super('huawei', { latencyMs });
		this.autoCreate = autoCreate;
		this.users = new Map(); // meeting account -> { password, admin, state: 'ok'|'disabled'|'locked' }
		this.apps = new Map(); // appId -> { appKey, corpId (SP apps only) }
		this.thirdPartyUsers = new Set(); // user IDs accountType 1 may name
		this.vmrs = new Map(); // id -> { id, vmrId, vmrName, status, member? }
		this.tokens = new Map(); // token -> { expiresAt, admin }
		this.nonces = new Set();
		this.signatures = []; // every signature seen, for secret scans
		this.authHeaders = []; // every Authorization header seen, for secret scans
		this.tokenTtl = tokenTtl;
		this.meetings = new Map(); // conferenceID -> meeting (see huawei/meetings.js)
		this.history = []; // ended sessions (see huawei/live.js)
		this.conferenceTokens = new Map(); // conference token -> { conferenceID, expiresAt }
		this.passwordsSeen = []; // every X-Password seen, for secret scans
		this.notified = []; // accounts AddUser told about their new account (sendNotify other than "0")
		this.confTokenTtl = confTokenTtl;
		this.rate = new RateWindow(qps);
		this.recordings = new Map(); // confUUID -> recording (see huawei/recordings.js)
		this.downloadTokens = new Set();
		this.devices = []; // professional meeting devices: { sn, name, model, status }
	}

	/** A user of the enterprise who can also sign in; `profile` holds name, email, thirdAccount… */
	addUser(account, { password, admin = true, state = 'ok', ...profile }) {
		this.users.set(account, {
			id: crypto.randomBytes(16).toString('hex'),
			email: `${account.replace(/@.*/, '')}@mail.example`,
			...profile,
			password,
			admin,
			state,
		});
	}

	/** A running meeting (or a booked one with `start` in the future); returns it with its chair password. */
	addMeeting(options) {
		return addMeeting(this, options);
	}

	conferenceTokenCalls() {
		return this.requests.filter((r) => r.path === '/v1/mmc/control/conferences/token');
	}

	/** An App ID; `corpId` makes it an SP (multi-tenant) app. */
	addApp({ appId, appKey, corpId }) {
		this.apps.set(appId, { appKey, corpId });
	}

	addThirdPartyUser(userId, profile = {}) {
		this.thirdPartyUsers.add(userId);
		this.addUser(`tp-${userId}`, {
			password: crypto.randomBytes(12).toString('hex'),
			admin: false,
			name: userId,
			...profile,
			thirdAccount: userId,
		});
	}

	/** Every issued token stops working (as after they expired on Huawei's side). */
	expireTokens() {
		for (const t of this.tokens.values()) t.expiresAt = 0;
		for (const t of this.conferenceTokens.values()) t.expiresAt = 0;
	}

	tokenCalls() {
		return this.requests.filter(
			(r) => r.path.startsWith('/v1/usg/acs/auth/') || r.path.startsWith('/v2/usg/acs/auth/'),
		);
	}

	businessCalls() {
		return this.requests.filter(
			(r) =>
				/^\/v1\/(usg\/dcs|usg\/acs\/password|mmc)\//.test(r.path) &&
				r.path !== '/v1/mmc/control/conferences/token',
		);
	}

	empty(r) {
		return {
			status: 200,
			body: undefined,
			headers: { 'X-Request-Id': r.headers['x-request-id'] ?? crypto.randomUUID() },
		};
	}

	err(r, status, code, message) {
		const requestId = r.headers['x-request-id'] ?? crypto.randomUUID().replace(/-/g, '');
		return {
			status,
			body: { error_code: code, error_msg: message, request_id: requestId },
			headers: { 'X-Request-Id': requestId },
		};
	}

	ok(r, body) {
		return {
			status: 200,
			body,
			headers: { 'X-Request-Id': r.headers['x-request-id'] ?? crypto.randomUUID() },
		};
	}

	async handle(r) {
		if (r.method === 'POST' && r.path === '/v1/usg/acs/auth/account') return this.accountAuth(r);
		if (r.method === 'POST' && r.path === '/v2/usg/acs/auth/appauth') return this.appAuth(r);
		if (r.method === 'POST' && r.path === '/v1/usg/acs/token/validate') return checkToken(this, r);
		if (r.path.startsWith('/v1/mmc/control/')) return handleControl(this, r);
		// Object storage (recording files) is another host at Huawei: no API token there.
		if (r.method === 'GET' && OBS_PATH.test(r.path)) return serveFile(this, r);
		if (!/^\/v1\/(usg\/dcs|usg\/acs\/password|mmc\/management)\//.test(r.path))
			return this.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);

		const token = r.headers['x-access-token'];
		const entry = token && this.tokens.get(token);
		if (!entry || entry.expiresAt <= Date.now())
			return this.err(r, 401, 'USG.000000004', 'Token expired or invalid.');
		// X-Request-Id is optional at Huawei (it makes one up); our node always sends a UUID, which the tests check.
		const rid = r.headers['x-request-id'];
		if (rid !== undefined && !UUID.test(rid))
			return this.err(r, 400, 'USG.000000001', 'X-Request-Id must be a UUID');
		// Optional at Huawei (zh-CN when absent); when sent it must be one of the two.
		const lang = r.headers['accept-language'];
		if (lang !== undefined && !['zh-CN', 'en-US'].includes(lang))
			return this.err(r, 400, 'USG.000000001', 'Accept-Language must be zh-CN or en-US');
		if (!entry.admin)
			return this.err(r, 403, 'USG.000000017', 'No permission: not an enterprise administrator');
		if (!this.rate.allow(token)) return this.err(r, 429, 'USG.000000429', 'Too many requests');

		if (r.path.startsWith('/v1/usg/dcs/corp/member')) return handleUsers(this, r);
		if (LIVE_PATH.test(r.path)) return handleLive(this, r);
		if (r.path.startsWith('/v1/mmc/management/conferences')) return handleMeetings(this, r, entry);
		if (r.method === 'GET' && r.path === '/v1/usg/dcs/corp/device') return searchDevices(this, r);
		// Each area's module answers its own paths (undefined: not one of them); one line per area.
		const answer =
			handleVmrs(this, r) ??
			handleRecordings(this, r) ??
			handleDepartments(this, r) ??
			handleAdmins(this, r);
		if (answer) return answer;
		return this.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
	}
}

// Meetings in progress: join, leave, endMeeting; ended sessions: addEnded (huawei/live.js).
// Token issuing (huawei/auth.js); rooms: addVmrs, ownedBy and the room APIs (huawei/vmrs.js).
Object.assign(FakeHuawei.prototype, liveMethods, authMethods, vmrMethods, recordingMethods);

const demo = require('./huawei/demo').demoVendor;
module.exports = {
	FakeHuawei,
	demoVendor: { ...demo, create: (options) => new FakeHuawei(options) },
};
