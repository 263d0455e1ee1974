'use strict';
// Registry entries of the User resource (see devkit/vendors/huawei.js).
const { rl, node, byIndex, accountLists, ensureUsers } = require('./common');

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

module.exports = {
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
};
