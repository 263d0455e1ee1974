'use strict';
// Off-boarding and profile commands of the fake Tencent server: account_delete, kick,
// portrait_get / portrait_set. A deleted account is gone everywhere: not imported, in no group,
// no profile, logged out, so later calls for it fail as Tencent's do.
const { ok, fail, bytes, strings, entries } = require('./answer');

const L = '/v4/im_open_login_svc/';
const P = '/v4/profile/';

/** Standard profile fields the fake keeps, with the values Tencent accepts (strings ≤ 500 bytes). */
const GENDERS = ['Gender_Type_Unknown', 'Gender_Type_Female', 'Gender_Type_Male'];
const TAGS = {
	Tag_Profile_IM_Nick: 'text',
	Tag_Profile_IM_Image: 'text',
	Tag_Profile_IM_SelfSignature: 'text',
	Tag_Profile_IM_Gender: 'gender',
};

const profiles = (fake) => (fake.profiles ??= new Map()); // account -> { Tag: Value }

function removeAccount(fake, account) {
	fake.accounts.delete(account);
	fake.online.delete(account);
	profiles(fake).delete(account);
	fake.globalMute.delete(account);
	for (const g of fake.groups.values()) g.members.delete(account);
}

const commands = {
	[`${L}account_delete`](fake, app, body) {
		const list = body.DeleteItem;
		if (!Array.isArray(list) || list.length === 0) return fail(70402, 'DeleteItem is required');
		if (list.some((d) => typeof d?.UserID !== 'string' || d.UserID === ''))
			return fail(70402, 'DeleteItem entries need a UserID');
		if (list.length > 100) return fail(70402, 'at most 100 DeleteItem per request');
		const result = list.map(({ UserID }) => {
			if (!fake.isImported(UserID))
				return {
					UserID,
					ResultCode: 70107,
					ResultInfo: 'Err_TLS_PT_Open_Login_Account_Not_Exist',
				};
			removeAccount(fake, UserID);
			return { UserID, ResultCode: 0, ResultInfo: '' };
		});
		return ok({ ResultItem: entries(fake, result) });
	},

	[`${L}kick`](fake, app, body) {
		if (typeof body.UserID !== 'string' || body.UserID === '')
			return fail(70402, 'UserID is required');
		if (!fake.isImported(body.UserID)) return fail(70107, 'UserID was not imported');
		fake.online.delete(body.UserID);
		(fake.kicked ??= []).push(body.UserID);
		return ok();
	},

	[`${P}portrait_get`](fake, app, body) {
		const { list, error } = strings(body, 'To_Account', 100);
		if (error) return fail(40001, error.body.ErrorInfo);
		const tags = body.TagList;
		if (!Array.isArray(tags) || tags.length === 0 || tags.some((t) => typeof t !== 'string'))
			return fail(40001, 'TagList is required');
		return ok({
			UserProfileItem: entries(
				fake,
				list.map((a) => {
					if (!fake.isImported(a))
						return { To_Account: a, ResultCode: 40003, ResultInfo: 'account does not exist' };
					const p = profiles(fake).get(a) ?? {};
					return {
						To_Account: a,
						ProfileItem: tags.filter((t) => t in p).map((Tag) => ({ Tag, Value: p[Tag] })),
						ResultCode: 0,
						ResultInfo: '',
					};
				}),
			),
		});
	},

	[`${P}portrait_set`](fake, app, body) {
		if (typeof body.From_Account !== 'string' || body.From_Account === '')
			return fail(40001, 'From_Account is required');
		const items = body.ProfileItem;
		if (!Array.isArray(items) || items.length === 0) return fail(40001, 'ProfileItem is required');
		for (const item of items) {
			const kind = TAGS[item?.Tag];
			if (!kind) return fail(40001, `unknown Tag ${item?.Tag}`);
			if (kind === 'gender' && !GENDERS.includes(item.Value))
				return fail(40001, 'Tag_Profile_IM_Gender value is invalid');
			if (kind === 'text' && (typeof item.Value !== 'string' || bytes(item.Value) > 500))
				return fail(40001, `${item.Tag} must be a string of at most 500 bytes`);
		}
		if (!fake.isImported(body.From_Account)) return fail(40003, 'From_Account does not exist');
		const p = profiles(fake).get(body.From_Account) ?? {};
		for (const { Tag, Value } of items) p[Tag] = Value;
		profiles(fake).set(body.From_Account, p);
		return ok();
	},
};

module.exports = { commands, needsGroup: new Set() };
