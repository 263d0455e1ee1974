'use strict';
// Huawei Cloud Meeting adapter for the vendor-neutral tests (fault matrix, request counts).
const { singleNodeWorkflow } = require('../engine');
const { FakeHuawei } = require('../fakes/huawei');

let seq = 0;
/** The chair password of every meeting prepare() makes; a secret the scans look for. */
const CHAIR = 'chair-8026517';
const meetingIdOf = (i) => String(970000000 + i);
const rl = (value) => ({ __rl: true, mode: 'id', value });
const node = (parameters, options) =>
	singleNodeWorkflow('huaweiCloudMeeting', { ...parameters, options }, 'huaweiCloudMeetingApi');
const byIndex = (make) => (n) => Array.from({ length: n }, (_, i) => ({ json: make(i) }));
const accountLists = (counts) =>
	counts.map((c, i) => ({
		json: { accounts: Array.from({ length: c }, (_, k) => `member-${i}-${k}@corp`) },
	}));
function ensureMeetings(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.meetings.has(meetingIdOf(i)))
			fake.addMeeting({ conferenceID: meetingIdOf(i), chairPwd: CHAIR });
}
const uuidOf = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
/** n ended sessions with known confUUIDs, each with one attendance record. */
function ensureEnded(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.history.some((h) => h.confUUID === uuidOf(i)))
			fake.addEnded({
				confUUID: uuidOf(i),
				records: [
					{
						displayName: `Member ${i}`,
						callNumber: `+990${i}`,
						deviceType: 'PC',
						joinTime: Date.now() - 3600000,
						leftTime: Date.now() - 60000,
						mediaType: 'HDVideo',
						deptName: '',
					},
				],
			});
}
function ensureUsers(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.users.has(`member-${i}@corp`))
			fake.addUser(`member-${i}@corp`, { password: `pw-${i}-x`, admin: false });
}
const control = (operation) => ({
	idempotent: true,
	workflow: (options) =>
		node(
			{
				resource: 'meeting',
				operation,
				conferenceId: rl('={{ $json.conferenceId }}'),
				chairPassword: CHAIR,
			},
			options,
		),
	// A few meetings, so the conference token cache is exercised (one token per meeting).
	items: byIndex((i) => ({ conferenceId: meetingIdOf(i % 3) })),
	prepare: (fake) => ensureMeetings(fake, 3),
});
/** BatchUpdateUserStatus's path: 1 disables, 0 enables. */
const STATUS_PATH = {
	disable: '/v1/usg/dcs/corp/member/status/1',
	enable: '/v1/usg/dcs/corp/member/status/0',
};
const batch = (operation) => ({
	idempotent: operation !== 'delete',
	// Disable and enable combine items: the target is the status (its path) and the account type
	// (0: the adapter's credentials are account & password). Delete must not arrive twice: never combined.
	...(STATUS_PATH[operation]
		? { targetOf: () => JSON.stringify([STATUS_PATH[operation], 0]) }
		: {}),
	workflow: (options) =>
		node({ resource: 'user', operation, accounts: '={{ $json.accounts }}' }, options),
	items: byIndex((i) => ({ accounts: [`member-${i}@corp`] })),
	listItems: accountLists,
	// The fake creates unknown accounts on first use (autoCreate).
	prepare() {},
});

/** Reclaim / assign: items for the same member and account type share calls (0 with these credentials). */
const memberVmrTarget = (item) => JSON.stringify([item.json.account, 0]);
const memberVmrItems = (n, idsPerItem = 1) =>
	Array.from({ length: n }, (_, i) => ({
		json: {
			account: `member-${i}@corp`,
			vmrIds: Array.from({ length: idsPerItem }, (_, k) => `vmr-${i}-${k}`),
		},
	}));
// A few members, so items share targets and combined calls span items.
const memberVmrLists = (counts) =>
	counts.map((c, i) => ({
		json: {
			account: `member-${i % 4}@corp`,
			vmrIds: Array.from({ length: c }, (_, k) => `vmr-${i}-${k}`),
		},
	}));

const unique = (prefix) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;

const huawei = {
	name: 'Huawei Cloud Meeting',
	limit: 100, // VMR ids per call
	// Huawei documents no rate limit; the fake enforces one above our default pacing of 10/s.
	ratePerSecond: 20,
	async startFake(options) {
		return await new FakeHuawei({ qps: 20, autoCreate: true, ...options }).start();
	},
	newCredentials(fake) {
		const account = unique('bench-admin');
		const password = unique('bench-password');
		fake.addUser(account, { password });
		return {
			secrets: [password, CHAIR],
			credentials: {
				'cred-1': {
					type: 'huaweiCloudMeetingApi',
					data: { authMode: 'account', account, password, baseUrl: fake.url },
				},
			},
		};
	},
	tokenCalls: (fake) => fake.tokenCalls().length,
	businessCalls: (fake) => fake.businessCalls().length,
	// Management and control calls; the conference-token request is a token call, not business.
	businessPath: /^\/v1\/(usg\/dcs\/|mmc\/management\/|mmc\/control\/conferences\/(lock|mute))/,
	nodeType: 'huaweiCloudMeeting',
	/** The credential test (the node's `testedBy`) and every path it calls: a fresh token, then one room listed. */
	credentialTest: { paths: [/\/usg\/acs\/auth\//, /^\/v1\/usg\/dcs\/corp\/vmr$/] },
	/** EVERY picker of the node (methods.listSearch / loadOptions, `kind.name`), with what it lists and the node's `parameters` it reads. */
	pickers: {
		'listSearch.searchUsers': { prepare: (fake) => ensureUsers(fake, 2) },
		'listSearch.searchMeetings': { prepare: (fake) => ensureMeetings(fake, 2) },
		'listSearch.searchOngoingMeetings': { prepare: (fake) => ensureMeetings(fake, 2) },
		'listSearch.searchEndedMeetings': { prepare: (fake) => ensureEnded(fake, 2) },
		'loadOptions.getRooms': { prepare: (fake) => fake.addVmrs(2, 'picker-room') },
		'loadOptions.getUnassignedRooms': { prepare: (fake) => fake.addVmrs(2, 'picker-room') },
		// Reclaim's rooms: those of the member chosen in Account (the picker's `parameters`, as the editor passes them).
		'loadOptions.getMemberRooms': {
			parameters: {
				resource: 'cloudMeetingRoom',
				operation: 'reclaimFromMember',
				account: { __rl: true, mode: 'list', value: 'member-0@corp' },
				accountType: 'auto',
			},
			prepare(fake) {
				ensureUsers(fake, 1);
				for (const id of fake.addVmrs(2, 'picker-room'))
					Object.assign(fake.vmrs.get(id), {
						status: 0,
						member: { account: 'member-0@corp', accountType: 0, name: 'Member 0' },
					});
			},
		},
	},
	expireTokens: (fake) => fake.expireTokens(),
	throttleFaults: [
		{
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '0' },
			body: { error_code: 'USG.000000429', error_msg: 'Too many requests' },
		},
	],
	/**
	 * What an n8n user builds today: a token request with Basic auth, then one HTTP Request per
	 * item with the token in X-Access-Token, batched under the fake's enforced 20 calls/s (`tuned`)
	 * or with the node's default settings.
	 */
	baseline(fake, credentials, _opName, { tuned = true } = {}) {
		const { account, password } = credentials['cred-1'].data;
		const { baselineWorkflow } = require('./index');
		return baselineWorkflow({
			token: {
				url: `${fake.url}/v1/usg/acs/auth/account`,
				body: JSON.stringify({ account, clientType: 72 }),
				headers: [
					{
						name: 'Authorization',
						value: `Basic ${Buffer.from(`${account}:${password}`).toString('base64')}`,
					},
				],
			},
			call: {
				url: `={{ "${fake.url}/v1/usg/dcs/corp/vmr/recycle-from-member/" + encodeURIComponent($json.account) + "?accountType=0" }}`,
				body: '={{ JSON.stringify($json.vmrIds) }}',
				headers: [
					{ name: 'X-Access-Token', value: "={{ $('Get token').first().json.accessToken }}" },
				],
			},
			batch: tuned ? { batchSize: 20, batchInterval: 1100 } : undefined,
		});
	},
	operations: {
		'cloudMeetingRoom.reclaimFromMember': {
			seed: '004',
			bench: 'reclaimFromMember',
			idempotent: true,
			workflow: (options) =>
				node(
					{
						resource: 'cloudMeetingRoom',
						operation: 'reclaimFromMember',
						account: rl('={{ $json.account }}'),
						vmrIds: '={{ $json.vmrIds }}',
					},
					options,
				),
			items: memberVmrItems,
			listItems: memberVmrLists,
			targetOf: memberVmrTarget,
			/** Benchmark: one VMR per item, the items spread over `targets` members (the call's target). */
			benchItems: (n, targets) =>
				Array.from({ length: n }, (_, i) => ({
					json: { account: `member-${i % targets}@corp`, vmrIds: [`vmr-${i}`] },
				})),
			benchTarget: 'account',
			// The fake creates members and rooms on first use (autoCreate).
			prepare() {},
		},
		'cloudMeetingRoom.assignToMember': {
			idempotent: true,
			workflow: (options) =>
				node(
					{
						resource: 'cloudMeetingRoom',
						operation: 'assignToMember',
						account: rl('={{ $json.account }}'),
						vmrIds: '={{ $json.vmrIds }}',
					},
					options,
				),
			items: memberVmrItems,
			listItems: memberVmrLists,
			targetOf: memberVmrTarget,
			prepare() {},
		},
		'cloudMeetingRoom.getAll': {
			idempotent: true,
			workflow: (options) =>
				node(
					{ resource: 'cloudMeetingRoom', operation: 'getAll', returnAll: false, limit: 5 },
					options,
				),
			items: byIndex((i) => ({ i })),
			prepare(fake) {
				if (fake.vmrs.size === 0) fake.addVmrs(5);
			},
		},
		'cloudMeetingRoom.delete': {
			// A resent delete would fail on rooms already gone: reported, never resent.
			idempotent: false,
			workflow: (options) =>
				node(
					{ resource: 'cloudMeetingRoom', operation: 'delete', vmrIds: '={{ $json.vmrIds }}' },
					options,
				),
			items: byIndex((i) => ({ vmrIds: [`gone-${i}`] })),
			listItems: (counts) =>
				counts.map((c, i) => ({
					json: { vmrIds: Array.from({ length: c }, (_, k) => `gone-${i}-${k}`) },
				})),
			prepare() {},
		},
		'user.create': {
			idempotent: false,
			workflow: (options) =>
				node(
					{
						resource: 'user',
						operation: 'create',
						name: '={{ $json.name }}',
						additionalFields: { email: '={{ $json.email }}' },
					},
					options,
				),
			items: byIndex((i) => ({ name: `New user ${i}`, email: `new-${i}@mail.example` })),
			prepare() {},
		},
		'user.get': {
			idempotent: true,
			workflow: (options) =>
				node({ resource: 'user', operation: 'get', account: rl('={{ $json.account }}') }, options),
			items: byIndex((i) => ({ account: `member-${i}@corp` })),
			prepare: ensureUsers,
		},
		'user.getAll': {
			idempotent: true,
			workflow: (options) =>
				node({ resource: 'user', operation: 'getAll', returnAll: false, limit: 5 }, options),
			items: byIndex((i) => ({ i })),
			prepare: (fake) => ensureUsers(fake, 5),
		},
		'user.update': {
			idempotent: true,
			workflow: (options) =>
				node(
					{
						resource: 'user',
						operation: 'update',
						account: rl('={{ $json.account }}'),
						updateFields: { title: 'Engineer' },
					},
					options,
				),
			items: byIndex((i) => ({ account: `member-${i}@corp` })),
			prepare: ensureUsers,
		},
		'user.disable': batch('disable'),
		'user.enable': batch('enable'),
		'user.delete': batch('delete'),
		'meeting.create': {
			idempotent: false,
			workflow: (options) =>
				node(
					{
						resource: 'meeting',
						operation: 'create',
						subject: '={{ $json.subject }}',
						length: 30,
						mediaTypes: 'HDVideo',
					},
					options,
				),
			items: byIndex((i) => ({ subject: `Meeting ${i}` })),
			prepare() {},
		},
		'meeting.get': {
			idempotent: true,
			workflow: (options) =>
				node(
					{ resource: 'meeting', operation: 'get', conferenceId: rl('={{ $json.conferenceId }}') },
					options,
				),
			items: byIndex((i) => ({ conferenceId: meetingIdOf(i) })),
			prepare: ensureMeetings,
		},
		'meeting.getAll': {
			idempotent: true,
			workflow: (options) =>
				node({ resource: 'meeting', operation: 'getAll', returnAll: false, limit: 5 }, options),
			items: byIndex((i) => ({ i })),
			prepare: (fake) => ensureMeetings(fake, 5),
		},
		'meeting.getAllOngoing': {
			idempotent: true,
			workflow: (options) =>
				node(
					{ resource: 'meeting', operation: 'getAllOngoing', returnAll: false, limit: 5 },
					options,
				),
			items: byIndex((i) => ({ i })),
			prepare: (fake) => ensureMeetings(fake, 5),
		},
		'meeting.getOnlineParticipants': {
			idempotent: true,
			workflow: (options) =>
				node(
					{
						resource: 'meeting',
						operation: 'getOnlineParticipants',
						conferenceId: rl('={{ $json.conferenceId }}'),
						returnAll: true,
					},
					options,
				),
			items: byIndex((i) => ({ conferenceId: meetingIdOf(i) })),
			// One participant each, so every item has output.
			prepare(fake, n) {
				ensureMeetings(fake, n);
				for (let i = 0; i < n; i++)
					if (!fake.meetings.get(meetingIdOf(i)).online?.size)
						fake.join(meetingIdOf(i), { name: `Member ${i}` });
			},
		},
		'meeting.getAllEnded': {
			idempotent: true,
			workflow: (options) =>
				node(
					{
						resource: 'meeting',
						operation: 'getAllEnded',
						startDate: '={{ $now.minus({ days: 7 }).toISO() }}',
						returnAll: false,
						limit: 5,
					},
					options,
				),
			items: byIndex((i) => ({ i })),
			prepare: (fake) => ensureEnded(fake, 5),
		},
		'meeting.getAttendance': {
			idempotent: true,
			workflow: (options) =>
				node(
					{
						resource: 'meeting',
						operation: 'getAttendance',
						confUUID: rl('={{ $json.confUUID }}'),
						returnAll: true,
					},
					options,
				),
			items: byIndex((i) => ({ confUUID: uuidOf(i) })),
			prepare: ensureEnded,
		},
		'meeting.cancel': {
			// Sent again after it arrived, it would fail on a meeting that is gone: reported, never resent.
			idempotent: false,
			workflow: (options) =>
				node(
					{
						resource: 'meeting',
						operation: 'cancel',
						conferenceId: rl('={{ $json.conferenceId }}'),
						endIfRunning: true,
					},
					options,
				),
			items: byIndex((i) => ({ conferenceId: meetingIdOf(i) })),
			prepare: ensureMeetings,
		},
		'meeting.lock': control('lock'),
		'meeting.unlock': control('unlock'),
		'meeting.muteAll': control('muteAll'),
		'meeting.unmuteAll': control('unmuteAll'),
	},
};

// Safe to repeat but destructive: their descriptions say they cannot be undone, like those of the
// operations that must not repeat (test/toolDescriptions.test.js).
for (const key of ['cloudMeetingRoom.reclaimFromMember']) huawei.operations[key].destructive = true;

module.exports = huawei;
