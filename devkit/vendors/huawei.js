'use strict';
// Huawei Cloud Meeting adapter for the vendor-neutral tests (fault matrix, request counts).
const { singleNodeWorkflow } = require('../engine');
const { FakeHuawei } = require('../fakes/huawei');

let seq = 0;
const unique = (prefix) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;

module.exports = {
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
		return { secrets: [password], credentials: { 'cred-1': { type: 'huaweiCloudMeetingApi', data: { authMode: 'account', account, password, baseUrl: fake.url } } } };
	},
	tokenCalls: (fake) => fake.tokenCalls().length,
	businessCalls: (fake) => fake.businessCalls().length,
	businessPath: /^\/v1\/usg\/dcs\//,
	expireTokens: (fake) => fake.expireTokens(),
	throttleFaults: [
		{ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, body: { error_code: 'USG.000000429', error_msg: 'Too many requests' } },
	],
	/**
	 * What an n8n user builds today: a token request with Basic auth, then one HTTP Request per
	 * item with the token in X-Access-Token, batched under the fake's enforced 20 calls/s.
	 */
	baseline(fake, credentials) {
		const { account, password } = credentials['cred-1'].data;
		const { baselineWorkflow } = require('./index');
		return baselineWorkflow({
			token: {
				url: `${fake.url}/v1/usg/acs/auth/account`,
				body: JSON.stringify({ account, clientType: 72 }),
				headers: [{ name: 'Authorization', value: `Basic ${Buffer.from(`${account}:${password}`).toString('base64')}` }],
			},
			call: {
				url: `={{ "${fake.url}/v1/usg/dcs/corp/vmr/recycle-from-member/" + encodeURIComponent($json.account) + "?accountType=0" }}`,
				body: '={{ JSON.stringify($json.vmrIds) }}',
				headers: [{ name: 'X-Access-Token', value: "={{ $('Get token').first().json.accessToken }}" }],
			},
			batch: { batchSize: 20, batchInterval: 1100 },
		});
	},
	operations: {
		'cloudMeetingRoom.reclaimFromMember': {
			seed: '004',
			bench: 'reclaimFromMember',
			idempotent: true,
			workflow: (options) => singleNodeWorkflow('huaweiCloudMeeting', { resource: 'cloudMeetingRoom', operation: 'reclaimFromMember', account: '={{ $json.account }}', vmrIds: '={{ $json.vmrIds }}', options }, 'huaweiCloudMeetingApi'),
			items: (n, idsPerItem = 1) => Array.from({ length: n }, (_, i) => ({ json: { account: `member-${i}@corp`, vmrIds: Array.from({ length: idsPerItem }, (_, k) => `vmr-${i}-${k}`) } })),
			listItems: (counts) => counts.map((c, i) => ({ json: { account: `member-${i}@corp`, vmrIds: Array.from({ length: c }, (_, k) => `vmr-${i}-${k}`) } })),
			// The fake creates members and rooms on first use (autoCreate).
			prepare() {},
		},		'cloudMeetingRoom.assignToMember': {
						idempotent: true,
			workflow: (options) => singleNodeWorkflow('huaweiCloudMeeting', { resource: 'cloudMeetingRoom', operation: 'assignToMember', account: '={{ $json.account }}', vmrIds: '={{ $json.vmrIds }}', options }, 'huaweiCloudMeetingApi'),
			items: (n, idsPerItem = 1) => Array.from({ length: n }, (_, i) => ({ json: { account: `member-${i}@corp`, vmrIds: Array.from({ length: idsPerItem }, (_, k) => `vmr-${i}-${k}`) } })),
			listItems: (counts) => counts.map((c, i) => ({ json: { account: `member-${i}@corp`, vmrIds: Array.from({ length: c }, (_, k) => `vmr-${i}-${k}`) } })),
			// The fake creates members and rooms on first use (autoCreate).
			prepare() {},
		},		'cloudMeetingRoom.getAll': {
			idempotent: true,
			workflow: (options) => singleNodeWorkflow('huaweiCloudMeeting', { resource: 'cloudMeetingRoom', operation: 'getAll', returnAll: false, limit: 5, options }, 'huaweiCloudMeetingApi'),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { i } })),
			prepare(fake) {
				if (fake.vmrs.size === 0) fake.addVmrs(5);
			},
		},

	},
};
