'use strict';
// A fake DingTalk OpenAPI: token endpoints, the x-acs-dingtalk-access-token header, JSON bodies,
// methods, paths, field types and limits of every endpoint the node uses, DingTalk's error format
// ({code, message, requestid} with the documented status), a 20/s limit per app and API, and state
// (rooms, groups, blocklist, conferences, scheduled conferences, calendar events).
const crypto = require('node:crypto');
const { FakeServer, RateWindow } = require('../base');
const { err } = require('./errors');
const rooms = require('./rooms');
const blocklist = require('./blocklist');
const conference = require('./conference');
const scheduled = require('./scheduled');
const history = require('./history');
const calendar = require('./calendar');

const routes = [rooms, blocklist, conference, scheduled, history, calendar].flatMap(
	(m) => m.routes,
);

class FakeDingTalk extends FakeServer {
	constructor({ latencyMs = 0, qps = 20, tokenTtl = 7200 } = {}) {
		super('dingtalk', { latencyMs });
		this.apps = new Map(); // clientId -> { clientSecret, corpId, missingScope }
		this.tokens = new Map(); // token -> { clientId, expiresAt }
		this.tokenTtl = tokenTtl;
		this.rate = new RateWindow(qps);
		this.blocklist = new Map(); // unionId -> { startTime, endTime, memo, by }
		this.rooms = new Map(); // roomId -> room (+ centralControl, signals)
		this.groups = new Map(); // String(groupId) -> { groupId, groupName, parentId }
		this.conferences = new Map(); // conferenceId -> conference state
		this.schedules = new Map(); // scheduleConferenceId -> scheduled conference
		this.events = new Map(); // userId|calendarId|eventId -> calendar event (calendar.js)
		/**
		 * Bench fixture (the registry's request counts run the same items twice): when true, deleting
		 * a room or group, closing a conference and starting/stopping a recording answer as usual but
		 * leave the state as it was, so the second run finds the same things. Never set by the
		 * per-resource tests, which check that state changes stick.
		 */
		this.replayable = false;
		this.kickLimit = 100; // KickMembers per-call maximum: UNCONFIRMED, this is our guess
		this.seq = 0;
	}

	/** An id for something created through the API: `<prefix>-<seq><6 hex>` (see NEW_ID). */
	nextId(prefix) {
		return `${prefix}-${++this.seq}${crypto.randomBytes(3).toString('hex')}`;
	}

	addApp({ clientId, clientSecret, corpId = 'ding-corp-1', missingScope = false }) {
		this.apps.set(clientId, { clientSecret, corpId, missingScope });
	}

	addRoom(roomId, { centralControl = true, roomName = `Room ${roomId}`, groupId } = {}) {
		const room = {
			roomId,
			roomName,
			roomStatus: 0,
			roomCapacity: 8,
			roomLabels: [],
			corpId: 'ding-corp-1',
			centralControl,
			signals: [],
		};
		if (groupId !== undefined) {
			const g = this.groups.get(String(groupId));
			room.roomGroup = { groupId: g.groupId, groupName: g.groupName, parentId: g.parentId };
		}
		this.rooms.set(roomId, room);
		return room;
	}

	addGroup(groupName, parentId = 0, groupId = undefined) {
		const id = groupId ?? 1000 + this.groups.size + this.seq++;
		const group = { groupId: id, groupName, parentId };
		this.groups.set(String(id), group);
		return group;
	}

	/** An ongoing conference (or an ended one) hosted by `host`, with `members` (unionIds) in it. */
	addConference(
		conferenceId,
		{
			closed = false,
			host = 'host-1',
			title = `Conference ${conferenceId}`,
			members = [],
			startTime = Date.now(),
		} = {},
	) {
		const conf = {
			conferenceId,
			title,
			creatorId: host,
			closed,
			locked: false,
			recording: false,
			startTime,
			roomCode: String(200000000 + this.conferences.size),
			members: new Map(),
		};
		if (closed) conf.endTime = startTime;
		conf.members.set(host, {
			unionId: host,
			conferenceId,
			userNick: host,
			attendStatus: 3,
			host: true,
			coHost: false,
			joinTime: startTime,
		});
		for (const m of members)
			conf.members.set(m, {
				unionId: m,
				conferenceId,
				userNick: m,
				attendStatus: 3,
				host: false,
				coHost: false,
				joinTime: startTime,
			});
		this.conferences.set(conferenceId, conf);
		return conf;
	}

	/** Someone joins an ongoing conference in the DingTalk client (attendStatus 3, "in the meeting"). */
	joinConference(conferenceId, unionId, at = Date.now()) {
		const conf = this.conferences.get(conferenceId);
		const member = conf.members.get(unionId) ?? {
			unionId,
			conferenceId,
			userNick: unionId,
			host: false,
			coHost: false,
		};
		Object.assign(member, { attendStatus: 3, joinTime: at });
		delete member.leaveTime;
		conf.members.set(unionId, member);
	}

	/** Someone leaves (attendStatus 6); they stay in the member list, as DingTalk keeps them. */
	leaveConference(conferenceId, unionId, at = Date.now()) {
		Object.assign(this.conferences.get(conferenceId).members.get(unionId), {
			attendStatus: 6,
			leaveTime: at,
		});
	}

	/** The conference ends in the client (not through the API): it leaves the ongoing list. */
	endConference(conferenceId, at = Date.now()) {
		const conf = this.conferences.get(conferenceId);
		for (const m of conf.members.values())
			if (m.attendStatus === 3) this.leaveConference(conferenceId, m.unionId, at);
		Object.assign(conf, { closed: true, endTime: at });
	}

	/** A scheduled conference as CreateScheduleConference would leave it. */
	addSchedule(
		id,
		{
			creator = 'host-1',
			title = `Scheduled ${id}`,
			startTime = Date.UTC(2030, 0, 1, 9),
			endTime = Date.UTC(2030, 0, 1, 10),
		} = {},
	) {
		const roomCode = String(100000000 + this.schedules.size);
		const s = {
			scheduleConferenceId: id,
			title,
			startTime,
			endTime,
			creatorUnionId: creator,
			roomCode,
			url: `https://meeting.dingtalk.com/j/${roomCode}`,
			phones: [],
			settings: {},
		};
		this.schedules.set(id, s);
		return s;
	}

	/** A calendar event of `userId` (calendar.js), e.g. one a room is booked for. */
	addEvent(userId, eventId, options) {
		return calendar.addEvent(this, userId, eventId, options);
	}

	/** Every issued token stops working (as after DingTalk rotated them). */
	expireTokens() {
		for (const t of this.tokens.values()) t.expiresAt = 0;
	}

	/** As DingTalk: asked again while its token is valid, an app gets the same token, renewed. */
	issue(clientId) {
		const live = [...this.tokens].find(
			([, t]) => t.clientId === clientId && t.expiresAt > Date.now(),
		);
		if (live) {
			live[1].expiresAt = Date.now() + this.tokenTtl * 1000;
			return live[0];
		}
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
		if (r.path.startsWith('/v1.0/oauth2/')) return this.token(r);
		const token = r.headers['x-acs-dingtalk-access-token'];
		const entry = token && this.tokens.get(token);
		if (!token)
			return err(400, 'MissingParameter.AccessToken', 'x-acs-dingtalk-access-token is missing');
		if (!entry || entry.expiresAt <= Date.now())
			return err(400, 'InvalidAuthentication', '不合法的access_token');
		const withBody = r.method === 'POST' || r.method === 'PUT';
		if (withBody) {
			if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
				return err(400, 'param.error', 'Content-Type must be application/json');
			if (typeof r.body !== 'object' || r.body === null || Array.isArray(r.body))
				return err(400, 'param.error', 'body must be a JSON object');
		} else if (r.raw) {
			return err(400, 'param.error', `${r.method} takes no body`);
		}
		if (this.apps.get(entry.clientId).missingScope) {
			return err(403, 'Forbidden.AccessDenied.AccessTokenPermissionDenied', 'No permission', {
				accessdenieddetail: { requiredScopes: ['VideoConference.Conference.Write'] },
			});
		}
		const found = routes
			.map(([method, re, api, fn]) => [method, re.exec(r.path), api, fn])
			.filter(([, m]) => m);
		const route = found.find(([method]) => method === r.method);
		if (!route) return err(404, 'NotFound', `no API at ${r.method} ${r.path}`);
		const [, match, api, fn] = route;
		if (!this.rate.allow(`${entry.clientId}|${api}`))
			return err(
				403,
				'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi',
				'qps limit for appkey and api',
			);
		return fn(this, r, ...match.slice(1).map(decodeURIComponent));
	}

	token(r) {
		if (r.method !== 'POST') return err(404, 'NotFound', `no ${r.method} ${r.path}`);
		if (r.path === '/v1.0/oauth2/accessToken') {
			const { appKey, appSecret } = r.body ?? {};
			const app = this.apps.get(appKey);
			if (!app || app.clientSecret !== appSecret)
				return err(400, 'invalidClientIdOrSecret', '无效的clientId或者clientSecret');
			return { status: 200, body: { accessToken: this.issue(appKey), expireIn: this.tokenTtl } };
		}
		const corpToken = r.path.match(/^\/v1\.0\/oauth2\/([^/]+)\/token$/);
		if (!corpToken) return err(404, 'NotFound', `no API at ${r.path}`);
		const { client_id: id, client_secret: secret, grant_type: grant } = r.body ?? {};
		if (grant !== 'client_credentials')
			return err(400, 'unsupported.grant.type', 'grant_type must be client_credentials');
		const app = this.apps.get(id);
		if (!app || app.clientSecret !== secret)
			return err(400, 'invalid.client', 'client_id or client_secret is invalid');
		if (decodeURIComponent(corpToken[1]) !== app.corpId)
			return err(401, 'unauthorized.client', 'the corp has not authorized this app');
		return { status: 200, body: { access_token: this.issue(id), expires_in: this.tokenTtl } };
	}
}

/** The ids nextId makes (rooms, conferences, scheduled conferences): new on every run. */
FakeDingTalk.NEW_ID = /(?<![\w-])(room|conf|sched)-\d+[0-9a-f]{6}(?![\w-])/;

module.exports = { FakeDingTalk };

// The demo state lives in demo.js; it makes its fakes with the class defined here.
const demo = require('./demo');
module.exports.seedDemo = demo.seedDemo;
module.exports.demoVendor = { ...demo.demoVendor, create: (options) => new FakeDingTalk(options) };
