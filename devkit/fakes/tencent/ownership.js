'use strict';
// Groups seen from one account, and handing a group over: get_joined_group_list (Offset paging,
// Limit ≤ 5000, live-stream groups only with WithHugeGroups 1) and change_group_owner.
const { ok, fail } = require('./answer');

const G = '/v4/group_open_http_svc/';
const TYPES = ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'];

/** The base fields get_joined_group_list can answer per group (ResponseFilter.GroupBaseInfoFilter). */
const base = (g) => ({
	Type: g.type,
	Name: g.name,
	Owner_Account: g.owner,
	CreateTime: g.createTime,
	MemberNum: g.members.size,
});

const commands = {
	[`${G}get_joined_group_list`](fake, app, body) {
		const account = body.Member_Account;
		if (typeof account !== 'string' || account === '')
			return fail(10004, 'Member_Account is required');
		const limit = body.Limit ?? 5000;
		const offset = body.Offset ?? 0;
		if (!Number.isInteger(limit) || limit < 1 || limit > 5000)
			return fail(10004, 'Limit must be between 1 and 5000');
		if (!Number.isInteger(offset) || offset < 0)
			return fail(10004, 'Offset must be a non-negative integer');
		if (body.GroupType !== undefined && !TYPES.includes(body.GroupType))
			return fail(10004, 'GroupType is invalid');
		for (const key of ['WithHugeGroups', 'WithNoActiveGroups'])
			if (body[key] !== undefined && ![0, 1].includes(body[key]))
				return fail(10004, `${key} must be 0 or 1`);
		// UNCONFIRMED which code Tencent gives for an account that does not exist; 70107 like the login commands.
		if (!fake.isImported(account)) return fail(70107, 'Member_Account was not imported');
		const filter = body.ResponseFilter ?? {};
		const baseKeys = filter.GroupBaseInfoFilter ?? [];
		const selfKeys = filter.SelfInfoFilter ?? [];
		const all = [...fake.groups.values()]
			.filter((g) => g.members.has(account))
			.filter((g) => g.type !== 'AVChatRoom' || body.WithHugeGroups === 1)
			.filter((g) => !body.GroupType || g.type === body.GroupType)
			.sort((a, b) => a.seq - b.seq);
		const page = all.slice(offset, offset + limit).map((g) => {
			const member = g.members.get(account);
			const self = { Role: member.Role, JoinTime: member.JoinTime, MsgFlag: 'AcceptAndNotify' };
			const b = base(g);
			return {
				GroupId: g.id,
				...Object.fromEntries(baseKeys.filter((k) => k in b).map((k) => [k, b[k]])),
				...(selfKeys.length
					? {
							SelfInfo: Object.fromEntries(
								selfKeys.filter((k) => k in self).map((k) => [k, self[k]]),
							),
						}
					: {}),
			};
		});
		return ok({ TotalCount: all.length, GroupIdList: page });
	},

	[`${G}change_group_owner`](fake, app, body, group) {
		const owner = body.NewOwner_Account;
		if (typeof owner !== 'string' || owner === '')
			return fail(10004, 'NewOwner_Account is required');
		if (group.type === 'AVChatRoom') return fail(10007, 'AVChatRoom does not support owner change');
		// UNCONFIRMED which code Tencent gives when the new owner is not a member (its page: "must be a member").
		if (!group.members.has(owner)) return fail(10004, 'NewOwner_Account is not a group member');
		const old = group.owner && group.members.get(group.owner);
		if (old) old.Role = 'Member';
		group.members.get(owner).Role = 'Owner';
		group.owner = owner;
		return ok();
	},
};

module.exports = { commands, needsGroup: new Set([`${G}change_group_owner`]) };
