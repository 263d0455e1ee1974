'use strict';
// conference_1.0 on the fake, beyond control: UpdateVideoConferenceSetting, Cohosts, the
// attendance (GetConfDetailData), the ended-conference history (GetHistoryConfDataList) and the
// lookup by meeting number (QueryConferenceInfoByRoomCode). Times are ms, as in the official client.
const { err, ok, unknownKey, checkFields, intQuery } = require('./errors');
const { paramsError, userListError, control } = require('./conference');

const P = '^\\/v1\\.0\\/conference\\/videoConferences\\/([^/]+)';
const SWITCHES = [
	'allowUnmuteSelf',
	'autoTransferHost',
	'forbiddenShareScreen',
	'lockConference',
	'muteAll',
	'onlyInternalEmployeesJoin',
];
/** The fake's page-size ceiling (DingTalk documents none: UNCONFIRMED). */
const PAGE_MAX = 100;

/** maxResults/nextToken (our nextToken is an offset); a failure answer or { start, max }. */
function paging(query, defaultMax) {
	if (!intQuery(query.maxResults) || !intQuery(query.nextToken))
		return { error: paramsError('maxResults and nextToken must be numbers') };
	const max = query.maxResults === undefined ? defaultMax : Number(query.maxResults);
	if (max < 1 || max > PAGE_MAX) return { error: paramsError(`maxResults must be 1..${PAGE_MAX}`) };
	return { start: Number(query.nextToken ?? 0), max };
}

/** Query keys beyond `allowed` are refused (the request shape is the official client's). */
const unknownQuery = (query, allowed) => {
	const bad = unknownKey(query, allowed);
	return bad ? paramsError(`unknown query parameter ${bad}`) : undefined;
};

/** The attendance records of a conference: members who joined, with join/leave times in ms. */
function attendance(conf) {
	return [...conf.members.values()]
		.filter((m) => m.joinTime !== undefined)
		.map((m) => {
			const leaveTime = m.leaveTime ?? conf.endTime;
			return {
				conferenceId: conf.conferenceId,
				unionId: m.unionId,
				nick: m.userNick,
				role: m.host ? '主持人' : m.coHost ? '联席主持人' : '参会人',
				joinTime: m.joinTime,
				...(leaveTime !== undefined ? { leaveTime, duration: leaveTime - m.joinTime } : {}),
				deviceType: 'Mac',
				status: m.attendStatus === 3 ? '会中' : '已离开',
				belongOrg: 'true',
			};
		});
}

const routes = [
	[
		'PUT',
		new RegExp(`${P}$`),
		'UpdateVideoConferenceSetting',
		control(SWITCHES, (_f, conf, b) => {
			for (const key of Object.keys(b))
				if (typeof b[key] !== 'boolean') return paramsError(`${key} must be a boolean`);
			if (Object.keys(b).length === 0) return paramsError('no setting given');
			conf.settings = { ...(conf.settings ?? {}), ...b };
			if (b.lockConference !== undefined) conf.locked = b.lockConference;
			if (b.muteAll !== undefined) conf.mutedAll = b.muteAll;
			return ok({ case: '', code: '200' });
		}),
	],
	[
		'POST',
		new RegExp(`${P}/coHosts/set$`),
		'Cohosts',
		control(['action', 'userList'], (fake, conf, b) => {
			if (b.action !== 'add' && b.action !== 'remove')
				return err(400, 'commandError', 'commandError');
			const failed = userListError(conf, b.userList);
			if (failed) return failed;
			if (b.userList.length > fake.kickLimit)
				return paramsError(`at most ${fake.kickLimit} users per call`);
			for (const u of b.userList) conf.members.get(u.unionId).coHost = b.action === 'add';
			return ok({ success: true });
		}),
	],
	[
		'GET',
		new RegExp(`${P}/details$`),
		'GetConfDetailData',
		(fake, r, id) => {
			const bad = unknownQuery(r.query, ['maxResults', 'nextToken', 'nick']);
			if (bad) return bad;
			const conf = fake.conferences.get(id);
			if (!conf) return err(404, 'roomNotFound', 'conference not found');
			const { start, max, error } = paging(r.query, 20);
			if (error) return error;
			const all = attendance(conf).filter((a) => !r.query.nick || a.nick === r.query.nick);
			const page = all.slice(start, start + max);
			const more = start + max < all.length;
			// No hasMore in the official client's answer: an empty nextToken ends the listing.
			return ok({ list: page, nextToken: more ? String(start + max) : '' });
		},
	],
	[
		'GET',
		/^\/v1\.0\/conference\/videoConferences\/histories\/dataLists$/,
		'GetHistoryConfDataList',
		(fake, r) => {
			const q = r.query;
			const bad = unknownQuery(q, [
				'startTime',
				'endTime',
				'realData',
				'maxResults',
				'nextToken',
				'title',
				'creatorNike',
				'scene',
				'freeType',
			]);
			if (bad) return bad;
			if (!/^\d{13}$/.test(q.startTime ?? '') || !/^\d{13}$/.test(q.endTime ?? ''))
				return paramsError('startTime and endTime are required, in milliseconds');
			if (Number(q.endTime) <= Number(q.startTime))
				return paramsError('endTime must be after startTime');
			if (q.realData !== 'true' && q.realData !== 'false')
				return paramsError('realData is required (true or false)');
			const { start, max, error } = paging(q, 20);
			if (error) return error;
			const ended = [...fake.conferences.values()]
				.filter(
					(c) =>
						c.closed &&
						c.startTime >= Number(q.startTime) &&
						c.startTime <= Number(q.endTime) &&
						(!q.title || c.title.includes(q.title)) &&
						(!q.creatorNike || c.creatorId === q.creatorNike),
				)
				.sort((a, b) => a.startTime - b.startTime)
				.map((c) => ({
					conferenceId: c.conferenceId,
					title: c.title,
					creatorId: c.creatorId,
					creatorNick: c.creatorId,
					deptName: 'Headquarters',
					startTime: c.startTime,
					endTime: c.endTime,
					timeLength: c.endTime - c.startTime,
					userCount: attendance(c).length,
					scene: 'ding_talk',
					freeType: '0',
				}));
			const more = start + max < ended.length;
			return ok({
				list: ended.slice(start, start + max),
				nextToken: more ? String(start + max) : '',
			});
		},
	],
	[
		'GET',
		/^\/v1\.0\/conference\/roomCodes\/([^/]+)\/infos$/,
		'QueryConferenceInfoByRoomCode',
		(fake, r, code) => {
			const bad = unknownQuery(r.query, ['maxResults', 'nextToken']);
			if (bad) return bad;
			const { start, max, error } = paging(r.query, 20);
			if (error) return error;
			const all = [...fake.conferences.values()]
				.filter((c) => c.roomCode === code)
				// The official client's keys (QueryConferenceInfoByRoomCodeResponseBodyConferenceList).
				.map((c) => ({
					bizType: '0',
					confDuration: (c.endTime ?? Date.now()) - c.startTime,
					conferenceId: c.conferenceId,
					creatorId: c.creatorId,
					creatorNick: c.creatorId,
					...(c.closed ? { endTime: c.endTime } : {}),
					externalLinkUrl: `https://meeting.dingtalk.com/app?roomCode=${c.roomCode}`,
					roomCode: c.roomCode,
					scheduleConferenceId: '',
					startTime: c.startTime,
					status: c.closed ? 1 : 2,
					title: c.title,
				}));
			const more = start + max < all.length;
			return ok({
				conferenceList: all.slice(start, start + max),
				hasMore: more,
				nextToken: more ? String(start + max) : '',
				totalCount: all.length,
			});
		},
	],
	// Not an operation of the node: docs/any-api.md calls it through the HTTP Request node. The
	// request is DingTalk's (QueryMinutesSummary); the answer's shape is the fake's guess (UNCONFIRMED).
	[
		'POST',
		new RegExp(`${P}/minutes/summaries/query$`),
		'QueryMinutesSummary',
		(fake, r, id) => {
			const b = r.body;
			const bad = unknownKey(b, ['summaryTypeList', 'unionId']);
			if (bad) return paramsError(`unknown field ${bad}`);
			const failed = checkFields(
				b,
				{ unionId: 'string', summaryTypeList: 'array' },
				['unionId'],
				'paramsError',
			);
			if (failed) return failed;
			const conf = fake.conferences.get(id);
			if (!conf) return err(404, 'roomNotFound', 'conference not found');
			return ok({
				summaryList: (b.summaryTypeList ?? ['fullSummary']).map((type) => ({
					type,
					content: `${type} of ${conf.title}`,
				})),
			});
		},
	],
];

module.exports = { routes };
