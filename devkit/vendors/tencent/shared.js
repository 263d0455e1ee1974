'use strict';
// Builders the Tencent registry modules share: workflows on the shared group, item makers, and the
// shapes of list, group and account operations.
const { singleNodeWorkflow } = require('../../engine');

const GROUP = '@TGS#bench';
const LIMIT = 20; // accounts per ban/unban call; list operations give their own `limit`
const fail = (code, info) => ({
	kind: 'status',
	status: 200,
	body: { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info },
});

const wf = (resource, operation, params) => (options) =>
	singleNodeWorkflow(
		'tencentCloudChat',
		{ resource, operation, groupId: GROUP, ...params, options },
		'tencentCloudChatApi',
	);
const plainItems = (n) => Array.from({ length: n }, (_, i) => ({ json: { i } }));
const accountItems = (n, perItem = 1) =>
	Array.from({ length: n }, (_, i) => ({
		json: { accounts: Array.from({ length: perItem }, (_, k) => `member-${i}-${k}`) },
	}));

/**
 * A list operation on the shared group: one item per entry, each with its accounts, split at the
 * command's per-call limit (`limit`). Operations the node combines across items also give
 * `targetOf`: the key the node builds (the command and its body without the account list), so the
 * request counts expect Σ over targets ⌈accounts / limit⌉.
 */
const listOp = (
	resource,
	operation,
	perCall,
	params,
	{ field = 'memberAccounts', target } = {},
) => ({
	idempotent: true,
	workflow: wf(resource, operation, { [field]: '={{ $json.accounts }}', ...params }),
	items: accountItems,
	listItems: (counts) =>
		counts.map((c, i) => ({
			json: { accounts: Array.from({ length: c }, (_, k) => `member-${i}-${k}`) },
		})),
	limit: perCall,
	...(target
		? {
				targetOf: () =>
					JSON.stringify([`group_open_http_svc/${target[0]}`, { GroupId: GROUP, ...target[1] }]),
			}
		: {}),
	prepare() {},
});

/** A call about the shared group (which holds a member, a banned and a muted account): one call per item. */
const groupOp = (resource, operation, params, { idempotent = true } = {}) => ({
	idempotent,
	workflow: wf(resource, operation, params),
	items: plainItems,
	prepare(fake) {
		fake.addGroup(GROUP, {
			banned: ['spammer-1'],
			muted: ['spammer-1'],
			members: ['spammer-1'],
			fixture: true,
		});
	},
});

/** An operation on one account per item. */
const accountOp = (operation, params) => ({
	idempotent: true,
	workflow: wf('account', operation, { accountId: '=member-{{ $json.i }}', ...params }),
	items: plainItems,
	prepare() {},
});

module.exports = { GROUP, LIMIT, fail, wf, plainItems, accountItems, listOp, groupOp, accountOp };
