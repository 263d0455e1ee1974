'use strict';
// Registry entries of the Video Conference and Scheduled Conference resources (see devkit/vendors/dingtalk.js).
const {
	ADMIN,
	wf,
	byIndex,
	fresh,
	conferences,
	replayable,
	confs,
	memberItems,
	memberLists,
	listConfs,
	INVITEE_SLOTS,
	schedules,
	CONF,
	SCHED,
	op,
} = require('./common');

module.exports = {
	'videoConference.lock': op(
		true,
		wf('videoConference', 'lock', { conferenceId: CONF }),
		conferences,
		confs(),
		{ seed: '002', bench: 'lock' },
	),
	'videoConference.unlock': op(
		true,
		wf('videoConference', 'unlock', { conferenceId: CONF }),
		conferences,
		confs(),
	),
	'videoConference.create': op(
		false,
		wf('videoConference', 'create', {
			confTitle: '={{ $json.title }}',
			inviteUserIds: 'member-1',
		}),
		fresh('title', 'Standup'),
	),
	'videoConference.close': op(
		true,
		wf('videoConference', 'close', { conferenceId: { __rl: true, mode: 'id', value: CONF } }),
		conferences,
		replayable(confs()),
	),
	'videoConference.get': op(
		true,
		wf('videoConference', 'get', { conferenceId: { __rl: true, mode: 'list', value: CONF } }),
		conferences,
		confs(),
	),
	'videoConference.getAll': op(
		true,
		wf('videoConference', 'getAll', { returnAll: false, limit: 1 }),
		byIndex('x', 'x'),
		confs(),
	),
	'videoConference.getMembers': op(
		true,
		wf('videoConference', 'getMembers', { conferenceId: CONF, returnAll: false, limit: 1 }),
		conferences,
		confs(),
	),
	'videoConference.muteAll': op(
		true,
		wf('videoConference', 'muteAll', { conferenceId: CONF, forceMute: true }),
		conferences,
		confs(),
	),
	'videoConference.unmuteAll': op(
		true,
		wf('videoConference', 'unmuteAll', { conferenceId: CONF }),
		conferences,
		confs(),
	),
	// A list operation DingTalk takes one user per call of (never combined: one call per id anyway).
	'videoConference.muteMembers': op(
		true,
		wf('videoConference', 'muteMembers', {
			conferenceId: CONF,
			memberUnionIds: '={{ $json.ids }}',
		}),
		memberItems,
		listConfs,
		{ listItems: memberLists, limit: 1, countItems: 20 },
	),
	'videoConference.removeMembers': op(
		true,
		wf('videoConference', 'removeMembers', {
			conferenceId: CONF,
			memberUnionIds: '={{ $json.ids }}',
		}),
		memberItems,
		listConfs,
		{
			listItems: memberLists,
			targetOf: (item) => JSON.stringify([item.json.conferenceId, false]),
		},
	),
	'videoConference.inviteUsers': op(
		true,
		wf('videoConference', 'inviteUsers', {
			conferenceId: CONF,
			invitees: { invitee: INVITEE_SLOTS },
		}),
		memberItems,
		listConfs,
		{
			listItems: memberLists,
			// The inviter is the credential's default operator (the workflow leaves the field empty).
			targetOf: (item) => JSON.stringify([item.json.conferenceId, ADMIN]),
			// Each item evaluates the 2 × 207 expressions of INVITEE_SLOTS: 20 items (each list length
			// four times, over 3 conferences) keep the request counts' cases at a third of the CPU.
			countItems: 20,
		},
	),
	'videoConference.startRecording': op(
		true,
		wf('videoConference', 'startRecording', { conferenceId: CONF, mode: 'grid' }),
		conferences,
		replayable(confs()),
	),
	'videoConference.stopRecording': op(
		true,
		wf('videoConference', 'stopRecording', { conferenceId: CONF }),
		conferences,
		replayable(confs({ recording: true })),
	),
	'scheduledConference.create': op(
		false,
		wf('scheduledConference', 'create', {
			title: '={{ $json.title }}',
			startTime: '2030-03-01T10:00:00',
			endTime: '2030-03-01T11:00:00',
		}),
		fresh('title', 'Review'),
	),
	'scheduledConference.update': op(
		true,
		wf('scheduledConference', 'update', {
			scheduleConferenceId: SCHED,
			title: 'Moved',
			startTime: '2030-03-02T10:00:00',
			endTime: '2030-03-02T11:00:00',
		}),
		byIndex('scheduleConferenceId', 'sched'),
		schedules,
	),
	'scheduledConference.cancel': op(
		true,
		wf('scheduledConference', 'cancel', { scheduleConferenceId: SCHED }),
		byIndex('scheduleConferenceId', 'sched'),
		schedules,
	),
	'scheduledConference.get': op(
		true,
		wf('scheduledConference', 'get', { scheduleConferenceId: SCHED }),
		byIndex('scheduleConferenceId', 'sched'),
		schedules,
	),
};
