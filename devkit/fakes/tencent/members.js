'use strict';
// Member commands of the fake Tencent server: ban/unban/list banned, mute (forbid_send_msg)/list
// muted, add/delete, member info (Offset or Community Next), modify, and AVChatRoom online members.
const { ok, fail, now, isUint32, strings, text, entries: answered } = require('./answer');

const G = '/v4/group_open_http_svc/';
const notForLive = (group) =>
	group.type === 'AVChatRoom' ? fail(10007, 'this command does not support AVChatRoom') : undefined;

/**
 * With `fake.strictAccounts` on, a member list naming an account that was never imported is
 * refused whole (ErrorCode 10019), nothing applied: how Tencent answers for an account that does
 * not exist (UNCONFIRMED whether every command checks; the node must cope either way).
 */
function unknownAccount(fake, list) {
	const ghost = fake.strictAccounts && list.find((a) => !fake.isImported(a));
	return ghost ? fail(10019, `account ${ghost} does not exist`) : undefined;
}

const commands = {
	[`${G}ban_group_member`](fake, app, body, group) {
		if (!app.banning) return fail(10007, 'audio-video group member banning is not enabled');
		const { list, error } = strings(body, 'Members_Account', 20);
		if (error) return error;
		const ghost = unknownAccount(fake, list);
		if (ghost) return ghost;
		if (!Number.isInteger(body.Duration) || body.Duration < 0)
			return fail(10004, 'Duration must be a non-negative integer');
		const bad = text(body, 'Description', 1000);
		if (bad) return fail(10004, 'Description must be a string of at most 1000 bytes');
		const until = now() + body.Duration;
		for (const a of list) {
			group.banned.set(a, until);
			group.members.delete(a);
		}
		return ok();
	},

	[`${G}unban_group_member`](fake, app, body, group) {
		if (!app.banning) return fail(10007, 'audio-video group member banning is not enabled');
		const { list, error } = strings(body, 'Members_Account', 20);
		if (error) return error;
		const ghost = unknownAccount(fake, list);
		if (ghost) return ghost;
		for (const a of list) group.banned.delete(a);
		return ok();
	},

	[`${G}get_group_ban_member`](fake, app, body, group) {
		const limit = body.Limit ?? 20;
		const offset = body.Offset ?? 0;
		if (!Number.isInteger(limit) || limit < 1 || limit > 100)
			return fail(10004, 'Limit must be between 1 and 100');
		if (!Number.isInteger(offset) || offset < 0)
			return fail(10004, 'Offset must be a non-negative integer');
		const all = [...group.banned.entries()];
		const page = all
			.slice(offset, offset + limit)
			.map(([a, until]) => ({ Member_Account: a, BannedUntil: until }));
		return ok({
			BannedAccountList: page,
			NextOffset: offset + limit < all.length ? offset + limit : 0,
		});
	},

	[`${G}forbid_send_msg`](fake, app, body, group) {
		const { list, error } = strings(body, 'Members_Account', 500);
		if (error) return error;
		const ghost = unknownAccount(fake, list);
		if (ghost) return ghost;
		if (!isUint32(body.MuteTime)) return fail(10004, 'MuteTime must be a 32-bit unsigned integer');
		for (const a of list) {
			if (body.MuteTime === 0) group.muted.delete(a);
			else group.muted.set(a, now() + body.MuteTime);
		}
		return ok();
	},

	// Answer as Tencent documents it (trtc.io/document/34964, "Getting the List of Muted Group Members"):
	// MutedAccountList of { Member_Account, MutedUntil }; ShuttedUinList was the retired get_group_shutted_uin's key.
	[`${G}get_group_muted_account`](fake, app, body, group) {
		return ok({
			GroupId: body.GroupId,
			MutedAccountList: [...group.muted.entries()].map(([a, until]) => ({
				Member_Account: a,
				MutedUntil: until,
			})),
		});
	},

	[`${G}add_group_member`](fake, app, body, group) {
		const live = notForLive(group);
		if (live) return live;
		const entries = body.MemberList;
		if (!Array.isArray(entries) || entries.length === 0)
			return fail(10004, 'MemberList is required');
		if (entries.some((m) => typeof m?.Member_Account !== 'string' || m.Member_Account === ''))
			return fail(10004, 'MemberList entries need Member_Account');
		if (entries.length > 300) return fail(10005, 'at most 300 MemberList per request');
		if (body.Silence !== undefined && ![0, 1].includes(body.Silence))
			return fail(10004, 'Silence must be 0 or 1');
		const result = entries.map(({ Member_Account: a }) => {
			if (!fake.isImported(a)) return { Member_Account: a, Result: 0 };
			if (group.members.has(a)) return { Member_Account: a, Result: 2 };
			group.members.set(a, { Role: 'Member', JoinTime: now() });
			return { Member_Account: a, Result: 1 };
		});
		return ok({ MemberList: answered(fake, result) });
	},

	[`${G}delete_group_member`](fake, app, body, group) {
		const live = notForLive(group);
		if (live) return live;
		const { list, error } = strings(body, 'MemberToDel_Account', 100);
		if (error) return error;
		const ghost = unknownAccount(fake, list);
		if (ghost) return ghost;
		if (body.Silence !== undefined && ![0, 1].includes(body.Silence))
			return fail(10004, 'Silence must be 0 or 1');
		if (body.Reason !== undefined && typeof body.Reason !== 'string')
			return fail(10004, 'Reason must be a string');
		for (const a of list) group.members.delete(a);
		return ok();
	},

	[`${G}get_group_member_info`](fake, app, body, group) {
		const live = notForLive(group);
		if (live) return live;
		const limit = body.Limit ?? 100;
		if (!Number.isInteger(limit) || limit < 1 || limit > 200)
			return fail(10004, 'Limit must be between 1 and 200');
		if (
			body.MemberRoleFilter !== undefined &&
			(!Array.isArray(body.MemberRoleFilter) ||
				body.MemberRoleFilter.some((r) => !['Owner', 'Admin', 'Member'].includes(r)))
		)
			return fail(10004, 'MemberRoleFilter is invalid');
		const all = [...group.members.entries()]
			.filter(([, m]) => !body.MemberRoleFilter?.length || body.MemberRoleFilter.includes(m.Role))
			.map(([a, m]) => ({ Member_Account: a, ...m, MuteUntil: group.muted.get(a) ?? 0 }));
		if (group.type === 'Community') {
			if (body.Offset !== undefined)
				return fail(10004, 'Community groups page by Next, not Offset');
			const start = body.Next ? Number(body.Next) : 0;
			const end = start + limit;
			return ok({
				MemberNum: group.members.size,
				MemberList: all.slice(start, end),
				Next: end < all.length ? String(end) : '',
			});
		}
		const offset = body.Offset ?? 0;
		if (!Number.isInteger(offset) || offset < 0)
			return fail(10004, 'Offset must be a non-negative integer');
		return ok({ MemberNum: all.length, MemberList: all.slice(offset, offset + limit) });
	},

	[`${G}modify_group_member_info`](fake, app, body, group) {
		const live = notForLive(group);
		if (live) return live;
		if (typeof body.Member_Account !== 'string' || body.Member_Account === '')
			return fail(10004, 'Member_Account is required');
		const member = group.members.get(body.Member_Account);
		// UNCONFIRMED which code Tencent answers for a non-member; the fake says 10007.
		if (!member) return fail(10007, 'Member_Account is not a member of the group');
		if (body.Role !== undefined && !['Admin', 'Member'].includes(body.Role))
			return fail(10004, 'Role must be Admin or Member');
		if (
			body.MsgFlag !== undefined &&
			!['AcceptAndNotify', 'AcceptNotNotify', 'AcceptNotNotifyExceptAt', 'Discard'].includes(
				body.MsgFlag,
			)
		)
			return fail(10004, 'MsgFlag is invalid');
		const bad = text(body, 'NameCard', 50);
		if (bad) return bad;
		if (body.MuteTime !== undefined && !isUint32(body.MuteTime))
			return fail(10004, 'MuteTime must be a 32-bit unsigned integer');
		if (body.ShutUpTime !== undefined)
			return fail(10004, 'ShutUpTime is the legacy name; send MuteTime');
		for (const key of ['Role', 'MsgFlag', 'NameCard'])
			if (body[key] !== undefined) member[key] = body[key];
		if (body.MuteTime === 0) group.muted.delete(body.Member_Account);
		else if (body.MuteTime !== undefined)
			group.muted.set(body.Member_Account, now() + body.MuteTime);
		return ok();
	},

	'/v4/group_open_avchatroom_http_svc/get_members'(fake, app, body, group) {
		if (group.type !== 'AVChatRoom')
			return fail(10007, 'get_members is for AVChatRoom groups only');
		if (!Number.isInteger(body.Timestamp) || body.Timestamp < 0)
			return fail(10004, 'Timestamp is required (0 for the first page)');
		// Online members by join order; the fake pages by 100 (Tencent starts paging above 250).
		const all = [...group.members.entries()].map(([a, m], index) => ({
			Member_Account: a,
			JoinTime: m.JoinTime,
			NickName: '',
			Avatar: '',
			cursor: index + 1,
		}));
		const page = all.filter((m) => m.cursor > body.Timestamp).slice(0, 100);
		const last = page[page.length - 1];
		const more = last && last.cursor < all.length;
		return ok({
			MemberList: page.map(({ cursor, ...m }) => m),
			NextTimestamp: more ? last.cursor : 0,
		});
	},
};

module.exports = { commands, needsGroup: new Set(Object.keys(commands)) };
