'use strict';
// Huawei Cloud Meeting adapter for the vendor-neutral tests (fault matrix, request counts).
const { FakeHuawei } = require('../fakes/huawei');
const { CHAIR, meetingIdOf, ensureMeetings, ensureEnded, ensureUsers } = require('./huawei/common');
const org = require('./huawei/org');

let seq = 0;
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
	businessPath:
		/^\/v1\/(usg\/dcs\/|usg\/acs\/password\/|mmc\/management\/|mmc\/control\/conferences\/(lock|mute|participants))/,
	nodeType: 'huaweiCloudMeeting',
	/** The credential test (the node's `testedBy`) and every path it calls: a fresh token, then one room listed. */
	credentialTest: { paths: [/\/usg\/acs\/auth\//, /^\/v1\/usg\/dcs\/corp\/vmr$/] },
	/** EVERY picker of the node (methods.listSearch / loadOptions, `kind.name`), with what it lists and the node's `parameters` it reads. */
	pickers: {
		'listSearch.searchUsers': { prepare: (fake) => ensureUsers(fake, 2) },
		'listSearch.searchMeetings': { prepare: (fake) => ensureMeetings(fake, 2) },
		'listSearch.searchOngoingMeetings': { prepare: (fake) => ensureMeetings(fake, 2) },
		'listSearch.searchEndedMeetings': { prepare: (fake) => ensureEnded(fake, 2) },
		'listSearch.searchDepartments': { prepare: (fake) => org.ensureDepartments(fake, 2) },
		'listSearch.searchRecordings': { prepare: (fake) => fake.addRecording({ subject: 'Picked' }) },
		// The credential's own account is an administrator.
		'loadOptions.getAdmins': { prepare() {} },
		'loadOptions.getRooms': { prepare: (fake) => fake.addVmrs(2, 'picker-room') },
		'loadOptions.getUnassignedRooms': { prepare: (fake) => fake.addVmrs(2, 'picker-room') },
		// Reclaim's rooms: those of the member chosen in Account (the picker's `parameters`, as the editor passes them).
		// Remove / Mute / Unmute list who is in the meeting chosen in Meeting.
		'loadOptions.getOnlineParticipants': {
			parameters: {
				resource: 'participant',
				operation: 'mute',
				conferenceId: { __rl: true, mode: 'list', value: meetingIdOf(0) },
				// Set on the form, not read by the picker: it must not travel with a picker's error.
				chairPassword: 'chair-secret-4711',
			},
			prepare(fake) {
				ensureMeetings(fake, 1);
				for (let i = 0; i < 2; i++) fake.join(meetingIdOf(0), { name: `Picked ${i}` });
			},
		},
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
	// One module per resource; each adds its entries with one line here.
	operations: {
		...require('./huawei/rooms'),
		...require('./huawei/users'),
		...require('./huawei/meetings'),
		...org.operations,
		...require('./huawei/participants'),
		...require('./huawei/recordings'),
	},
};

module.exports = huawei;
