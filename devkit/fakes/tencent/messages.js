'use strict';
// Message commands of the fake Tencent server: send (TIMTextElem), system notification, recall, delete by sender.
const { ok, fail, now, isUint32, strings, text, entries } = require('./answer');

const G = '/v4/group_open_http_svc/';

function mutedUntil(fake, group, account) {
	const inGroup = group.muted.get(account) ?? 0;
	const global = fake.globalMute.get(account)?.group ?? 0;
	return Math.max(inGroup, global);
}

const commands = {
	[`${G}send_group_msg`](fake, app, body, group) {
		if (!isUint32(body.Random)) return fail(10004, 'Random must be a 32-bit unsigned integer');
		const msg = body.MsgBody;
		if (!Array.isArray(msg) || msg.length === 0) return fail(10004, 'MsgBody is required');
		for (const elem of msg) {
			if (elem?.MsgType !== 'TIMTextElem')
				return fail(10004, `the fake knows only TIMTextElem, got ${elem?.MsgType}`);
			if (typeof elem.MsgContent?.Text !== 'string')
				return fail(10004, 'TIMTextElem needs MsgContent.Text');
		}
		if (Buffer.byteLength(JSON.stringify(msg)) > 12 * 1024)
			return fail(10004, 'MsgBody is larger than 12 KB');
		const from = body.From_Account;
		if (from !== undefined) {
			if (typeof from !== 'string' || from === '')
				return fail(10004, 'From_Account must be a string');
			if (!fake.isImported(from)) return fail(10019, 'From_Account does not exist');
			if (mutedUntil(fake, group, from) > now()) return fail(10017, 'the sender is muted');
			if (group.muteAll === 'On' && from !== group.owner)
				return fail(10017, 'all members are muted');
		}
		if (body.OnlineOnlyFlag !== undefined && ![0, 1].includes(body.OnlineOnlyFlag))
			return fail(10004, 'OnlineOnlyFlag must be 0 or 1');
		const seq = group.nextSeq++;
		const time = now();
		group.messages.push({
			MsgSeq: seq,
			MsgTime: time,
			From_Account: from ?? 'administrator',
			Random: body.Random,
			MsgBody: msg,
			recalled: false,
			deleted: false,
		});
		return ok({ MsgTime: time, MsgSeq: seq });
	},

	[`${G}send_group_system_notification`](fake, app, body, group) {
		const bad = text(body, 'Content', 12 * 1024, { required: true });
		if (bad) return bad;
		if (body.ToMembers_Account !== undefined) {
			const { error } = strings(body, 'ToMembers_Account', Infinity);
			if (error) return error;
		}
		group.notifications.push({
			Content: body.Content,
			To: body.ToMembers_Account ?? 'all',
			at: now(),
		});
		return ok();
	},

	[`${G}group_msg_recall`](fake, app, body, group) {
		const list = body.MsgSeqList;
		if (!Array.isArray(list) || list.length === 0) return fail(10004, 'MsgSeqList is required');
		if (list.some((m) => !Number.isInteger(m?.MsgSeq) || m.MsgSeq < 1))
			return fail(10004, 'MsgSeqList entries need an integer MsgSeq');
		if (list.length > 10) return fail(10005, 'at most 10 MsgSeqList per request');
		const bad = text(body, 'Reason', 100);
		if (bad) return bad;
		return ok({
			RecallRetList: entries(
				fake,
				list.map(({ MsgSeq }) => {
					const m = group.messages.find((x) => x.MsgSeq === MsgSeq && !x.deleted);
					if (!m) return { MsgSeq, RetCode: 10030 };
					m.recalled = true;
					return { MsgSeq, RetCode: 0 };
				}),
			),
		});
	},

	[`${G}delete_group_msg_by_sender`](fake, app, body, group) {
		if (typeof body.Sender_Account !== 'string' || body.Sender_Account === '')
			return fail(10004, 'Sender_Account is required');
		// Live-stream groups keep no history: no effect, no error (as documented).
		if (group.type === 'AVChatRoom') return ok();
		for (const m of group.messages.slice(-1000))
			if (m.From_Account === body.Sender_Account) m.deleted = true;
		return ok();
	},
};

module.exports = { commands, needsGroup: new Set(Object.keys(commands)) };
