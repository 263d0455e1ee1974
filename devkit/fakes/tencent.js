'use strict';
// A fake Tencent Cloud Chat (IM) REST API. It checks each request as Tencent does (POST, the five
// query parameters, the UserSig's HMAC, expiry, identifier and SDKAppID, JSON body fields and each
// command's per-call limit) and answers in Tencent's way: HTTP 200 with {ActionStatus, ErrorCode,
// ErrorInfo}. It keeps state: groups, members, banned and muted members, messages, imported
// accounts and app-wide mutes, so list calls return what earlier calls did. The commands live in
// tencent/{groups,members,messages,accounts,history,direct,audit,users,ownership}.js.
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { FakeServer, RateWindow } = require('./base');

const { fail } = require('./tencent/answer');

const modules = [
	'groups',
	'members',
	'messages',
	'accounts',
	'history',
	'direct',
	'audit',
	'users',
	'ownership',
].map((m) => require(`./tencent/${m}`));
/** path -> handler(fake, app, body, group) */
const COMMANDS = Object.assign({}, ...modules.map((m) => m.commands));
/** paths whose body must name an existing group (ErrorCode 10010 otherwise) */
const NEEDS_GROUP = new Set(modules.flatMap((m) => [...m.needsGroup]));

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

class FakeTencent extends FakeServer {
	constructor({ latencyMs = 0, qps = 200, groupListQps = 0 } = {}) {
		super('tencent', { latencyMs });
		this.apps = new Map(); // sdkappid (string) -> { secretKey, admins:Set, banning }
		this.groups = new Map(); // groupId -> group (see addGroup)
		this.accounts = new Set(); // imported accounts
		this.online = new Set(); // accounts logged in now (query_online_status)
		this.globalMute = new Map(); // account -> { c2c: until, group: until } (epoch seconds, 0 = none)
		/** When true every account counts as imported (the vendor-neutral tests use made-up accounts). */
		this.anyAccount = false;
		/** When true member lists naming an account that was not imported are refused whole (10019). */
		this.strictAccounts = false;
		/** Per-entry lists answered without entries: 'absent', 'empty' or 'partial' (see tencent/answer.js). */
		this.withoutEntries = undefined;
		this.rate = new RateWindow(qps);
		// Tencent allows get_appid_group_list 1 call/s; off unless asked for (the node cannot pace one API apart).
		this.groupListRate = new RateWindow(groupListQps);
		this.failures = [];
		this.usersigs = new Set();
		this.groupSeq = 0;
		this.fixtures = new Map();
	}

	addApp({ sdkAppId, secretKey, admins = ['administrator'], banning = true }) {
		this.apps.set(String(sdkAppId), { secretKey, admins: new Set(admins), banning });
	}

	isImported(account) {
		return (
			this.anyAccount ||
			this.accounts.has(account) ||
			[...this.apps.values()].some((a) => a.admins.has(account))
		);
	}

	importAccounts(...accounts) {
		for (const a of accounts.flat()) this.accounts.add(a);
	}

	/**
	 * A group with its state. `fixture: true` marks a group the vendor-neutral tests reuse across
	 * runs: reset() brings it back if a run deleted it (nothing else survives a delete).
	 */
	addGroup(
		groupId,
		{
			banned = [],
			muted = [],
			members = [],
			type = 'Public',
			name,
			owner,
			fixture = false,
			...rest
		} = {},
	) {
		if (fixture) this.fixtures.set(groupId, { banned, muted, members, type, name, owner, ...rest });
		const at = Math.floor(Date.now() / 1000);
		const group = {
			id: groupId,
			seq: ++this.groupSeq,
			type,
			name: name ?? groupId,
			owner,
			createTime: at,
			muteAll: 'Off',
			nextSeq: 1,
			introduction: '',
			notification: '',
			faceUrl: '',
			maxMemberNum: 2000,
			applyJoinOption: 'NeedPermission',
			inviteJoinOption: 'FreeAccess',
			...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
			members: new Map(
				[...(owner ? [owner] : []), ...members].map((a) => [
					a,
					{ Role: a === owner ? 'Owner' : 'Member', JoinTime: at },
				]),
			),
			banned: new Map(banned.map((a) => [a, at + 3600])),
			muted: new Map(muted.map((a) => [a, at + 3600])),
			messages: [],
			notifications: [],
		};
		this.groups.set(groupId, group);
		return group;
	}

	reset() {
		super.reset();
		for (const [id, options] of this.fixtures) if (!this.groups.has(id)) this.addGroup(id, options);
		this.failures = [];
		this.usersigs = new Set();
		this.strictAccounts = false;
		this.withoutEntries = undefined;
	}

	/**
	 * The next `times` authenticated requests get this ErrorCode; `path` (a RegExp) limits it to
	 * some APIs, `after` lets that many matching requests through first.
	 */
	failNext(code, info = `injected error ${code}`, times = 1, { path, after = 0 } = {}) {
		this.failures.push({ code, info, times, path, after });
	}

	/** Requests to the REST commands (the business calls). */
	businessCalls() {
		return this.requests.filter((r) => COMMANDS[r.path]);
	}

	async handle(r) {
		if (r.method !== 'POST')
			return {
				status: 405,
				body: { ActionStatus: 'FAIL', ErrorCode: 60009, ErrorInfo: 'only POST is supported' },
			};
		const q = r.query;
		if (!q.sdkappid) return fail(60012, 'sdkappid is missing');
		if (q.contenttype !== 'json') return fail(60002, 'contenttype must be json');
		if (!/^\d{1,10}$/.test(q.random ?? '') || Number(q.random) > 4294967295)
			return fail(60002, 'random must be a 32-bit unsigned integer');
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
		if (String(doc['TLS.sdkappid']) !== q.sdkappid)
			return fail(70014, 'sdkappid does not match usersig');
		if (doc['TLS.identifier'] !== q.identifier)
			return fail(70013, 'identifier does not match usersig');
		if (doc['TLS.ver'] !== '2.0' || hmac(app.secretKey, doc) !== doc['TLS.sig'])
			return fail(70009, 'usersig verification failed');
		if (doc['TLS.time'] + doc['TLS.expire'] < Date.now() / 1000)
			return fail(70001, 'usersig expired');
		if (!app.admins.has(q.identifier))
			return fail(60010, 'the request requires app admin permission');

		const injected = this.failures.find((f) => f.times > 0 && (!f.path || f.path.test(r.path)));
		if (injected && injected.after > 0) injected.after--;
		else if (injected) {
			injected.times--;
			return fail(injected.code, injected.info);
		}
		if (!this.rate.allow(`${q.sdkappid}|${r.path}`))
			return fail(60007, 'REST API call frequency exceeded');
		if (r.path.endsWith('/get_appid_group_list') && !this.groupListRate.allow(q.sdkappid))
			return fail(60007, 'get_appid_group_list allows 1 call per second');
		if (typeof r.body !== 'object' || r.body === null || Array.isArray(r.body))
			return fail(60003, 'request body is not JSON');

		const command = COMMANDS[r.path];
		if (!command) return fail(10003, `invalid command ${r.path}`);
		let group;
		if (NEEDS_GROUP.has(r.path)) {
			if (typeof r.body.GroupId !== 'string' || r.body.GroupId === '')
				return fail(10004, 'GroupId is required');
			group = this.groups.get(r.body.GroupId);
			if (!group) return fail(10010, 'group does not exist');
		}
		return command(this, app, r.body, group);
	}
}

/** What the demo, the example workflows and the end-to-end run use (see devkit/fakes/demo.js). */
const DEMO = {
	sdkAppId: 1400000001,
	secretKey: 'demo-tencent-secret-key-0001',
	identifier: 'administrator',
};
const demoVendor = {
	name: 'Tencent Cloud Chat',
	file: 'tencent.js',
	/** The real API host the example workflows' HTTP Request URLs name (the fake stands in for it). */
	apiBaseUrl: 'https://console.tim.qq.com',
	create: (options) => new FakeTencent(options),
	seed(fake) {
		fake.addApp({ sdkAppId: DEMO.sdkAppId, secretKey: DEMO.secretKey, admins: [DEMO.identifier] });
		fake.importAccounts(
			'brennanli3',
			'brennanli12',
			'spammer7',
			'spammer8',
			'host1',
			'alice',
			'bob',
		);
		fake.online.add('alice');
		const support = fake.addGroup('@TGS#aJRGC4MH6', {
			name: 'Support',
			banned: ['brennanli3', 'brennanli12', 'spammer7'],
			members: ['alice', 'bob', 'spammer7', 'spammer8'],
		});
		for (const [from, text] of [
			['spammer7', 'cheap coins'],
			['alice', 'hello'],
			['spammer8', 'click here'],
		]) {
			support.messages.push({
				MsgSeq: support.nextSeq++,
				MsgTime: Math.floor(Date.now() / 1000),
				From_Account: from,
				Random: 1,
				MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
				recalled: false,
				deleted: false,
			});
		}
		fake.addGroup('@TGS#aLIVE0001', {
			type: 'AVChatRoom',
			name: 'Launch stream',
			owner: 'host1',
			members: ['alice', 'bob'],
		});
		fake.addGroup('@TGS#aLIVE0002', { type: 'AVChatRoom', name: 'Weekly show', owner: 'host1' });
		// Owned by a leaver of examples/offboarding-across-vendors.json: handed over before removal.
		fake.addGroup('@TGS#2APOLLO01', {
			name: 'Project Apollo',
			owner: 'alice',
			members: ['bob', 'brennanli3'],
		});
	},
	async start(options) {
		const fake = await this.create(options).start();
		this.seed(fake);
		const credential = {
			id: 'tencent-demo',
			name: 'Tencent Cloud Chat (demo)',
			type: 'tencentCloudChatApi',
			data: { ...DEMO, region: 'custom', baseUrl: fake.url },
		};
		return { fake, credential };
	},
};

module.exports = { FakeTencent, decodeUserSig, demoVendor };
