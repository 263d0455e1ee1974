'use strict';
// Registry entries of the Cloud Meeting Room resource (see devkit/vendors/huawei.js).
const { rl, node, byIndex } = require('./common');

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

module.exports = {
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
};

// Safe to repeat but destructive: their descriptions say they cannot be undone, like those of the
// operations that must not repeat (test/toolDescriptions.test.js).
module.exports['cloudMeetingRoom.reclaimFromMember'].destructive = true;
