'use strict';
// Tencent Cloud Chat adapter for the vendor-neutral tests (fault matrix, request counts, benchmark).
const TLSSigAPIv2 = require('tls-sig-api-v2');
const { singleNodeWorkflow } = require('../engine');
const { FakeTencent } = require('../fakes/tencent');

let seq = 0;
const GROUP = '@TGS#bench';
const fail = (code, info) => ({ kind: 'status', status: 200, body: { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info } });

/** A list operation on the shared group: one item per entry, each with its accounts. */
const listOp = (operation, params) => ({
	idempotent: true,
	workflow: (options) => singleNodeWorkflow('tencentCloudChat', { resource: 'groupMember', operation, groupId: GROUP, memberAccounts: '={{ $json.accounts }}', ...params, options }, 'tencentCloudChatApi'),
	items: (n, perItem = 1) => Array.from({ length: n }, (_, i) => ({ json: { accounts: Array.from({ length: perItem }, (_, k) => `member-${i}-${k}`) } })),
	listItems: (counts) => counts.map((c, i) => ({ json: { accounts: Array.from({ length: c }, (_, k) => `member-${i}-${k}`) } })),
	prepare() {},
});

/** A read of the shared group (which holds one banned and one muted member): one call per item. */
const readOp = (operation, params) => ({
	idempotent: true,
	workflow: (options) => singleNodeWorkflow('tencentCloudChat', { resource: 'groupMember', operation, groupId: GROUP, ...params, options }, 'tencentCloudChatApi'),
	items: (n) => Array.from({ length: n }, (_, i) => ({ json: { i } })),
	prepare(fake) {
		fake.addGroup(GROUP, { banned: ['spammer-1'], muted: ['spammer-1'] });
	},
});

const adapter = {
	name: 'Tencent Cloud Chat',
	limit: 20, // accounts per ban/unban call
	ratePerSecond: 200,
	async startFake(options) {
		const fake = await new FakeTencent(options).start();
		fake.addGroup(GROUP);
		return fake;
	},
	newCredentials(fake) {
		const sdkAppId = 1400000000 + ++seq * 7 + Math.floor(Math.random() * 1000);
		const secretKey = `tencent-secret-${seq}-${Math.random().toString(36).slice(2)}`;
		fake.addApp({ sdkAppId, secretKey, admins: ['administrator'] });
		return {
			secrets: [secretKey],
			credentials: { 'cred-1': { type: 'tencentCloudChatApi', data: { sdkAppId, secretKey, identifier: 'administrator', region: 'custom', baseUrl: fake.url } } },
		};
	},
	tokenCalls: () => 0, // the UserSig is made locally
	businessCalls: (fake) => fake.businessCalls().length,
	businessPath: /^\/v4\/group_open_http_svc\//,
	// The UserSig's counterpart of an expired token: Tencent answers 70001 once.
	expireTokens: (fake) => fake.failNext(70001, 'usersig expired', 1),
	throttleFaults: [
		fail(60007, 'REST API call frequency exceeded'),
		fail(60011, 'SDKAppID call frequency exceeded'),
		fail(10006, 'operation frequency limit'),
		{ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, body: 'Too Many Requests' },
	],
	operations: {
		'groupMember.unban': {
			seed: '003',
			bench: 'unban',
			idempotent: true,
			workflow: (options) => singleNodeWorkflow('tencentCloudChat', { resource: 'groupMember', operation: 'unban', groupId: GROUP, memberAccounts: '={{ $json.accounts }}', options }, 'tencentCloudChatApi'),
			items: (n, perItem = 1) => Array.from({ length: n }, (_, i) => ({ json: { accounts: Array.from({ length: perItem }, (_, k) => `member-${i}-${k}`) } })),
			listItems: (counts) => counts.map((c, i) => ({ json: { accounts: Array.from({ length: c }, (_, k) => `member-${i}-${k}`) } })),
			prepare() {},
		},
		'groupMember.ban': listOp('ban', { duration: 60 }),
		'groupMember.mute': listOp('mute', { muteTime: 60 }),
		'groupMember.unmute': listOp('unmute', {}),
		'groupMember.getBanned': readOp('getBanned', { returnAll: true }),
		'groupMember.getMuted': readOp('getMuted', {}),
	},
	/**
	 * What an n8n user builds today: one HTTP Request per item with a UserSig generated once
	 * outside n8n (Tencent's console tool, or a Code node) pasted into the query string.
	 */
	baseline(fake, credentials) {
		const { sdkAppId, secretKey, identifier } = credentials['cred-1'].data;
		const usersig = new TLSSigAPIv2.Api(sdkAppId, secretKey).genSig(identifier, 86400);
		const { baselineWorkflow } = require('./index');
		return baselineWorkflow({
			call: { url: `${fake.url}/v4/group_open_http_svc/unban_group_member`, body: `={{ JSON.stringify({ GroupId: "${GROUP}", Members_Account: $json.accounts }) }}` },
			qs: [
				{ name: 'sdkappid', value: String(sdkAppId) },
				{ name: 'identifier', value: identifier },
				{ name: 'usersig', value: usersig },
				{ name: 'random', value: '={{ Math.floor(Math.random() * 4294967295) }}' },
				{ name: 'contenttype', value: 'json' },
			],
			// Tencent allows 200 calls/s; bursts of 200 every 1100 ms stay under it.
			batch: { batchSize: 200, batchInterval: 1100 },
		});
	},
};

module.exports = adapter;
