'use strict';
// Group commands of the fake Tencent server: create, info, list, modify (incl. MuteAllMember), destroy.
const crypto = require('node:crypto');
const { ok, fail, now, text, entries } = require('./answer');

const TYPES = ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community', 'Work', 'Meeting'];
const APPLY = ['FreeAccess', 'NeedPermission', 'DisableApply'];
const INVITE = ['FreeAccess', 'NeedPermission', 'DisableInvite'];

/** Base fields a group answers with (get_group_info, without the member list). */
function info(g) {
	return {
		GroupId: g.id,
		ErrorCode: 0,
		ErrorInfo: '',
		Type: g.type,
		Name: g.name,
		Introduction: g.introduction,
		Notification: g.notification,
		FaceUrl: g.faceUrl,
		Owner_Account: g.owner,
		CreateTime: g.createTime,
		MemberNum: g.type === 'AVChatRoom' ? undefined : g.members.size,
		MaxMemberNum: g.maxMemberNum,
		ApplyJoinOption: g.applyJoinOption,
		InviteJoinOption: g.inviteJoinOption,
		MuteAllMember: g.muteAll,
		NextMsgSeq: g.nextSeq,
	};
}

/** Checks the fields create_group and modify_group_base_info share. */
function checkCommon(body, maxKey) {
	for (const [key, max] of [
		['Introduction', 240],
		['Notification', 300],
		['FaceUrl', 100],
	]) {
		const bad = text(body, key, max);
		if (bad) return bad;
	}
	if (body[maxKey] !== undefined && (!Number.isInteger(body[maxKey]) || body[maxKey] < 1))
		return fail(10004, `${maxKey} must be a positive integer`);
	if (body.ApplyJoinOption !== undefined && !APPLY.includes(body.ApplyJoinOption))
		return fail(10004, 'ApplyJoinOption is invalid');
	if (body.InviteJoinOption !== undefined && !INVITE.includes(body.InviteJoinOption))
		return fail(10004, 'InviteJoinOption is invalid');
	return undefined;
}

const commands = {
	'/v4/group_open_http_svc/create_group'(fake, app, body) {
		if (!TYPES.includes(body.Type)) return fail(10004, 'Type is invalid');
		const bad =
			text(body, 'Name', 30, { required: true }) ??
			text(body, 'GroupId', 48) ??
			checkCommon(body, 'MaxMemberCount');
		if (bad) return bad;
		if (body.Owner_Account !== undefined && !fake.isImported(body.Owner_Account))
			return fail(10019, 'Owner_Account does not exist');
		if (body.MemberList !== undefined) {
			if (
				!Array.isArray(body.MemberList) ||
				body.MemberList.some((m) => typeof m?.Member_Account !== 'string')
			)
				return fail(10004, 'MemberList entries need Member_Account');
			if (body.MemberList.length > 100) return fail(10005, 'at most 100 initial members');
		}
		if (body.GroupId !== undefined && fake.groups.has(body.GroupId))
			return fail(10021, 'group id has been used');
		const id =
			body.GroupId ??
			`@TGS#${body.Type === 'AVChatRoom' ? 'a' : '2'}${crypto.randomBytes(5).toString('hex').toUpperCase()}`;
		fake.addGroup(id, {
			type: body.Type,
			name: body.Name,
			owner: body.Owner_Account,
			introduction: body.Introduction,
			notification: body.Notification,
			faceUrl: body.FaceUrl,
			maxMemberNum: body.MaxMemberCount,
			applyJoinOption: body.ApplyJoinOption,
			inviteJoinOption: body.InviteJoinOption,
			members: (body.MemberList ?? []).map((m) => m.Member_Account),
		});
		return ok({ GroupId: id, Type: body.Type });
	},

	'/v4/group_open_http_svc/get_group_info'(fake, app, body) {
		const ids = body.GroupIdList;
		if (!Array.isArray(ids) || ids.length === 0 || ids.some((g) => typeof g !== 'string'))
			return fail(10004, 'GroupIdList is required');
		if (ids.length > 50) return fail(10004, 'at most 50 GroupIdList per request');
		if (
			body.ResponseFilter !== undefined &&
			(typeof body.ResponseFilter !== 'object' || Array.isArray(body.ResponseFilter))
		)
			return fail(10004, 'ResponseFilter must be an object');
		return ok({
			GroupInfo: entries(
				fake,
				ids.map((id) => {
					const g = fake.groups.get(id);
					return g ? info(g) : { GroupId: id, ErrorCode: 10015, ErrorInfo: 'invalid group id' };
				}),
			),
		});
	},

	'/v4/group_open_http_svc/get_appid_group_list'(fake, app, body) {
		const limit = body.Limit ?? 10000;
		const next = body.Next ?? 0;
		if (!Number.isInteger(limit) || limit < 1 || limit > 10000)
			return fail(10004, 'Limit must be between 1 and 10000');
		if (!Number.isInteger(next) || next < 0)
			return fail(10004, 'Next must be a non-negative integer');
		if (body.GroupType !== undefined && !TYPES.includes(body.GroupType))
			return fail(10004, 'GroupType is invalid');
		// The cursor is the group's creation number (Tencent's is an opaque uint64): 0 starts, 0 ends.
		const all = [...fake.groups.values()]
			.filter((g) => !body.GroupType || g.type === body.GroupType)
			.filter((g) => g.seq > next);
		const page = all.slice(0, limit);
		const more = all.length > limit;
		return ok({
			TotalCount: all.length,
			GroupIdList: page.map((g) => ({ GroupId: g.id })),
			Next: more ? page[page.length - 1].seq : 0,
		});
	},

	'/v4/group_open_http_svc/modify_group_base_info'(fake, app, body, group) {
		const bad = text(body, 'Name', 30) ?? checkCommon(body, 'MaxMemberNum');
		if (bad) return bad;
		if (body.Name === '') return fail(10004, 'Name must not be empty');
		if (body.MuteAllMember !== undefined && !['On', 'Off'].includes(body.MuteAllMember))
			return fail(10004, 'MuteAllMember must be On or Off');
		if (body.InviteJoinOption !== undefined && group.type === 'AVChatRoom')
			return fail(10007, 'InviteJoinOption is not supported by AVChatRoom');
		const map = {
			Name: 'name',
			Introduction: 'introduction',
			Notification: 'notification',
			FaceUrl: 'faceUrl',
			MaxMemberNum: 'maxMemberNum',
			ApplyJoinOption: 'applyJoinOption',
			InviteJoinOption: 'inviteJoinOption',
			MuteAllMember: 'muteAll',
		};
		for (const [key, prop] of Object.entries(map))
			if (body[key] !== undefined) group[prop] = body[key];
		group.lastInfoTime = now();
		return ok();
	},

	'/v4/group_open_http_svc/destroy_group'(fake, app, body, group) {
		fake.groups.delete(group.id);
		return ok();
	},
};

/** Commands whose body names one existing group (GroupId). */
const needsGroup = new Set([
	'/v4/group_open_http_svc/modify_group_base_info',
	'/v4/group_open_http_svc/destroy_group',
]);

module.exports = { commands, needsGroup };
