'use strict';
// Meetings (/v1/mmc/management/conferences: CreateMeeting, SearchMeetings, ShowMeetingDetail,
// CancelMeeting) and meeting control (/v1/mmc/control/conferences: CreateConfToken with
// X-Password + X-Login-Type 1, then lock / mute with X-Conference-Authorization), per
// operations-and-events.md §3.3-3.4. MMC error codes here are made up: Huawei documents no table.
const crypto = require('node:crypto');
const { handleParticipants } = require('./control');
const { updateMeeting } = require('./meetingUpdate');

const UTC_MINUTE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
const MEDIA = ['Voice', 'Video', 'HDVideo', 'Data'];
const pad = (n) => String(n).padStart(2, '0');
const utcMinute = (ms) => {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const parseMinute = (s) => {
	const m = s.match(UTC_MINUTE);
	return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : NaN;
};

/** A meeting as Huawei's ConferenceInfo shows it (passwords only to whoever booked or administers it). */
function info(m) {
	return {
		conferenceID: m.conferenceID,
		subject: m.subject,
		startTime: utcMinute(m.start),
		endTime: utcMinute(m.start + m.length * 60000),
		length: m.length,
		mediaTypes: m.mediaTypes,
		conferenceState: running(m) ? 'Created' : 'Schedule',
		isLocked: m.locked ? 1 : 0,
		vmrID: m.vmrID ?? '',
		vmrConferenceID: m.vmrConferenceID ?? '',
		passwordEntry: [
			{ conferenceRole: 'chair', password: m.chairPwd },
			{ conferenceRole: 'general', password: m.guestPwd },
		],
		chairJoinUri: `https://meeting.example/j/${m.conferenceID}?c`,
		guestJoinUri: `https://meeting.example/j/${m.conferenceID}`,
		confUUID: m.confUUID,
		userUUID: m.userUUID,
		attendees: m.attendees,
	};
}

const running = (m) => m.start <= Date.now();

function addMeeting(
	fake,
	{
		conferenceID,
		subject = 'Demo meeting',
		start = Date.now() - 60000,
		length = 60,
		chairPwd,
		guestPwd,
		attendees = [],
	} = {},
) {
	const id =
		conferenceID ??
		String(960000000 + fake.meetings.size + Math.floor(Math.random() * 1000) * 1000);
	const m = {
		conferenceID: id,
		subject,
		start,
		length,
		mediaTypes: 'HDVideo',
		chairPwd: chairPwd ?? String(100000 + crypto.randomInt(900000)),
		guestPwd: guestPwd ?? String(100000 + crypto.randomInt(900000)),
		attendees,
		locked: false,
		muted: false,
		confUUID: crypto.randomUUID(),
		userUUID: 'admin',
	};
	fake.meetings.set(id, m);
	return m;
}

function create(fake, r, auth) {
	const b = r.body;
	if (!b || typeof b !== 'object' || Array.isArray(b))
		return fake.err(r, 400, 'MMC.111070001', 'body must be a JSON object');
	if (typeof b.mediaTypes !== 'string' || !b.mediaTypes.split(',').every((t) => MEDIA.includes(t)))
		return fake.err(
			r,
			400,
			'MMC.111070001',
			'mediaTypes is required: Voice, Video, HDVideo or Data',
		);
	if (b.subject !== undefined && (typeof b.subject !== 'string' || b.subject.length > 128))
		return fake.err(r, 400, 'MMC.111070001', 'subject must be at most 128 characters');
	let start = Date.now();
	if (b.startTime !== undefined && b.startTime !== '') {
		start = typeof b.startTime === 'string' ? parseMinute(b.startTime) : NaN;
		if (Number.isNaN(start))
			return fake.err(r, 400, 'MMC.111070001', 'startTime must be UTC "yyyy-MM-dd HH:mm"');
	}
	const length = b.length ?? 30;
	if (!Number.isInteger(length) || length < 15 || length > 1440)
		return fake.err(r, 400, 'MMC.111070001', 'length must be 15..1440 minutes');
	const attendees = b.attendees ?? [];
	if (!Array.isArray(attendees) || attendees.some((a) => !a || typeof a.accountId !== 'string'))
		return fake.err(r, 400, 'MMC.111070001', 'attendees must be objects with accountId');
	if (auth.appId && attendees.some((a) => a.appId !== auth.appId))
		return fake.err(
			r,
			400,
			'MMC.111070001',
			'with App ID authentication each attendee needs appId',
		);
	if (b.vmrFlag === 1 && !fake.vmrs.has(b.vmrID))
		return fake.err(
			r,
			400,
			'MMC.111070005',
			`VMR ${b.vmrID} does not exist (vmrID takes the room's id, not its vmrId)`,
		);
	const m = addMeeting(fake, { subject: b.subject ?? '', start, length, attendees });
	m.mediaTypes = b.mediaTypes;
	if (b.vmrFlag === 1)
		Object.assign(m, { vmrID: b.vmrID, vmrConferenceID: fake.vmrs.get(b.vmrID).vmrId });
	// `fake.createAnswer`: 'emptyArray' or 'emptyObject' books the meeting but answers 200 [] or {}.
	if (fake.createAnswer === 'emptyArray') return fake.ok(r, []);
	if (fake.createAnswer === 'emptyObject') return fake.ok(r, {});
	return fake.ok(r, [info(m)]);
}

function handleMeetings(fake, r, auth) {
	const base = '/v1/mmc/management/conferences';
	if (r.path === base && r.method === 'POST') return create(fake, r, auth);
	if (r.path === base && r.method === 'GET') {
		const offset = Number(r.query.offset ?? 0);
		const limit = Number(r.query.limit ?? 20);
		if (
			!Number.isInteger(offset) ||
			offset < 0 ||
			!Number.isInteger(limit) ||
			limit < 1 ||
			limit > 500
		)
			return fake.err(r, 400, 'MMC.111070001', 'offset/limit out of range (limit 1..500)');
		const key = r.query.searchKey;
		const all = [...fake.meetings.values()]
			.filter((m) => key === undefined || m.subject.includes(key) || m.conferenceID.includes(key))
			.sort((a, b) => a.start - b.start);
		return fake.ok(r, {
			offset,
			limit,
			count: all.length,
			data: all.slice(offset, offset + limit).map(info),
		});
	}
	if (r.query.conferenceID === undefined)
		return fake.err(r, 400, 'MMC.111070001', 'conferenceID is required');
	// autoCreate (bulk and fault tests): a meeting named for the first time comes into being.
	if (fake.autoCreate && !fake.meetings.has(r.query.conferenceID))
		addMeeting(fake, { conferenceID: r.query.conferenceID });
	const m = fake.meetings.get(r.query.conferenceID);
	if (r.query.conferenceID === undefined)
		return fake.err(r, 400, 'MMC.111070001', 'conferenceID is required');
	if (r.path === `${base}/confDetail` && r.method === 'GET') {
		if (!m)
			return fake.err(
				r,
				400,
				'MMC.111070004',
				`conference ${r.query.conferenceID} does not exist or has ended`,
			);
		return fake.ok(r, {
			conferenceData: info(m),
			data: {
				offset: 0,
				limit: 20,
				count: m.attendees.length,
				data: m.attendees.map((a) => ({ participantID: a.accountId, name: a.name, role: a.role })),
			},
		});
	}
	if (r.path === base && r.method === 'DELETE') {
		if (!m)
			return fake.err(
				r,
				400,
				'MMC.111070004',
				`conference ${r.query.conferenceID} does not exist or has ended`,
			);
		if (!['0', '1', undefined].includes(r.query.type))
			return fake.err(r, 400, 'MMC.111070001', 'type must be 0 or 1');
		if (running(m) && r.query.type !== '1')
			return fake.err(
				r,
				400,
				'MMC.111070006',
				'the conference is in progress; cancel it with type=1',
			);
		fake.meetings.delete(m.conferenceID);
		return fake.empty(r);
	}
	if (r.path === base && r.method === 'PUT') return updateMeeting(fake, r, m, info);
	return fake.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
}

function handleControl(fake, r) {
	const m = fake.meetings.get(r.query.conferenceID);
	if (r.path === '/v1/mmc/control/conferences/token' && r.method === 'GET') {
		fake.passwordsSeen.push(r.headers['x-password']);
		if (r.headers['x-login-type'] !== '1')
			return fake.err(r, 400, 'MMC.111070001', 'X-Login-Type must be 1');
		if (!m)
			return fake.err(
				r,
				400,
				'MMC.111070004',
				`conference ${r.query.conferenceID} does not exist or has ended`,
			);
		if (r.headers['x-password'] !== m.chairPwd)
			return fake.err(r, 401, 'MMC.111071001', 'The conference password is incorrect.');
		if (!running(m)) return fake.err(r, 400, 'MMC.111071030', 'The conference has not started.');
		const token = crypto.randomBytes(24).toString('base64url');
		fake.conferenceTokens.set(token, {
			conferenceID: m.conferenceID,
			expiresAt: Date.now() + fake.confTokenTtl * 1000,
		});
		return fake.ok(r, {
			data: {
				token,
				tmpWsToken: 'ws',
				wsURL: 'wss://meeting.example/ws',
				role: 1,
				expireTime: Date.now() + fake.confTokenTtl * 1000,
				confTokenExpireTime: fake.confTokenTtl,
				vmrCurrentConfID: m.vmrConferenceID ?? '',
			},
			addressToken: 'a',
			gloablPublicIP: '127.0.0.1',
		});
	}
	const token = r.headers['x-conference-authorization'];
	const entry = token && fake.conferenceTokens.get(token);
	if (!entry || entry.expiresAt <= Date.now())
		return fake.err(r, 401, 'MMC.111071002', 'The conference token has expired or is invalid.');
	if (!fake.rate.allow(token)) return fake.err(r, 429, 'MMC.111070429', 'Too many requests');
	if (!m || entry.conferenceID !== m.conferenceID)
		return fake.err(r, 403, 'MMC.111071003', 'The token does not belong to this conference.');
	const b = r.body ?? {};
	if (r.path === '/v1/mmc/control/conferences/lock' && r.method === 'PUT') {
		if (![0, 1].includes(b.isLock))
			return fake.err(r, 400, 'MMC.111070001', 'isLock must be 0 or 1');
		m.locked = b.isLock === 1;
		return fake.empty(r);
	}
	if (r.path === '/v1/mmc/control/conferences/mute' && r.method === 'PUT') {
		if (![0, 1].includes(b.isMute))
			return fake.err(r, 400, 'MMC.111070001', 'isMute must be 0 or 1');
		m.muted = b.isMute === 1;
		return fake.empty(r);
	}
	const participants = handleParticipants(fake, r, m);
	if (participants) return participants;
	return fake.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
}

module.exports = { handleMeetings, handleControl, addMeeting, utcMinute, info };
