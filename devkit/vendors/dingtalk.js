'use strict';
// DingTalk's entry in the operation registry: the fake, credentials, faults and every operation.
const { singleNodeWorkflow } = require('../engine');
const { FakeDingTalk } = require('../fakes/dingtalk');

let seq = 0;
const unique = (prefix) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
/** The default operator every registry credential carries (the fake's conferences are hosted by it). */
const ADMIN = 'bench-admin';

const wf = (resource, operation, params) => (options) =>
	singleNodeWorkflow('dingTalk', { resource, operation, ...params, options }, 'dingTalkApi');
const byIndex = (key, prefix) => (n) =>
	Array.from({ length: n }, (_, i) => ({ json: { [key]: `${prefix}-${i}` } }));
const fresh = (key, prefix) => (n) =>
	Array.from({ length: n }, () => ({ json: { [key]: unique(prefix) } }));
const conferences = (n) =>
	Array.from({ length: n }, (_, i) => ({ json: { conferenceId: `conf-${i}` } }));
const rooms = (fake, n) => {
	for (let i = 0; i < n; i++) fake.addRoom(`room-${i}`);
};
const groups = (fake, n) => {
	for (let i = 0; i < n; i++) fake.addGroup(`Group ${i}`, 0, 9000 + i);
};
/** For operations that change what they act on: the fake answers as usual but keeps its state (see FakeDingTalk.replayable). */
const replayable = (prepare) => (fake, n) => {
	fake.replayable = true;
	prepare(fake, n);
};
const confs =
	(extra = {}) =>
	(fake, n) => {
		for (let i = 0; i < n; i++)
			Object.assign(fake.addConference(`conf-${i}`, { host: ADMIN, members: ['member-1'] }), extra);
	};
/** List operations on conferences: item i names conf-i with one member (`items`), or conf-(i % 3) with `counts[i]` members (`listItems`). */
const LIST_CONFS = 3;
/** The longest list test/counts.test.js makes for a per-call limit of 100: 2 × 100 + 7. */
const LONGEST_LIST = 207;
const memberIds = (i, count) => Array.from({ length: count }, (_, k) => `m${i}-${k}`);
const memberItems = (n) =>
	Array.from({ length: n }, (_, i) => ({ json: { conferenceId: `conf-${i}`, ids: ['member-1'] } }));
const memberLists = (counts) =>
	counts.map((c, i) => ({
		json: { conferenceId: `conf-${i % LIST_CONFS}`, ids: memberIds(i, c) },
	}));
/** conf-0…conf-(n-1) with member-1; the first three also hold every member `memberLists` may name. */
const listConfs = (fake, n) => {
	confs()(fake, n);
	for (let c = 0; c < Math.min(n, LIST_CONFS); c++) {
		const members = ['member-1'];
		for (let i = c; i < n; i += LIST_CONFS) members.push(...memberIds(i, LONGEST_LIST));
		fake.addConference(`conf-${c}`, { host: ADMIN, members });
	}
};
/**
 * Invitees are a fixedCollection, whose number of entries no expression can change: LONGEST_LIST
 * entries, entry k naming the item's k-th id or, past its end, its
 * first again — the node invites each person once, so an item invites exactly its ids.
 */
const INVITEE_SLOTS = Array.from({ length: LONGEST_LIST }, (_, k) => ({
	unionId: `={{ $json.ids[${k}] ?? $json.ids[0] }}`,
	nick: `={{ "Guest " + ($json.ids[${k}] ?? $json.ids[0]) }}`,
}));
const schedules = (fake, n) => {
	for (let i = 0; i < n; i++) fake.addSchedule(`sched-${i}`, { creator: ADMIN });
};
const CONF = '={{ $json.conferenceId }}';
const SCHED = '={{ $json.scheduleConferenceId }}';

const op = (idempotent, workflow, items, prepare = () => {}, extra = {}) => ({
	idempotent,
	workflow,
	items,
	prepare,
	...extra,
});

const dingtalk = {
	name: 'DingTalk',
	limit: 100, // ids per call for the list operation
	ratePerSecond: 20,
	async startFake(options) {
		return await new FakeDingTalk(options).start();
	},
	/** A fresh app on the fake plus the credentials map runWorkflow takes. */
	newCredentials(fake) {
		const app = { clientId: unique('bench-app'), clientSecret: unique('bench-secret') };
		fake.addApp(app);
		return {
			secrets: [app.clientSecret],
			credentials: {
				'cred-1': {
					type: 'dingTalkApi',
					data: { appType: 'internal', ...app, baseUrl: fake.url, operatorUnionId: ADMIN },
				},
			},
		};
	},
	tokenCalls: (fake) => fake.tokenCalls().length,
	businessCalls: (fake) => fake.businessCalls().length,
	businessPath: /^\/v1\.0\/(rooms|conference)\//,
	nodeType: 'dingTalk',
	/** The credential test (the node's `testedBy`) and every path it calls: a fresh token only. */
	credentialTest: { paths: [/\/oauth2\//] },
	/** EVERY picker of the node (methods.listSearch / loadOptions, `kind.name`), with what it lists. */
	pickers: {
		'listSearch.searchMeetingRooms': { prepare: (fake) => rooms(fake, 2) },
		'listSearch.searchMeetingRoomGroups': { prepare: (fake) => groups(fake, 2) },
		'listSearch.searchConferences': { prepare: confs() },
	},
	expireTokens: (fake) => fake.expireTokens(),
	throttleFaults: [
		{
			kind: 'status',
			status: 403,
			body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' },
		},
		{
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '0' },
			body: { code: 'Throttled', message: 'too many requests' },
		},
	],
	/**
	 * The operation registry: EVERY operation of the node, keyed `resource.operation` (a test checks
	 * it against the node). The fault matrix, request counts and secret scan run over all of them;
	 * the benchmark over those with `bench` (seed operations).
	 */
	operations: {
		'roomBookingBlocklist.removeUsers': op(
			true,
			wf('roomBookingBlocklist', 'removeUsers', {
				blacklistUnionIds: '={{ $json.ids }}',
				unionId: 'operator',
			}),
			(n, idsPerItem = 1) =>
				Array.from({ length: n }, (_, i) => ({
					json: { ids: Array.from({ length: idsPerItem }, (_, k) => `u${i}-${k}`) },
				})),
			undefined,
			{
				seed: '000',
				bench: 'removeUsers',
				/** For list operations: one item per entry of `counts`, each with that many ids. */
				listItems: (counts) =>
					counts.map((c, i) => ({
						json: { ids: Array.from({ length: c }, (_, k) => `u${i}-${k}`) },
					})),
				/** Items with the same operator share calls (the node's plan: DingTalk/actions/roomBookingBlocklist/removeUsers). */
				targetOf: () => JSON.stringify(['operator']),
				/** Benchmark: one id per item, the items spread over `targets` operators (the call's target). */
				benchItems: (n, targets) =>
					Array.from({ length: n }, (_, i) => ({
						json: { ids: [`u${i}`], operator: `operator-${i % targets}` },
					})),
				// The 20-target rows: each item names its operator.
				benchWorkflow: wf('roomBookingBlocklist', 'removeUsers', {
					blacklistUnionIds: '={{ $json.ids }}',
					unionId: '={{ $json.operator }}',
				}),
				benchTarget: 'operator',
			},
		),
		'roomBookingBlocklist.addUser': op(
			false,
			wf('roomBookingBlocklist', 'addUser', {
				blacklistUnionId: '={{ $json.user }}',
				startTime: '2030-01-01T09:00:00',
				endTime: '2030-01-08T09:00:00',
				memo: 'no-show',
			}),
			byIndex('user', 'user'),
		),
		'meetingRoom.sendCentralControl': op(
			false,
			wf('meetingRoom', 'sendCentralControl', {
				roomId: '={{ $json.roomId }}',
				unionId: 'operator',
				controlBody: '{"version":"1.0.0","request":{"method":"subscribe"}}',
			}),
			byIndex('roomId', 'room'),
			rooms,
			{ seed: '001', bench: 'sendCentralControl' },
		),
		'meetingRoom.create': op(
			false,
			wf('meetingRoom', 'create', {
				roomName: '={{ $json.name + "-" + Math.random().toString(36).slice(2, 8) }}',
				roomStatus: 0,
				additionalFields: { roomCapacity: 6 },
			}),
			fresh('name', 'Room'),
		),
		'meetingRoom.update': op(
			true,
			wf('meetingRoom', 'update', {
				roomId: { __rl: true, mode: 'id', value: '={{ $json.roomId }}' },
				updateFields: { roomCapacity: 12 },
			}),
			byIndex('roomId', 'room'),
			rooms,
		),
		'meetingRoom.delete': op(
			true,
			wf('meetingRoom', 'delete', {
				roomId: { __rl: true, mode: 'id', value: '={{ $json.roomId }}' },
			}),
			byIndex('roomId', 'room'),
			replayable(rooms),
		),
		'meetingRoom.get': op(
			true,
			wf('meetingRoom', 'get', {
				roomId: { __rl: true, mode: 'id', value: '={{ $json.roomId }}' },
			}),
			byIndex('roomId', 'room'),
			rooms,
		),
		'meetingRoom.getAll': op(
			true,
			wf('meetingRoom', 'getAll', { returnAll: false, limit: 1 }),
			byIndex('x', 'x'),
			(fake) => rooms(fake, 2),
		),
		'meetingRoomGroup.create': op(
			false,
			wf('meetingRoomGroup', 'create', { groupName: '={{ $json.name }}' }),
			fresh('name', 'Group'),
		),
		'meetingRoomGroup.update': op(
			true,
			wf('meetingRoomGroup', 'update', {
				groupId: { __rl: true, mode: 'id', value: '={{ 9000 + $itemIndex }}' },
				groupName: 'Renamed',
			}),
			byIndex('x', 'x'),
			groups,
		),
		'meetingRoomGroup.delete': op(
			true,
			wf('meetingRoomGroup', 'delete', {
				groupId: { __rl: true, mode: 'id', value: '={{ 9000 + $itemIndex }}' },
			}),
			byIndex('x', 'x'),
			replayable(groups),
		),
		'meetingRoomGroup.get': op(
			true,
			wf('meetingRoomGroup', 'get', {
				groupId: { __rl: true, mode: 'id', value: '={{ 9000 + $itemIndex }}' },
			}),
			byIndex('x', 'x'),
			groups,
		),
		'meetingRoomGroup.getAll': op(
			true,
			wf('meetingRoomGroup', 'getAll', { returnAll: false, limit: 1 }),
			byIndex('x', 'x'),
			(fake) => groups(fake, 1),
		),
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
	},
};

/**
 * The workflow an n8n user builds today from n8n's HTTP Request node for the same job: a token
 * request once, then one HTTP Request per item, batched to stay under DingTalk's 20 calls/s
 * (`tuned`), or with the node's default settings (every item at once).
 */
dingtalk.baseline = (fake, credentials, opName, { tuned = true } = {}) => {
	const { clientId, clientSecret } = credentials['cred-1'].data;
	const { baselineWorkflow } = require('./index');
	const call = {
		removeUsers: {
			url: `${fake.url}/v1.0/rooms/bookings/blacklist/remove`,
			body: '={{ JSON.stringify({ blacklistUnionIds: $json.ids, unionId: $json.operator ?? "operator" }) }}',
		},
		sendCentralControl: {
			url: `${fake.url}/v1.0/rooms/central/control`,
			body: '={{ JSON.stringify({ roomId: $json.roomId, unionId: "operator", controlBody: JSON.stringify({ version: "1.0.0", request: { method: "subscribe" } }) }) }}',
		},
		lock: {
			url: `={{ "${fake.url}/v1.0/conference/videoConferences/" + encodeURIComponent($json.conferenceId) + "/lock" }}`,
			body: '={{ JSON.stringify({ action: "lock" }) }}',
		},
	}[opName];
	return baselineWorkflow({
		token: {
			url: `${fake.url}/v1.0/oauth2/accessToken`,
			body: JSON.stringify({ appKey: clientId, appSecret: clientSecret }),
		},
		call: {
			...call,
			headers: [
				{
					name: 'x-acs-dingtalk-access-token',
					value: "={{ $('Get token').first().json.accessToken }}",
				},
			],
		},
		// 20 per 1100 ms: at 19 or 20 per 1000 ms the HTTP Request node's bursts straddle DingTalk's
		// one-second window, a call is throttled and the node fails the whole run.
		batch: tuned ? { batchSize: 20, batchInterval: 1100 } : undefined,
	});
};

// Safe to repeat but destructive: their descriptions say they cannot be undone, like those of the
// operations that must not repeat (test/toolDescriptions.test.js).
for (const key of [
	'meetingRoom.delete',
	'meetingRoomGroup.delete',
	'videoConference.close',
	'videoConference.removeMembers',
	'scheduledConference.cancel',
])
	dingtalk.operations[key].destructive = true;

module.exports = dingtalk;
