'use strict';
// Account commands of the fake Tencent server: import (multiaccount_import), check, app-wide mute,
// online status (query_online_status).
const { ok, fail, isUint32, strings, entries } = require('./answer');

const L = '/v4/im_open_login_svc/';

const commands = {
	[`${L}multiaccount_import`](fake, app, body) {
		const { list, error } = strings(body, 'Accounts', 100);
		if (error)
			return error.body.ErrorCode === 10005
				? fail(70402, 'at most 100 Accounts per request')
				: fail(70402, error.body.ErrorInfo);
		const failed = list.filter((a) => Buffer.byteLength(a) > 32 || /[^\x20-\x7e]/.test(a));
		for (const a of list) if (!failed.includes(a)) fake.accounts.add(a);
		return ok({ FailAccounts: failed });
	},

	[`${L}account_check`](fake, app, body) {
		if (!Array.isArray(body.CheckItem) || body.CheckItem.length === 0)
			return fail(70402, 'CheckItem is required');
		if (body.CheckItem.some((c) => typeof c?.UserID !== 'string' || c.UserID === ''))
			return fail(70402, 'CheckItem entries need a UserID');
		if (body.CheckItem.length > 100) return fail(70402, 'at most 100 CheckItem per request');
		return ok({
			ResultItem: entries(
				fake,
				body.CheckItem.map((c) => ({
					UserID: c.UserID,
					ResultCode: 0,
					ResultInfo: '',
					AccountStatus: fake.isImported(c.UserID) ? 'Imported' : 'NotImported',
				})),
			),
		});
	},

	'/v4/openconfigsvr/setnospeaking'(fake, app, body) {
		if (typeof body.Set_Account !== 'string' || body.Set_Account === '')
			return fail(70402, 'Set_Account is required');
		for (const key of ['C2CmsgNospeakingTime', 'GroupmsgNospeakingTime'])
			if (body[key] !== undefined && !isUint32(body[key]))
				return fail(70402, `${key} must be a 32-bit unsigned integer`);
		if (body.C2CmsgNospeakingTime === undefined && body.GroupmsgNospeakingTime === undefined)
			return fail(70402, 'set C2CmsgNospeakingTime or GroupmsgNospeakingTime');
		if (!fake.isImported(body.Set_Account)) return fail(70107, 'Set_Account was not imported');
		const at = Math.floor(Date.now() / 1000);
		const state = fake.globalMute.get(body.Set_Account) ?? { c2c: 0, group: 0 };
		if (body.C2CmsgNospeakingTime !== undefined)
			state.c2c = body.C2CmsgNospeakingTime && at + body.C2CmsgNospeakingTime;
		if (body.GroupmsgNospeakingTime !== undefined)
			state.group = body.GroupmsgNospeakingTime && at + body.GroupmsgNospeakingTime;
		fake.globalMute.set(body.Set_Account, state);
		return ok();
	},

	'/v4/openconfigsvr/getnospeaking'(fake, app, body) {
		if (typeof body.Get_Account !== 'string' || body.Get_Account === '')
			return fail(70402, 'Get_Account is required');
		if (!fake.isImported(body.Get_Account)) return fail(70107, 'Get_Account was not imported');
		const at = Math.floor(Date.now() / 1000);
		const state = fake.globalMute.get(body.Get_Account) ?? { c2c: 0, group: 0 };
		const left = (until) => (until > at ? until - at : 0);
		return ok({ C2CmsgNospeakingTime: left(state.c2c), GroupmsgNospeakingTime: left(state.group) });
	},

	/** Not an operation of the node: what docs/any-api.md calls through the HTTP Request node. */
	'/v4/openim/query_online_status'(fake, app, body) {
		const { list, error } = strings(body, 'To_Account', 500);
		if (error) return error;
		if (body.IsNeedDetail !== undefined && ![0, 1].includes(body.IsNeedDetail))
			return fail(70402, 'IsNeedDetail must be 0 or 1');
		const known = list.filter((a) => fake.isImported(a));
		return ok({
			QueryResult: known.map((a) => ({
				To_Account: a,
				Status: fake.online.has(a) ? 'Online' : 'Offline',
			})),
			ErrorList: list
				.filter((a) => !known.includes(a))
				.map((a) => ({ To_Account: a, ErrorCode: 70107 })),
		});
	},
};

module.exports = { commands, needsGroup: new Set() };
