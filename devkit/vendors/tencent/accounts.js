'use strict';
// Registry entries of the off-boarding and profile operations (a user's groups, owner change,
// account delete and forced logout, user profiles), merged into the Tencent registry.
const { wf, plainItems, listOp, groupOp, accountOp } = require('./shared');

module.exports = {
	// The shared group holds spammer-1 as a member: it lists the group and can become its owner.
	'group.getAllForUser': groupOp('group', 'getAllForUser', {
		memberAccount: 'spammer-1',
		returnAll: true,
	}),
	'group.changeOwner': groupOp('group', 'changeOwner', { newOwnerAccount: 'spammer-1' }),
	// Items share calls of ≤ 100 accounts; safe to resend (a gone account answers 70107, named) but destructive.
	'account.delete': {
		...listOp('account', 'delete', 100, {}, { field: 'accountIds' }),
		targetOf: () => 'im_open_login_svc/account_delete',
		destructive: true,
	},
	'account.forceLogout': accountOp('forceLogout', {}),
	// Not combined: a query that answers one output item per account (UserProfileItem).
	'userProfile.get': listOp(
		'userProfile',
		'get',
		100,
		{ fields: ['nickname'] },
		{ field: 'accountIds' },
	),
	'userProfile.update': {
		idempotent: true,
		workflow: wf('userProfile', 'update', {
			accountId: '=member-{{ $json.i }}',
			updateFields: { nickname: '=Member {{ $json.i }}' },
		}),
		items: plainItems,
		prepare() {},
	},
};
