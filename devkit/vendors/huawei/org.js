'use strict';
// Registry entries of the Department and Administrator resources and User → Reset Password
// (see devkit/vendors/huawei.js).
const { rl, node, byIndex, accountLists, ensureUsers } = require('./common');
const { addDepartment, departments } = require('../../fakes/huawei/departments');

const deptCodeOf = (i) => `d-${i}`;

/** n departments under the root with known codes (d-0, d-1…), as prepare() needs them. */
function ensureDepartments(fake, n, codeOf = deptCodeOf) {
	for (let i = 0; i < n; i++)
		if (!departments(fake).has(codeOf(i)))
			addDepartment(fake, { deptCode: codeOf(i), deptName: `Department ${codeOf(i)}` });
}

/** n users who are not administrators, for Add (a repeat on an administrator fails). */
function ensurePlainUsers(fake, n) {
	for (let i = 0; i < n; i++) {
		const account = `new-admin-${i}@corp`;
		if (!fake.users.has(account)) fake.addUser(account, { password: `pw-a${i}-x`, admin: false });
		Object.assign(fake.users.get(account), { admin: false, adminType: undefined });
	}
}

const operations = {
	'department.create': {
		idempotent: false,
		workflow: (options) =>
			node({ resource: 'department', operation: 'create', deptName: '={{ $json.name }}' }, options),
		items: byIndex((i) => ({ name: `Team ${i}` })),
		prepare() {},
	},
	'department.update': {
		idempotent: true,
		workflow: (options) =>
			node(
				{
					resource: 'department',
					operation: 'update',
					deptCode: rl('={{ $json.deptCode }}'),
					updateFields: { note: 'Reorganised' },
				},
				options,
			),
		items: byIndex((i) => ({ deptCode: deptCodeOf(i) })),
		prepare: (fake, n) => ensureDepartments(fake, n),
	},
	'department.delete': {
		// Sent again after it arrived, it would fail on a department that is gone: reported, never resent.
		idempotent: false,
		workflow: (options) =>
			node(
				{ resource: 'department', operation: 'delete', deptCode: rl('={{ $json.deptCode }}') },
				options,
			),
		items: byIndex((i) => ({ deptCode: `gone-${i}` })),
		prepare: (fake, n) => ensureDepartments(fake, n, (i) => `gone-${i}`),
	},
	'department.getAll': {
		idempotent: true,
		workflow: (options) =>
			node({ resource: 'department', operation: 'getAll', returnAll: true }, options),
		items: byIndex((i) => ({ i })),
		prepare: (fake) => ensureDepartments(fake, 3),
	},
	'administrator.getAll': {
		idempotent: true,
		workflow: (options) =>
			node({ resource: 'administrator', operation: 'getAll', returnAll: false, limit: 5 }, options),
		items: byIndex((i) => ({ i })),
		// The credential's own account is an administrator.
		prepare() {},
	},
	'administrator.add': {
		// A repeat fails on an account that is already an administrator: reported, never resent.
		idempotent: false,
		workflow: (options) =>
			node(
				{ resource: 'administrator', operation: 'add', account: rl('={{ $json.account }}') },
				options,
			),
		items: byIndex((i) => ({ account: `new-admin-${i}@corp` })),
		prepare: ensurePlainUsers,
	},
	'administrator.remove': {
		// A repeat fails on accounts that are no longer administrators: never combined, never resent.
		idempotent: false,
		workflow: (options) =>
			node(
				{ resource: 'administrator', operation: 'remove', accounts: '={{ $json.accounts }}' },
				options,
			),
		items: byIndex((i) => ({ accounts: [`member-${i}@corp`] })),
		listItems: accountLists,
		// The fake (autoCreate) makes listed accounts administrators on first use.
		prepare() {},
	},
	'user.resetPassword': {
		// Each call makes and sends another password: never resent.
		idempotent: false,
		workflow: (options) =>
			node(
				{ resource: 'user', operation: 'resetPassword', account: rl('={{ $json.account }}') },
				options,
			),
		items: byIndex((i) => ({ account: `member-${i}@corp` })),
		prepare: ensureUsers,
	},
};

module.exports = { operations, ensureDepartments };
