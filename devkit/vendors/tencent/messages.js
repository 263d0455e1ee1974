'use strict';
// Registry entries of Tencent's Group Message → Get History, Direct Message and Blocked Word /
// Blocked Word Library operations (merged into ../tencent.js). The adapter's fake counts every
// account as imported; these entries add the group, messages and library they need.
const { singleNodeWorkflow } = require('../../engine');
const { addLibrary } = require('../../fakes/tencent/audit');

const HISTORY = '@TGS#bench-history';
const LIB = 'bench-library';

const wf = (resource, operation, params) => (options) =>
	singleNodeWorkflow(
		'tencentCloudChat',
		{ resource, operation, ...params, options },
		'tencentCloudChatApi',
	);
const plainItems = (n) => Array.from({ length: n }, (_, i) => ({ json: { i } }));
const listItems = (prefix) => (counts) =>
	counts.map((c, i) => ({
		json: { ids: Array.from({ length: c }, (_, k) => `${prefix}-${i}-${k}`) },
	}));

/** The bench library, made again when a run deleted its words (libraries come from the console). */
function library(fake) {
	const libs = fake.auditLibraries;
	if (!libs?.has(LIB)) addLibrary(fake, { id: LIB, name: 'Bench blocklist', words: ['spam-0'] });
}

/** A list operation on one item's own ids; `target` when the node combines items into shared calls. */
const listOp = (resource, operation, limit, params, { prefix, target, idempotent = true }) => ({
	idempotent,
	workflow: wf(resource, operation, { ...params }),
	items: (n) => listItems(prefix)(Array.from({ length: n }, () => 1)),
	listItems: listItems(prefix),
	limit,
	...(target ? { targetOf: () => JSON.stringify(target) } : {}),
	prepare: library,
});

const operations = {
	'groupMessage.getHistory': {
		idempotent: true,
		// Its own group of 15 messages: one call (≤ 20) answers the whole history.
		workflow: wf('groupMessage', 'getHistory', { groupId: HISTORY, returnAll: true }),
		items: plainItems,
		prepare(fake) {
			const group = fake.groups.get(HISTORY) ?? fake.addGroup(HISTORY, { fixture: true });
			while (group.messages.length < 15)
				group.messages.push({
					MsgSeq: group.nextSeq++,
					MsgTime: 0,
					From_Account: 'spammer-1',
					MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
					recalled: false,
					deleted: false,
				});
		},
	},
	'directMessage.send': {
		idempotent: false,
		workflow: wf('directMessage', 'send', { toAccount: '=member-{{ $json.i }}', text: 'Hello' }),
		items: plainItems,
		prepare() {},
	},
	// Never combined across items (sends are never resent, nor shared): each item its own calls of ≤ 500.
	'directMessage.sendToMany': listOp(
		'directMessage',
		'sendToMany',
		500,
		{ toAccounts: '={{ $json.ids }}', text: 'Hello all' },
		{ prefix: 'member', idempotent: false },
	),
	'directMessage.recall': {
		idempotent: false,
		destructive: true,
		workflow: wf('directMessage', 'recall', {
			fromAccount: 'administrator',
			toAccount: '=member-{{ $json.i }}',
			msgKey: '=1_1_{{ $json.i }}',
		}),
		items: plainItems,
		// Messages 1_1_<i>, unrecalled (a second run finds them gone: 20023, reported as alreadyRecalled).
		prepare(fake, n = 3) {
			fake.c2c = (fake.c2c ?? []).filter((m) => !/^1_1_\d+$/.test(m.MsgKey));
			for (let i = 0; i < Math.max(n, 60); i++)
				fake.c2c.push({
					MsgKey: `1_1_${i}`,
					From_Account: 'administrator',
					To_Account: `member-${i}`,
					MsgBody: [],
					recalled: false,
				});
		},
	},
	'blockedWord.add': listOp(
		'blockedWord',
		'add',
		10,
		{ libraryId: LIB, words: '={{ $json.ids }}' },
		{ prefix: 'word', target: ['im_msg_audit_mgr/add_cloud_audit_keywords', LIB, ''] },
	),
	'blockedWord.delete': {
		...listOp(
			'blockedWord',
			'delete',
			10,
			{ libraryId: LIB, words: '={{ $json.ids }}' },
			{ prefix: 'word', target: ['im_msg_audit_mgr/delete_cloud_audit_keywords', LIB] },
		),
		destructive: true,
	},
	'blockedWord.getAll': {
		idempotent: true,
		workflow: wf('blockedWord', 'getAll', { libraryId: LIB, returnAll: true }),
		items: plainItems,
		prepare: library,
	},
	'blockedWordLibrary.getAll': {
		idempotent: true,
		workflow: wf('blockedWordLibrary', 'getAll', { returnAll: true }),
		items: plainItems,
		prepare: library,
	},
};

/** Pickers this module adds to the node, with the parameters they read. */
const pickers = {
	'listSearch.searchBlockedWordLibraries': { prepare: library },
};

module.exports = { operations, pickers };
