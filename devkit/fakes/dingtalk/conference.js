'use strict';
// conference_1.0 on the fake: video conferences (control, members, recording); scheduled ones are
// in scheduled.js, settings, co-hosts and history in history.js. A closed conference refuses
// further control with confClosed.
const { err, ok, unknownKey, checkFields, intQuery } = require('./errors');

const P = '^\\/v1\\.0\\/conference\\/videoConferences\\/([^/]+)';
const paramsError = (message = 'paramsError') => err(400, 'paramsError', message);

/** The open conference at `id`, or the error DingTalk gives. */
function openConference(fake, id, closedCode = 'confClosed') {
	const conf = fake.conferences.get(id);
	if (!conf) return { error: err(404, 'roomNotFound', 'conference not found') };
	if (conf.closed) return { error: err(400, closedCode, closedCode) };
	return { conf };
}

/** userList: [{unionId, participantId?}], each a member of the conference. */
function userListError(conf, list) {
	if (!Array.isArray(list) || list.length === 0) return paramsError('userList is required');
	for (const u of list) {
		if (
			!u ||
			typeof u.unionId !== 'string' ||
			u.unionId === '' ||
			unknownKey(u, ['unionId', 'participantId'])
		)
			return paramsError('userList entries need a unionId');
		if (!conf.members.has(u.unionId)) return paramsError(`${u.unionId} is not in the conference`);
	}
	return undefined;
}

const confInfo = (c) => ({
	conferenceId: c.conferenceId,
	title: c.title,
	creatorId: c.creatorId,
	creatorNick: c.creatorId,
	status: c.closed ? 1 : 2,
	startTime: c.startTime,
	...(c.closed ? { endTime: c.endTime } : {}),
	roomCode: c.roomCode,
	bizType: '0',
	externalLinkUrl: `https://meeting.dingtalk.com/app?roomCode=${c.roomCode}`,
	activeNum: [...c.members.values()].filter((m) => m.attendStatus === 3).length,
	attendNum: c.members.size,
	invitedNum: c.members.size,
	cloudRecordStatus: c.recording ? 1 : 0,
});

/** A conference control call: open conference, only the listed body keys, then `apply`. */
const control = (keys, apply, closedCode) => (fake, r, id) => {
	const { conf, error } = openConference(fake, id, closedCode);
	if (error) return error;
	const bad = unknownKey(r.body, keys);
	if (bad) return paramsError(`unknown field ${bad}`);
	return apply(fake, conf, r.body);
};

const routes = [
	[
		'POST',
		/^\/v1\.0\/conference\/videoConferences$/,
		'CreateVideoConference',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['userId', 'confTitle', 'inviteUserIds', 'inviteCaller']);
			if (bad) return paramsError(`unknown field ${bad}`);
			const failed = checkFields(
				b,
				{ userId: 'string', confTitle: 'string', inviteUserIds: 'array', inviteCaller: 'boolean' },
				['userId', 'confTitle'],
				'paramsError',
			);
			if (failed) return failed;
			if (b.confTitle.length > 256) return err(400, 'paramsTitleError', 'title too long');
			if (b.userId === 'outsider') return err(400, 'unknownUserError', 'unknown user');
			const conf = fake.addConference(fake.nextId('conf'), {
				host: b.userId,
				title: b.confTitle.slice(0, 50),
				members: b.inviteUserIds ?? [],
			});
			return ok({
				conferenceId: conf.conferenceId,
				conferencePassword: '1234',
				hostPassword: '5678',
				externalLinkUrl: `https://meeting.dingtalk.com/app?roomCode=${conf.roomCode}`,
				phoneNumbers: [],
				roomCode: conf.roomCode,
			});
		},
	],
	[
		'GET',
		/^\/v1\.0\/conference\/orgConferences$/,
		'QueryOrgConferenceList',
		(fake, r) => {
			if (!intQuery(r.query.maxResults)) return paramsError('maxResults must be a number');
			const max = r.query.maxResults === undefined ? 20 : Number(r.query.maxResults);
			const start = r.query.nextToken === undefined ? 0 : Number(r.query.nextToken);
			if (!Number.isInteger(start) || start < 0 || max < 1)
				return paramsError('bad nextToken or maxResults');
			// `stillListed`: the list lagging behind a conference's end (as a real listing may).
			const open = [...fake.conferences.values()]
				.filter((c) => !c.closed || c.stillListed)
				.map((c) => ({ ...confInfo(c), status: 2 }));
			const more = start + max < open.length;
			return ok({
				onGoingConfList: open.slice(start, start + max),
				totalCount: open.length,
				hasMore: more,
				nextToken: more ? String(start + max) : '',
			});
		},
	],
	[
		'DELETE',
		new RegExp(`${P}$`),
		'CloseVideoConference',
		(fake, r, id) => {
			const { conf, error } = openConference(fake, id, 'resourceClose');
			if (error) return error;
			if (!r.query.unionId) return paramsError('unionId is required');
			if (r.query.unionId !== conf.creatorId)
				return err(400, 'permissionError', 'only the host can close the conference');
			if (!fake.replayable) {
				conf.closed = true;
				conf.endTime = Date.now();
			}
			return ok({ code: 200, cause: '' });
		},
	],
	[
		'GET',
		new RegExp(`${P}$`),
		'QueryConferenceInfo',
		(fake, _r, id) => {
			const conf = fake.conferences.get(id);
			if (!conf) return err(404, 'roomNotFound', 'conference not found');
			return ok({ confInfo: confInfo(conf) });
		},
	],
	[
		'GET',
		new RegExp(`${P}/members$`),
		'QueryConferenceMembers',
		(fake, r, id) => {
			const conf = fake.conferences.get(id);
			if (!conf) return err(404, 'roomNotFound', 'conference not found');
			if (!intQuery(r.query.maxResults) || !intQuery(r.query.nextToken))
				return paramsError('maxResults and nextToken must be numbers');
			const max = r.query.maxResults === undefined ? 128 : Number(r.query.maxResults);
			const start = Number(r.query.nextToken ?? 0);
			const all = [...conf.members.values()];
			const page = all.slice(start, start + max);
			// No hasMore: DingTalk gives a nextToken and the total count.
			return ok({
				memberModels: page,
				totalCount: all.length,
				nextToken: String(start + page.length),
			});
		},
	],
	[
		'POST',
		new RegExp(`${P}/lock$`),
		'LockConference',
		control(['action'], (_f, conf, b) => {
			if (b.action !== 'lock' && b.action !== 'unlock')
				return err(400, 'commandError', 'commandError');
			conf.locked = b.action === 'lock';
			return ok({ success: true });
		}),
	],
	[
		'POST',
		new RegExp(`${P}/allMembers/mute$`),
		'MuteAll',
		control(['action', 'forceMute'], (_f, conf, b) => {
			if (b.action !== 'mute' && b.action !== 'un_mute')
				return err(400, 'commandError', 'commandError');
			if (b.forceMute !== undefined && typeof b.forceMute !== 'boolean')
				return paramsError('forceMute must be a boolean');
			conf.mutedAll = b.action === 'mute';
			conf.forceMute = b.action === 'mute' && b.forceMute === true;
			for (const m of conf.members.values()) if (!m.host) m.muted = conf.mutedAll;
			return ok({ success: true });
		}),
	],
	[
		'POST',
		new RegExp(`${P}/members/mute$`),
		'MuteMembers',
		control(['action', 'userList'], (_f, conf, b) => {
			if (b.action !== 'mute' && b.action !== 'un_mute')
				return err(400, 'commandError', 'commandError');
			const failed = userListError(conf, b.userList);
			if (failed) return failed;
			if (b.userList.length > 1) return paramsError('only one user per call');
			conf.members.get(b.userList[0].unionId).muted = b.action === 'mute';
			return ok({ success: true });
		}),
	],
	[
		'POST',
		new RegExp(`${P}/members/kick$`),
		'KickMembers',
		control(['userList', 'forbiddenRejoin'], (fake, conf, b) => {
			const failed = userListError(conf, b.userList);
			if (failed) return failed;
			if (b.userList.length > fake.kickLimit)
				return paramsError(`at most ${fake.kickLimit} users per call`);
			if (b.forbiddenRejoin !== undefined && typeof b.forbiddenRejoin !== 'boolean')
				return paramsError('forbiddenRejoin must be a boolean');
			for (const u of b.userList) conf.members.get(u.unionId).attendStatus = 5;
			return ok({ success: true });
		}),
	],
	[
		'POST',
		new RegExp(`${P}/users/invite$`),
		'InviteUsers',
		control(['unionId', 'inviteeList', 'phoneInviteeList'], (_f, conf, b) => {
			const list = b.inviteeList;
			if (!Array.isArray(list) || list.length === 0) return paramsError('inviteeList is required');
			if (
				list.some(
					(u) =>
						!u ||
						typeof u.unionId !== 'string' ||
						!u.unionId ||
						typeof u.nick !== 'string' ||
						!u.nick ||
						unknownKey(u, ['unionId', 'nick']),
				)
			)
				return paramsError('each invitee needs unionId and nick');
			for (const u of list)
				if (!conf.members.has(u.unionId))
					conf.members.set(u.unionId, {
						unionId: u.unionId,
						conferenceId: conf.conferenceId,
						userNick: u.nick,
						attendStatus: 2,
						host: false,
						coHost: false,
					});
			return ok({ success: true });
		}),
	],
	[
		'POST',
		new RegExp(`${P}/cloudRecords/start$`),
		'StartCloudRecord',
		control(
			['unionId', 'mode', 'smallWindowPosition'],
			(_f, conf, b) => {
				if (b.unionId !== conf.creatorId)
					return err(404, 'recordStartPermissionError', 'only the host can record');
				if (b.mode !== undefined && !['grid', 'speech', 'full_screen'].includes(b.mode))
					return paramsError('bad mode');
				if (
					b.smallWindowPosition !== undefined &&
					!['relative_right', 'float_right', 'float_bottom'].includes(b.smallWindowPosition)
				)
					return paramsError('bad smallWindowPosition');
				if (conf.recording) return err(404, 'recordStartError', 'already recording');
				conf.recording = !_f.replayable;
				return ok({ code: '200' });
			},
			'roomClosed',
		),
	],
	[
		'POST',
		new RegExp(`${P}/cloudRecords/stop$`),
		'StopCloudRecord',
		control(
			['unionId'],
			(_f, conf, b) => {
				if (b.unionId !== conf.creatorId)
					return err(400, 'recordStopPermissionError', 'only the host can stop recording');
				if (!conf.recording) return err(400, 'recordStopError', 'not recording');
				conf.recording = Boolean(_f.replayable);
				return ok({ code: '200' });
			},
			'roomClosed',
		),
	],
];

module.exports = { routes, paramsError, userListError, control };
