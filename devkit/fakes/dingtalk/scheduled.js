'use strict';
// conference_1.0 scheduled conferences on the fake: create, update, cancel, get.
const { err, ok, unknownKey, checkFields } = require('./errors');

const paramsError = (message = 'paramsError') => err(400, 'paramsError', message);

const SETTINGS = [
	'hostUnionId',
	'lockRoom',
	'screenShareForbidden',
	'muteOnJoin',
	'cohostUnionIds',
];

const routes = [
	[
		'POST',
		/^\/v1\.0\/conference\/scheduleConferences$/,
		'CreateScheduleConference',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, [
				'creatorUnionId',
				'title',
				'startTime',
				'endTime',
				'scheduleConfSettingModel',
			]);
			if (bad) return paramsError(`unknown field ${bad}`);
			const failed = scheduleError(b, ['creatorUnionId', 'title', 'startTime', 'endTime']);
			if (failed) return failed;
			const s = b.scheduleConfSettingModel;
			if (s !== undefined && (typeof s !== 'object' || unknownKey(s, SETTINGS)))
				return paramsError('bad scheduleConfSettingModel');
			const id = fake.nextId('sched');
			const roomCode = String(100000000 + fake.schedules.size);
			fake.schedules.set(id, {
				scheduleConferenceId: id,
				title: b.title,
				startTime: b.startTime,
				endTime: b.endTime,
				creatorUnionId: b.creatorUnionId,
				roomCode,
				url: `https://meeting.dingtalk.com/j/${roomCode}`,
				phones: [],
				settings: s ?? {},
			});
			return ok({
				requestId: 'req',
				scheduleConferenceId: id,
				roomCode,
				url: `https://meeting.dingtalk.com/j/${roomCode}`,
				phones: [],
			});
		},
	],
	[
		'PUT',
		/^\/v1\.0\/conference\/scheduleConferences$/,
		'UpdateScheduleConference',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, [
				'creatorUnionId',
				'title',
				'startTime',
				'endTime',
				'scheduleConferenceId',
			]);
			if (bad) return paramsError(`unknown field ${bad}`);
			// All five fields are needed (checked against the official client).
			const failed = scheduleError(b, [
				'scheduleConferenceId',
				'creatorUnionId',
				'title',
				'startTime',
				'endTime',
			]);
			if (failed) return failed;
			const s = fake.schedules.get(b.scheduleConferenceId);
			if (!s) return paramsError('schedule conference not found');
			if (s.cancelled) return err(400, 'resourceCancel', 'the conference was cancelled');
			if (s.creatorUnionId !== b.creatorUnionId)
				return err(400, 'permissionError', 'only the creator can update');
			Object.assign(s, { title: b.title, startTime: b.startTime, endTime: b.endTime });
			return ok({ success: true });
		},
	],
	[
		'POST',
		/^\/v1\.0\/conference\/scheduleConferences\/cancel$/,
		'CancelScheduleConference',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['creatorUnionId', 'scheduleConferenceId']);
			if (bad) return paramsError(`unknown field ${bad}`);
			const failed = checkFields(
				b,
				{ creatorUnionId: 'string', scheduleConferenceId: 'string' },
				['creatorUnionId', 'scheduleConferenceId'],
				'paramsError',
			);
			if (failed) return failed;
			const s = fake.schedules.get(b.scheduleConferenceId);
			if (!s) return paramsError('schedule conference not found');
			if (s.creatorUnionId !== b.creatorUnionId)
				return err(400, 'permissionError', 'only the creator can cancel');
			s.cancelled = true;
			return ok({ success: true });
		},
	],
	[
		'GET',
		/^\/v1\.0\/conference\/scheduleConferences\/([^/]+)\/infos$/,
		'QueryScheduleConference',
		(fake, r, id) => {
			if (!r.query.requestUnionId) return paramsError('requestUnionId is required');
			const s = fake.schedules.get(id);
			if (!s) return paramsError('schedule conference not found');
			if (s.cancelled) return err(400, 'resourceCancel', 'the conference was cancelled');
			const { settings, cancelled, creatorUnionId, ...info } = s;
			return ok({ requestId: 'req', ...info });
		},
	],
];

function scheduleError(b, required) {
	const failed = checkFields(
		b,
		{
			creatorUnionId: 'string',
			title: 'string',
			startTime: 'integer',
			endTime: 'integer',
			scheduleConferenceId: 'string',
		},
		required,
		'paramsError',
	);
	if (failed) return failed;
	if (b.title.length > 256) return err(400, 'paramsTitleError', 'title too long');
	if (b.startTime < 1e12 || b.endTime <= b.startTime)
		return paramsError('startTime/endTime must be ms, end after start');
	return undefined;
}

module.exports = { routes };
