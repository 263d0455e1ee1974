'use strict';
// Tencent Cloud Chat adapter for the vendor-neutral tests (fault matrix, request counts, benchmark).
const TLSSigAPIv2 = require('tls-sig-api-v2');
const { FakeTencent } = require('../fakes/tencent');

let seq = 0;
const { GROUP, LIMIT, fail, wf, listOp, groupOp, accountOp } = require('./tencent/shared');

const adapter = {
	name: 'Tencent Cloud Chat',
	limit: LIMIT,
	ratePerSecond: 200,
	async startFake(options) {
		const fake = await new FakeTencent(options).start();
		// The generated accounts (member-0-0 …) count as imported.
		fake.anyAccount = true;
		fake.addGroup(GROUP, { members: ['spammer-1'], fixture: true });
		return fake;
	},
	newCredentials(fake) {
		const sdkAppId = 1400000000 + ++seq * 7 + Math.floor(Math.random() * 1000);
		const secretKey = `tencent-secret-${seq}-${Math.random().toString(36).slice(2)}`;
		fake.addApp({ sdkAppId, secretKey, admins: ['administrator'] });
		return {
			secrets: [secretKey],
			credentials: {
				'cred-1': {
					type: 'tencentCloudChatApi',
					data: {
						sdkAppId,
						secretKey,
						identifier: 'administrator',
						region: 'custom',
						baseUrl: fake.url,
					},
				},
			},
		};
	},
	tokenCalls: () => 0, // the UserSig is made locally
	businessCalls: (fake) => fake.businessCalls().length,
	businessPath: /^\/v4\//,
	nodeType: 'tencentCloudChat',
	/** The credential test (the node's `testedBy`) and every path it calls: a fresh UserSig, then account_check. */
	credentialTest: { paths: [/\/account_check$/] },
	/** EVERY picker of the node (methods.listSearch / loadOptions, `kind.name`), with what it lists. */
	pickers: {
		'listSearch.searchGroups': { prepare() {} },
	},
	// The UserSig's counterpart of an expired token: Tencent answers 70001 once.
	expireTokens: (fake) => fake.failNext(70001, 'usersig expired', 1),
	throttleFaults: [
		fail(60007, 'REST API call frequency exceeded'),
		fail(60011, 'SDKAppID call frequency exceeded'),
		fail(10006, 'operation frequency limit'),
		{ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, body: 'Too Many Requests' },
	],
	operations: {
		// An idempotent operation first: the first request of a cold process can outlast the fault
		// matrix's 400 ms timeout, which a non-idempotent call is (rightly) not retried after.
		'groupMember.unban': {
			...listOp('groupMember', 'unban', 20, {}, { target: ['unban_group_member', {}] }),
			seed: '003',
			bench: 'unban',
			/** Benchmark: one account per item, the items spread over `targets` groups (the call's target). */
			benchItems: (n, targets) =>
				Array.from({ length: n }, (_, i) => ({
					json: { accounts: [`member-${i}-0`], group: `${GROUP}-${i % targets}` },
				})),
			// The 20-target rows: each item names its group.
			benchWorkflow: wf('groupMember', 'unban', {
				groupId: '={{ $json.group }}',
				memberAccounts: '={{ $json.accounts }}',
			}),
			benchTarget: 'group',
			benchPrepare(fake, n, targets) {
				for (let k = 0; k < targets; k++) fake.addGroup(`${GROUP}-${k}`, { fixture: true });
			},
		},
		'groupMember.ban': listOp(
			'groupMember',
			'ban',
			20,
			{ duration: 60 },
			{ target: ['ban_group_member', { Duration: 60 }] },
		),
		'groupMember.mute': listOp(
			'groupMember',
			'mute',
			500,
			{ muteTime: 60 },
			{ target: ['forbid_send_msg', { MuteTime: 60 }] },
		),
		'groupMember.unmute': listOp(
			'groupMember',
			'unmute',
			500,
			{},
			{ target: ['forbid_send_msg', { MuteTime: 0 }] },
		),
		// add_group_member answers a Result per member: each item reports its own members' results.
		'groupMember.add': listOp('groupMember', 'add', 300, {}, { target: ['add_group_member', {}] }),
		'groupMember.remove': listOp(
			'groupMember',
			'remove',
			100,
			{},
			{ target: ['delete_group_member', {}] },
		),
		'groupMember.getBanned': groupOp('groupMember', 'getBanned', { returnAll: true }),
		'groupMember.getMuted': groupOp('groupMember', 'getMuted', {}),
		'groupMember.getAll': groupOp('groupMember', 'getAll', { returnAll: true }),
		'groupMember.update': groupOp('groupMember', 'update', {
			memberAccount: 'spammer-1',
			updateFields: { nameCard: 'Checked' },
		}),
		'group.create': groupOp(
			'group',
			'create',
			{ groupType: 'Public', name: '=Room {{ $json.i }}' },
			{ idempotent: false },
		),
		'group.get': groupOp('group', 'get', {}),
		// Tencent allows the group list 1 call/s and the node keeps to it: the request counts use 5 items, not 60.
		// The node paces the group list at Tencent's 1 call/s whatever Calls Per Second says (`pacedPerSecond`).
		'group.getAll': {
			...groupOp('group', 'getAll', { returnAll: true, includeDetails: false }),
			countItems: 5,
			pacedPerSecond: 1,
		},
		'group.update': groupOp('group', 'update', {
			updateFields: { notification: 'Maintenance tonight' },
		}),
		'group.delete': {
			idempotent: true,
			workflow: wf('group', 'delete', { groupId: '={{ $json.group }}' }),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { group: `@TGS#del-${i}` } })),
			prepare(fake, n = 3) {
				for (let i = 0; i < Math.max(n, 12); i++) fake.addGroup(`@TGS#del-${i}`, { fixture: true });
			},
		},
		'group.muteAll': groupOp('group', 'muteAll', {}),
		'group.unmuteAll': groupOp('group', 'unmuteAll', {}),
		'groupMessage.send': groupOp(
			'groupMessage',
			'send',
			{ text: '=Hello {{ $json.i }}' },
			{ idempotent: false },
		),
		'groupMessage.sendSystemNotification': groupOp(
			'groupMessage',
			'sendSystemNotification',
			{ content: 'Maintenance at 22:00' },
			{ idempotent: false },
		),
		// Items for the same group and Reason share calls of ≤ 10 MsgSeqs; each item its own MsgSeqs.
		'groupMessage.recall': {
			idempotent: true,
			workflow: wf('groupMessage', 'recall', { msgSeqs: '={{ $json.seqs }}' }),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { seqs: [i + 1] } })),
			listItems: (counts) => {
				let next = 1;
				return counts.map((c) => ({ json: { seqs: Array.from({ length: c }, () => next++) } }));
			},
			limit: 10,
			targetOf: () => 'group_msg_recall',
			prepare(fake, n = 3) {
				const group = fake.groups.get(GROUP) ?? fake.addGroup(GROUP, { fixture: true });
				// Enough messages for the request counts' uneven lists (up to 27 MsgSeqs per item).
				while (group.nextSeq <= Math.max(n * 30, 1700))
					group.messages.push({
						MsgSeq: group.nextSeq++,
						MsgTime: 0,
						From_Account: 'spammer-1',
						MsgBody: [],
						recalled: false,
						deleted: false,
					});
			},
		},
		'groupMessage.deleteBySender': groupOp('groupMessage', 'deleteBySender', {
			senderAccount: 'spammer-1',
		}),
		'account.import': {
			...listOp('account', 'import', 100, {}, { field: 'accountIds' }),
			targetOf: () => 'im_open_login_svc/multiaccount_import',
		},
		// Not combined: a query that answers one output item per account (ResultItem).
		'account.check': listOp('account', 'check', 100, {}, { field: 'accountIds' }),
		'account.setGlobalMute': accountOp('setGlobalMute', { muteTime: 60, scope: ['group'] }),
		'account.getGlobalMute': accountOp('getGlobalMute', {}),
		...require('./tencent/accounts'),
	},
	/**
	 * What an n8n user builds today: one HTTP Request per item with a UserSig generated once
	 * outside n8n (Tencent's console tool, or a Code node) pasted into the query string; batched
	 * under the limit (`tuned`) or with the node's default settings.
	 */
	baseline(fake, credentials, _opName, { tuned = true } = {}) {
		const { sdkAppId, secretKey, identifier } = credentials['cred-1'].data;
		const usersig = new TLSSigAPIv2.Api(sdkAppId, secretKey).genSig(identifier, 86400);
		const { baselineWorkflow } = require('./index');
		return baselineWorkflow({
			call: {
				url: `${fake.url}/v4/group_open_http_svc/unban_group_member`,
				body: `={{ JSON.stringify({ GroupId: $json.group ?? "${GROUP}", Members_Account: $json.accounts }) }}`,
			},
			qs: [
				{ name: 'sdkappid', value: String(sdkAppId) },
				{ name: 'identifier', value: identifier },
				{ name: 'usersig', value: usersig },
				{ name: 'random', value: '={{ Math.floor(Math.random() * 4294967295) }}' },
				{ name: 'contenttype', value: 'json' },
			],
			// Tencent allows 200 calls/s; bursts of 200 every 1100 ms stay under it.
			batch: tuned ? { batchSize: 200, batchInterval: 1100 } : undefined,
		});
	},
};

// Direct Message, Get History and Blocked Word entries live in tencent/messages.js.
for (const k of ['operations', 'pickers'])
	Object.assign(adapter[k], require('./tencent/messages')[k]);

// Safe to repeat but destructive: their descriptions say they cannot be undone, like those of the
// operations that must not repeat (test/toolDescriptions.test.js).
for (const key of [
	'group.delete',
	'groupMember.remove',
	'groupMember.ban',
	'groupMessage.recall',
	'groupMessage.deleteBySender',
])
	adapter.operations[key].destructive = true;

module.exports = adapter;
