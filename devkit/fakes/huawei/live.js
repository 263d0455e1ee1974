'use strict';
// Meetings in progress and ended ones, as Huawei's management listings show them (SDK 3.1.209):
// SearchOnlineMeetings (GET …/conferences/online), ListOnlineConfAttendee (…/online/conf-attendee,
// snake_case query and answer), SearchHisMeetings (…/history, startDate/endDate ms epochs required)
// and SearchAttendanceRecordsOfHisMeeting (…/history/confAttendeeRecord?confUUID). State changes
// between polls through join / leave / endMeeting. Which time the history range filters on (start
// or end) is UNCONFIRMED at Huawei: this fake filters on the start, as the SDK's startDate names it.
const crypto = require('node:crypto');
const { info, utcMinute } = require('./meetings');

const PAGE_MAX = 500;
const running = (m) => m.start <= Date.now();

/** offset/limit as Huawei checks them: whole numbers, 1..500 per page. */
function page(fake, r, all, map) {
	const offset = Number(r.query.offset ?? 0);
	const limit = Number(r.query.limit ?? 20);
	if (
		!Number.isInteger(offset) ||
		offset < 0 ||
		!Number.isInteger(limit) ||
		limit < 1 ||
		limit > PAGE_MAX
	)
		return fake.err(r, 400, 'MMC.111070001', 'offset/limit out of range (limit 1..500)');
	return fake.ok(r, {
		offset,
		limit,
		count: all.length,
		data: all.slice(offset, offset + limit).map(map),
	});
}

function badFilters(fake, r) {
	if (r.query.queryAll !== undefined && !['true', 'false'].includes(r.query.queryAll))
		return fake.err(r, 400, 'MMC.111070001', 'queryAll must be true or false');
	const key = r.query.searchKey ?? r.query.search_key;
	if (key !== undefined && (key.length < 1 || key.length > 128))
		return fake.err(r, 400, 'MMC.111070001', 'searchKey must be 1..128 characters');
	return undefined;
}

const matches = (key, ...texts) =>
	key === undefined || texts.some((t) => String(t ?? '').includes(key));
const participantsOf = (m) => (m.online ??= new Map());

/** Someone joins a meeting in progress; returns the participant as ListOnlineConfAttendee shows it. */
function join(
	fake,
	conferenceID,
	{ name = 'Guest', account = '', thirdAccount = '', role = 0, participantId } = {},
) {
	const m = fake.meetings.get(conferenceID);
	if (!m) throw new Error(`no meeting ${conferenceID}`);
	const p = {
		participant_id: participantId ?? crypto.randomBytes(6).toString('hex'),
		name,
		call_number: `+99${crypto.randomInt(1e8)}`,
		role,
		third_account: thirdAccount,
		account,
		user_id: account ? `u-${account}` : '',
	};
	participantsOf(m).set(p.participant_id, { ...p, joinTime: Date.now() });
	return p;
}

/** A participant leaves: the attendance record of the session gets the join and the leave. */
function leave(fake, conferenceID, participantId) {
	const m = fake.meetings.get(conferenceID);
	const p = m && participantsOf(m).get(participantId);
	if (!p) throw new Error(`no participant ${participantId} in ${conferenceID}`);
	participantsOf(m).delete(participantId);
	(m.records ??= []).push({
		displayName: p.name,
		callNumber: p.call_number,
		deviceType: 'PC',
		joinTime: p.joinTime,
		leftTime: Date.now(),
		mediaType: 'HDVideo',
		deptName: '',
	});
}

/** The meeting ends: everyone leaves, and the session moves to the history with its confUUID. */
function endMeeting(fake, conferenceID, { endedAt = Date.now() } = {}) {
	const m = fake.meetings.get(conferenceID);
	if (!m) throw new Error(`no meeting ${conferenceID}`);
	for (const id of [...participantsOf(m).keys()]) leave(fake, conferenceID, id);
	fake.meetings.delete(conferenceID);
	const { passwordEntry, ...ended } = info(m);
	fake.history.push({
		...ended,
		conferenceState: 'Destroyed',
		startTime: utcMinute(m.start),
		endTime: utcMinute(endedAt),
		start: m.start,
		records: m.records ?? [],
	});
}

/** An ended session straight into the history (bulk and fault tests). */
function addEnded(
	fake,
	{
		conferenceID = String(980000000 + fake.history.length),
		confUUID = crypto.randomUUID(),
		subject = 'Ended meeting',
		start = Date.now() - 7200000,
		length = 60,
		records = [],
	} = {},
) {
	const entry = {
		conferenceID,
		confUUID,
		subject,
		startTime: utcMinute(start),
		endTime: utcMinute(start + length * 60000),
		conferenceState: 'Destroyed',
		start,
		records,
	};
	fake.history.push(entry);
	return entry;
}

function handleLive(fake, r) {
	if (r.method !== 'GET') return fake.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
	const bad = badFilters(fake, r);
	if (bad) return bad;
	const key = r.query.searchKey;
	if (r.path === '/v1/mmc/management/conferences/online') {
		const all = [...fake.meetings.values()]
			.filter((m) => running(m) && matches(key, m.subject, m.conferenceID))
			.sort((a, b) => a.start - b.start);
		// onlineWithoutUuid: whether Huawei fills confUUID here is UNCONFIRMED; tests try both.
		return page(fake, r, all, (m) => ({
			...info(m),
			onlineAttendeeAmount: participantsOf(m).size,
			...(fake.onlineWithoutUuid ? { confUUID: undefined } : {}),
		}));
	}
	if (r.path === '/v1/mmc/management/conferences/online/conf-attendee') {
		if (!r.query.conf_id) return fake.err(r, 400, 'MMC.111070001', 'conf_id is required');
		const m = fake.meetings.get(r.query.conf_id);
		if (!m || !running(m))
			return fake.err(
				r,
				400,
				'MMC.111070004',
				`conference ${r.query.conf_id} does not exist or has ended`,
			);
		const all = [...participantsOf(m).values()].filter((p) =>
			matches(r.query.search_key, p.third_account, p.account, p.name),
		);
		return page(fake, r, all, ({ joinTime, ...p }) => p);
	}
	if (r.path === '/v1/mmc/management/conferences/history') {
		const [from, to] = [r.query.startDate, r.query.endDate];
		if (!/^\d{12,}$/.test(from ?? '') || !/^\d{12,}$/.test(to ?? ''))
			return fake.err(
				r,
				400,
				'MMC.111070001',
				'startDate and endDate are required, as ms timestamps',
			);
		if (
			r.query.sortType !== undefined &&
			!['ASC_StartTIME', 'DSC_StartTIME', 'ASC_RecordTYPE', 'DSC_RecordTYPE'].includes(
				r.query.sortType,
			)
		)
			return fake.err(r, 400, 'MMC.111070001', 'unknown sortType');
		const desc = String(r.query.sortType ?? 'ASC').startsWith('DSC');
		const all = fake.history
			.filter(
				(h) =>
					h.start >= Number(from) &&
					h.start <= Number(to) &&
					matches(key, h.subject, h.conferenceID),
			)
			.sort((a, b) => (desc ? b.start - a.start : a.start - b.start));
		return page(fake, r, all, ({ start, records, ...h }) => h);
	}
	if (r.path === '/v1/mmc/management/conferences/history/confAttendeeRecord') {
		if (!r.query.confUUID) return fake.err(r, 400, 'MMC.111070001', 'confUUID is required');
		if (fake.autoCreate && !fake.history.some((h) => h.confUUID === r.query.confUUID))
			addEnded(fake, { confUUID: r.query.confUUID });
		const session = fake.history.find((h) => h.confUUID === r.query.confUUID);
		if (!session)
			return fake.err(r, 400, 'MMC.111070004', `no ended conference ${r.query.confUUID}`);
		return page(
			fake,
			r,
			session.records.filter((x) => matches(key, x.displayName, x.callNumber)),
			(x) => x,
		);
	}
	return fake.err(r, 404, 'APIGW.0101', `no API at ${r.method} ${r.path}`);
}

/** What FakeHuawei offers tests for the live state (mixed into its prototype). */
const liveMethods = {
	join(conferenceID, participant) {
		return join(this, conferenceID, participant);
	},
	leave(conferenceID, participantId) {
		return leave(this, conferenceID, participantId);
	},
	endMeeting(conferenceID, options) {
		return endMeeting(this, conferenceID, options);
	},
	addEnded(options) {
		return addEnded(this, options);
	},
};

module.exports = {
	handleLive,
	liveMethods,
	LIVE_PATH: /^\/v1\/mmc\/management\/conferences\/(online|history)(\/|$)/,
};
