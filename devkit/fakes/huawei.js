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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VMR_PATH = /^\/v1\/usg\/dcs\/corp\/vmr\/(assign-to-member|recycle-from-member)\/([^/]+)$/;

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

	/** `count` unassigned VMRs named `${prefix}-n`; returns their unique ids. */
	addVmrs(count, prefix = 'room') {
		const ids = [];
		for (let n = 0; n < count; n++) {
			const id = crypto.randomBytes(16).toString('hex');
			const vmrId = String(900000000 + this.vmrs.size);
			this.vmrs.set(id, {
				id,
				vmrId,
				vmrName: `${prefix}-${n}`,
				vmrPkgName: 'Cloud meeting room 50',
				vmrPkgParties: 50,
				status: 2,
			});
			ids.push(id);
		}
		return ids;
	}

	ownedBy(account, accountType = 0) {
		return [...this.vmrs.values()]
			.filter((v) => v.member?.account === account && v.member.accountType === accountType)
			.map((v) => v.id);
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
				/^\/v1\/(usg\/dcs|mmc)\//.test(r.path) && r.path !== '/v1/mmc/control/conferences/token',
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

	issue(r, { admin, appId }) {
		const token = crypto.randomBytes(18).toString('base64url');
		const now = Math.floor(Date.now() / 1000);
		this.tokens.set(token, { expiresAt: Date.now() + this.tokenTtl * 1000, admin, appId });
		return this.ok(r, {
			accessToken: token,
			validPeriod: this.tokenTtl,
			expireTime: now + this.tokenTtl,
			createTime: Date.now(),
			tokenType: 0,
			clientType: 72,
		});
	}

	async handle(r) {
		if (r.method === 'POST' && r.path === '/v1/usg/acs/auth/account') return this.accountAuth(r);
		if (r.method === 'POST' && r.path === '/v2/usg/acs/auth/appauth') return this.appAuth(r);
		if (r.method === 'POST' && r.path === '/v1/usg/acs/token/validate') return checkToken(this, r);
		if (r.path.startsWith('/v1/mmc/control/')) return handleControl(this, r);
		if (!/^\/v1\/(usg\/dcs|mmc\/management)\//.test(r.path))
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
		if (r.method === 'POST' && r.path === '/v1/usg/dcs/corp/vmr/delete') return this.deleteVmrs(r);
		if (r.method === 'GET' && r.path === '/v1/usg/dcs/corp/vmr') return this.search(r);
		if (r.method === 'GET' && r.path === '/v1/usg/dcs/corp/device') return searchDevices(this, r);
		const m = r.path.match(VMR_PATH);
		if (r.method === 'POST' && m) return this.changeOwner(r, m[1], decodeURIComponent(m[2]));
		return this.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
	}

	accountAuth(r) {
		const auth = String(r.headers.authorization ?? '');
		this.authHeaders.push(auth);
		const basic = auth.match(/^Basic (.+)$/);
		if (!basic) return this.err(r, 401, 'USG.000000002', 'Authorization must be Basic');
		const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		const [account, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
		if (!r.body || r.body.account !== account || r.body.clientType !== 72)
			return this.err(
				r,
				400,
				'USG.000000001',
				'body must be {account, clientType: 72} matching the Basic account',
			);
		const user = this.users.get(account);
		if (!user || user.password !== password)
			return this.err(r, 401, 'USG.000000003', 'Incorrect account or password.');
		if (user.state === 'disabled')
			return this.err(r, 412, 'USG.000000042', 'The account has been disabled.');
		if (user.state === 'locked')
			return this.err(r, 423, 'USG.000000043', 'The account has been locked.');
		return this.issue(r, { admin: user.admin });
	}

	appAuth(r) {
		const auth = String(r.headers.authorization ?? '');
		this.authHeaders.push(auth);
		const m = auth.match(/^HMAC-SHA256 signature=([0-9a-f]{64}),access=(\S+)$/);
		if (!m)
			return this.err(
				r,
				401,
				'USG.000000005',
				'Authorization must be HMAC-SHA256 signature=<hex>,access=<base64 appId>',
			);
		const [, signature, access] = m;
		this.signatures.push(signature);
		if (r.headers['x-token-type'] !== 'LongTicket')
			return this.err(r, 400, 'USG.000000001', 'X-Token-Type must be LongTicket');
		const b = r.body ?? {};
		const allowed = [
			'appId',
			'clientType',
			'expireTime',
			'nonce',
			'userId',
			'corpId',
			'userName',
			'userEmail',
			'userPhone',
			'deptCode',
		];
		const unknown = Object.keys(b).filter((k) => !allowed.includes(k));
		if (unknown.length) return this.err(r, 400, 'USG.000000001', `unknown field ${unknown[0]}`);
		if (typeof b.appId !== 'string' || Buffer.from(access, 'base64').toString('utf8') !== b.appId)
			return this.err(r, 400, 'USG.000000001', 'access must be base64(appId)');
		if (b.clientType !== 72) return this.err(r, 400, 'USG.000000001', 'clientType must be 72');
		if (typeof b.nonce !== 'string' || b.nonce.length < 32 || b.nonce.length > 64)
			return this.err(r, 400, 'USG.000000001', 'nonce must be 32-64 characters');
		const now = Math.floor(Date.now() / 1000);
		if (!Number.isInteger(b.expireTime) || (b.expireTime !== 0 && b.expireTime <= now))
			return this.err(r, 401, 'USG.000000006', 'The signature has expired.');
		if (this.nonces.has(b.nonce))
			return this.err(r, 401, 'USG.000000007', 'The nonce has been used.');
		this.nonces.add(b.nonce);
		const app = this.apps.get(b.appId);
		if (!app) return this.err(r, 401, 'USG.000000005', 'Unknown App ID.');
		if (app.corpId ? b.corpId !== app.corpId : b.corpId !== undefined)
			return this.err(
				r,
				401,
				'USG.000000005',
				app.corpId ? 'corpId does not match this SP app' : 'corpId is only for SP apps',
			);
		const userId = b.userId ?? '';
		const data = app.corpId
			? [b.appId, b.corpId, userId, b.expireTime, b.nonce]
			: [b.appId, userId, b.expireTime, b.nonce];
		const expected = crypto.createHmac('sha256', app.appKey).update(data.join(':')).digest('hex');
		if (expected !== signature)
			return this.err(r, 401, 'USG.000000005', 'The signature is incorrect.');
		return this.issue(r, { admin: true, appId: b.appId });
	}

	accountKnown(account, accountType) {
		return accountType === 0
			? this.users.has(account)
			: [...this.users.values()].some((u) => u.thirdAccount === account);
	}

	/** DeleteCorpVmr: 1..100 room ids, all or nothing; deleted rooms leave the list. */
	deleteVmrs(r) {
		if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
			return this.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
		const ids = r.body;
		if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === ''))
			return this.err(r, 400, 'USG.000000001', 'body must be a JSON array of VMR ids');
		if (ids.length < 1 || ids.length > 100)
			return this.err(r, 400, 'USG.000000001', 'the array must hold 1 to 100 VMR ids');
		if (this.autoCreate)
			for (const id of ids.filter((i) => !this.vmrs.has(i)))
				this.vmrs.set(id, {
					id,
					vmrId: String(900000000 + this.vmrs.size),
					vmrName: id,
					status: 2,
				});
		const missing = ids.find((id) => !this.vmrs.has(id));
		if (missing) return this.err(r, 400, 'USG.000010134', `VMR ${missing} does not exist`);
		for (const id of ids) this.vmrs.delete(id);
		return this.empty(r);
	}

	changeOwner(r, action, account) {
		const raw = r.query.accountType ?? '0';
		if (!['0', '1'].includes(raw))
			return this.err(r, 400, 'USG.000000001', 'accountType must be 0 or 1');
		const accountType = Number(raw);
		if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
			return this.err(r, 400, 'USG.000000001', 'Content-Type must be application/json');
		const ids = r.body;
		if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === ''))
			return this.err(r, 400, 'USG.000000001', 'body must be a JSON array of VMR ids');
		if (ids.length < 1 || ids.length > 100)
			return this.err(r, 400, 'USG.000000001', 'the array must hold 1 to 100 VMR ids');
		if (this.autoCreate && !this.accountKnown(account, accountType)) {
			if (accountType === 0)
				this.addUser(account, { password: crypto.randomBytes(12).toString('hex'), admin: false });
			else this.addThirdPartyUser(account);
		}
		if (this.autoCreate) {
			for (const id of ids.filter((i) => !this.vmrs.has(i)))
				this.vmrs.set(id, {
					id,
					vmrId: String(900000000 + this.vmrs.size),
					vmrName: id,
					status: 2,
				});
		}
		if (!this.accountKnown(account, accountType))
			return this.err(r, 400, 'USG.000010016', `account ${account} does not exist`);
		// Check every id first: Huawei applies a call wholly or not at all.
		for (const id of ids) {
			const vmr = this.vmrs.get(id);
			if (!vmr) return this.err(r, 400, 'USG.000010134', `VMR ${id} does not exist`);
			if (
				action === 'assign-to-member' &&
				vmr.member &&
				(vmr.member.account !== account || vmr.member.accountType !== accountType)
			) {
				return this.err(r, 400, 'USG.000010135', `VMR ${id} is assigned to someone else`);
			}
			if (
				action === 'recycle-from-member' &&
				vmr.member &&
				(vmr.member.account !== account || vmr.member.accountType !== accountType)
			) {
				return this.err(r, 400, 'USG.000010136', `VMR ${id} is not assigned to ${account}`);
			}
		}
		for (const id of ids) {
			const vmr = this.vmrs.get(id);
			if (action === 'assign-to-member') {
				vmr.member = { account, accountType, name: account };
				vmr.status = 0;
			} else {
				delete vmr.member;
				vmr.status = 2;
			}
		}
		return {
			status: 200,
			body: undefined,
			headers: { 'X-Request-Id': r.headers['x-request-id'] ?? crypto.randomUUID() },
		};
	}

	search(r) {
		const offset = Number(r.query.offset ?? 0);
		const limit = Number(r.query.limit ?? 10);
		if (
			!Number.isInteger(offset) ||
			offset < 0 ||
			!Number.isInteger(limit) ||
			limit < 1 ||
			limit > 500
		)
			return this.err(r, 400, 'USG.000000001', 'offset/limit out of range');
		const key = r.query.searchKey;
		const status = r.query.status;
		if (status !== undefined && !['0', '1', '2'].includes(status))
			return this.err(r, 400, 'USG.000000001', 'status must be 0, 1 or 2');
		const all = [...this.vmrs.values()].filter(
			(v) =>
				(key === undefined ||
					v.vmrName.includes(key) ||
					v.vmrId.includes(key) ||
					(v.member?.account ?? '').includes(key)) &&
				(status === undefined || v.status === Number(status)),
		);
		const data = all.slice(offset, offset + limit).map((v) => JSON.parse(JSON.stringify(v)));
		return this.ok(r, { offset, limit, count: all.length, data });
	}
}

// Meetings in progress: join, leave, endMeeting; ended sessions: addEnded (huawei/live.js).
Object.assign(FakeHuawei.prototype, liveMethods);

const DEMO = { account: 'demo-admin@huawei', password: 'demo-huawei-password-0001' };

/** The demo state the example workflows expect (see devkit/fakes/demo.js). */
const demoVendor = {
	name: 'Huawei Cloud Meeting',
	file: 'huawei.js',
	/** The real API host the example workflows' HTTP Request URLs name (the fake stands in for it). */
	apiBaseUrl: 'https://api.meeting.huaweicloud.com',
	create: (options) => new FakeHuawei(options),
	seed(fake) {
		// Fixed user ids too: the demo state is the same every time it is seeded (see demo.js restore).
		fake.addUser(DEMO.account, { id: 'demo0usr00000000000000000000000a', password: DEMO.password });
		for (const [n, account] of ['alice@demo', 'bob@demo'].entries()) {
			fake.addUser(account, {
				id: `demo0usr0000000000000000000000${n}1`,
				password: crypto.randomBytes(12).toString('hex'),
				admin: false,
			});
		}
		// Fixed ids, so the example's rows can name them.
		const rooms = {
			'alice@demo': ['demo0vmr0000000000000000000000a1', 'demo0vmr0000000000000000000000a2'],
			'bob@demo': ['demo0vmr0000000000000000000000b1'],
		};
		for (const [account, ids] of Object.entries(rooms)) {
			ids.forEach((id, n) =>
				fake.vmrs.set(id, {
					id,
					vmrId: String(910000000 + fake.vmrs.size),
					vmrName: `${account} room ${n + 1}`,
					status: 0,
					member: { account, accountType: 0, name: account },
				}),
			);
		}
		// One running meeting (controllable now) and one booked for tomorrow.
		fake.addMeeting({
			conferenceID: '960000001',
			subject: 'All hands (running)',
			chairPwd: crypto.randomBytes(4).toString('hex'),
		});
		fake.addMeeting({
			conferenceID: '960000002',
			subject: 'Planning (tomorrow)',
			start: Date.now() + 86400000,
		});
		// Two meeting-room devices (docs/any-api.md lists them through the HTTP Request node).
		fake.devices.push(
			{ sn: 'DEMO0BAR00001', name: 'Everest Bar', model: 'HUAWEI Bar 500', status: 0 },
			{ sn: 'DEMO0BOARD0002', name: 'Kilimanjaro Board', model: 'HUAWEI Board', status: 0 },
		);
	},
	async start(options) {
		const fake = await this.create(options).start();
		this.seed(fake);
		const credential = {
			id: 'huawei-demo',
			name: 'Huawei Cloud Meeting (demo)',
			type: 'huaweiCloudMeetingApi',
			data: { authMode: 'account', ...DEMO, baseUrl: fake.url, language: 'en-US' },
		};
		return { fake, credential };
	},
};

module.exports = { FakeHuawei, demoVendor };
