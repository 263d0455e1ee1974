'use strict';
// A fake Tencent Cloud Chat (IM) REST API. It checks each request as Tencent does (POST, the five
// query parameters, the UserSig's HMAC, expiry, identifier and SDKAppID, JSON body fields and the
// 20-account limit) and answers in Tencent's way: HTTP 200 with {ActionStatus, ErrorCode, ErrorInfo}.
// It keeps banned and muted members per group, so list calls return what earlier calls did.
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { FakeServer, RateWindow } = require('./base');

const ok = (extra = {}) => ({ status: 200, body: { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, ...extra } });
const fail = (code, info) => ({ status: 200, body: { ActionStatus: 'FAIL', ErrorInfo: info, ErrorCode: code } });

/** Tencent's base64 variant back to the JSON document inside a UserSig. */
function decodeUserSig(usersig) {
	const b64 = usersig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
	return JSON.parse(zlib.inflateSync(Buffer.from(b64, 'base64')).toString('utf8'));
}

function hmac(key, doc) {
	const content =
		`TLS.identifier:${doc['TLS.identifier']}\n` +
		`TLS.sdkappid:${doc['TLS.sdkappid']}\n` +
		`TLS.time:${doc['TLS.time']}\n` +
		`TLS.expire:${doc['TLS.expire']}\n`;
	return crypto.createHmac('sha256', key).update(content).digest('base64');
}

const GROUP_APIS = {
	'/v4/group_open_http_svc/ban_group_member': 'ban',
	'/v4/group_open_http_svc/unban_group_member': 'unban',
	'/v4/group_open_http_svc/get_group_ban_member': 'getBanned',
	'/v4/group_open_http_svc/forbid_send_msg': 'forbid',
	'/v4/group_open_http_svc/get_group_muted_account': 'getMuted',
};

class FakeTencent extends FakeServer {
	constructor({ latencyMs = 0, qps = 200 } = {}) {
		super('tencent', { latencyMs });
		this.apps = new Map(); // sdkappid (string) -> { secretKey, admins:Set, accounts:Set|undefined, banning }
		this.groups = new Map(); // groupId -> { banned: Map(account -> until), muted: Map(account -> until) }
		this.rate = new RateWindow(qps);
		this.failures = [];
		this.usersigs = new Set();
	}

	addApp({ sdkAppId, secretKey, admins = ['administrator'], banning = true }) {
		this.apps.set(String(sdkAppId), { secretKey, admins: new Set(admins), banning });
	}

	addGroup(groupId, { banned = [], muted = [] } = {}) {
		const until = Math.floor(Date.now() / 1000) + 3600;
		this.groups.set(groupId, {
			banned: new Map(banned.map((a) => [a, until])),
			muted: new Map(muted.map((a) => [a, until])),
		});
		return this.groups.get(groupId);
	}

	reset() {
		super.reset();
		this.failures = [];
		this.usersigs = new Set();
	}

	/**
	 * The next `times` authenticated requests get this ErrorCode; `path` (a RegExp) limits it to
	 * some APIs, `after` lets that many matching requests through first.
	 */
	failNext(code, info = `injected error ${code}`, times = 1, { path, after = 0 } = {}) {
		this.failures.push({ code, info, times, path, after });
	}

	/** Requests to the group APIs (the business calls). */
	businessCalls() {
		return this.requests.filter((r) => GROUP_APIS[r.path]);
	}

	async handle(r) {
		if (r.method !== 'POST') return { status: 405, body: { ActionStatus: 'FAIL', ErrorCode: 60009, ErrorInfo: 'only POST is supported' } };
		const q = r.query;
		if (!q.sdkappid) return fail(60012, 'sdkappid is missing');
		if (q.contenttype !== 'json') return fail(60002, 'contenttype must be json');
		if (!/^\d{1,10}$/.test(q.random ?? '') || Number(q.random) > 4294967295) return fail(60002, 'random must be a 32-bit unsigned integer');
		if (!q.identifier) return fail(60002, 'identifier is missing');
		if (!q.usersig) return fail(70003, 'usersig is missing');
		this.usersigs.add(q.usersig);
		const app = this.apps.get(q.sdkappid);
		if (!app) return fail(70020, `sdkappid ${q.sdkappid} not found in this data center`);
		let doc;
		try {
			doc = decodeUserSig(q.usersig);
		} catch {
			return fail(70003, 'usersig parse failed');
		}
		if (String(doc['TLS.sdkappid']) !== q.sdkappid) return fail(70014, 'sdkappid does not match usersig');
		if (doc['TLS.identifier'] !== q.identifier) return fail(70013, 'identifier does not match usersig');
		if (doc['TLS.ver'] !== '2.0' || hmac(app.secretKey, doc) !== doc['TLS.sig']) return fail(70009, 'usersig verification failed');
		if (doc['TLS.time'] + doc['TLS.expire'] < Date.now() / 1000) return fail(70001, 'usersig expired');
		if (!app.admins.has(q.identifier)) return fail(60010, 'the request requires app admin permission');

		const injected = this.failures.find((f) => f.times > 0 && (!f.path || f.path.test(r.path)));
		if (injected && injected.after > 0) injected.after--;
		else if (injected) {
			injected.times--;
			return fail(injected.code, injected.info);
		}
		if (!this.rate.allow(`${q.sdkappid}|${r.path}`)) return fail(60007, 'REST API call frequency exceeded');
		if (typeof r.body !== 'object' || r.body === null || Array.isArray(r.body)) return fail(60003, 'request body is not JSON');

		if (r.path === '/v4/im_open_login_svc/account_check') return this.accountCheck(r.body);
		const api = GROUP_APIS[r.path];
		if (!api) return fail(10003, `invalid command ${r.path}`);
		if (typeof r.body.GroupId !== 'string' || r.body.GroupId === '') return fail(10004, 'GroupId is required');
		const group = this.groups.get(r.body.GroupId);
		if (!group) return fail(10010, 'group does not exist');
		return this[api](app, group, r.body);
	}

	accountCheck(body) {
		if (!Array.isArray(body.CheckItem) || body.CheckItem.length === 0) return fail(10004, 'CheckItem is required');
		return ok({ ResultItem: body.CheckItem.map((c) => ({ UserID: c.UserID, ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' })) });
	}

	/** Members_Account must be a non-empty array of non-empty strings, at most `max`. */
	accounts(body, max) {
		const list = body.Members_Account;
		if (!Array.isArray(list) || list.length === 0) return { error: fail(10004, 'Members_Account is required') };
		if (list.some((a) => typeof a !== 'string' || a === '')) return { error: fail(10004, 'Members_Account entries must be non-empty strings') };
		if (list.length > max) return { error: fail(10005, `at most ${max} Members_Account per request`) };
		return { list };
	}

	ban(app, group, body) {
		if (!app.banning) return fail(10007, 'audio-video group member banning is not enabled');
		const { list, error } = this.accounts(body, 20);
		if (error) return error;
		if (!Number.isInteger(body.Duration) || body.Duration < 0) return fail(10004, 'Duration must be a non-negative integer');
		if (body.Description !== undefined && (typeof body.Description !== 'string' || Buffer.byteLength(body.Description) > 1000)) {
			return fail(10004, 'Description must be a string of at most 1000 bytes');
		}
		const until = Math.floor(Date.now() / 1000) + body.Duration;
		for (const a of list) group.banned.set(a, until);
		return ok();
	}

	unban(app, group, body) {
		if (!app.banning) return fail(10007, 'audio-video group member banning is not enabled');
		const { list, error } = this.accounts(body, 20);
		if (error) return error;
		for (const a of list) group.banned.delete(a);
		return ok();
	}

	getBanned(app, group, body) {
		const limit = body.Limit ?? 20;
		const offset = body.Offset ?? 0;
		if (!Number.isInteger(limit) || limit < 1 || limit > 100) return fail(10004, 'Limit must be between 1 and 100');
		if (!Number.isInteger(offset) || offset < 0) return fail(10004, 'Offset must be a non-negative integer');
		const all = [...group.banned.entries()];
		const page = all.slice(offset, offset + limit).map(([a, until]) => ({ Member_Account: a, BannedUntil: until }));
		const next = offset + limit < all.length ? offset + limit : 0;
		return ok({ BannedAccountList: page, NextOffset: next });
	}

	forbid(app, group, body) {
		// Tencent documents no per-call maximum here; the fake allows 500 so the node's 20 is not what is tested.
		const { list, error } = this.accounts(body, 500);
		if (error) return error;
		if (!Number.isInteger(body.MuteTime) || body.MuteTime < 0 || body.MuteTime > 4294967295) return fail(10004, 'MuteTime must be a 32-bit unsigned integer');
		const until = Math.floor(Date.now() / 1000) + body.MuteTime;
		for (const a of list) {
			if (body.MuteTime === 0) group.muted.delete(a);
			else group.muted.set(a, until);
		}
		return ok();
	}

	getMuted(app, group, body) {
		return ok({ GroupId: body.GroupId, ShuttedUinList: [...group.muted.entries()].map(([a, until]) => ({ Member_Account: a, ShuttedUntil: until })) });
	}
}

/** What the demo, the example workflows and the end-to-end run use (see devkit/fakes/demo.js). */
const DEMO = { sdkAppId: 1400000001, secretKey: 'demo-tencent-secret-key-0001', identifier: 'administrator' };
const demoVendor = {
	name: 'Tencent Cloud Chat',
	file: 'tencent.js',
	async start(options) {
		const fake = await new FakeTencent(options).start();
		fake.addApp({ sdkAppId: DEMO.sdkAppId, secretKey: DEMO.secretKey, admins: [DEMO.identifier] });
		fake.addGroup('@TGS#aJRGC4MH6', { banned: ['brennanli3', 'brennanli12', 'spammer7'] });
		const credential = { id: 'tencent-demo', name: 'Tencent Cloud Chat (demo)', type: 'tencentCloudChatApi', data: { ...DEMO, region: 'custom', baseUrl: fake.url } };
		return { fake, credential };
	},
};

module.exports = { FakeTencent, decodeUserSig, demoVendor };
