'use strict';
// group_msg_get_simple of the fake Tencent server: a group's history, newest first, ≤ 20 per call,
// paged backwards with ReqMsgSeq. Live-stream groups keep none: refused with 10007.
const { ok, fail } = require('./answer');

const G = '/v4/group_open_http_svc/';

const commands = {
	[`${G}group_msg_get_simple`](fake, app, body, group) {
		if (group.type === 'AVChatRoom')
			return fail(10007, 'AVChatRoom does not support group_msg_get_simple (no history is stored)');
		const n = body.ReqMsgNumber;
		if (!Number.isInteger(n) || n < 1) return fail(10004, 'ReqMsgNumber is required');
		if (n > 20) return fail(10004, 'ReqMsgNumber must be at most 20');
		if (body.ReqMsgSeq !== undefined && (!Number.isInteger(body.ReqMsgSeq) || body.ReqMsgSeq < 1))
			return fail(10004, 'ReqMsgSeq must be a positive integer');
		if (body.WithRecalledMsg !== undefined && ![0, 1].includes(body.WithRecalledMsg))
			return fail(10004, 'WithRecalledMsg must be 0 or 1');
		const top = body.ReqMsgSeq ?? group.nextSeq - 1;
		const withRecalled = body.WithRecalledMsg === 1;
		// Every MsgSeq ≤ top, newest first; deleted ones (and recalled, unless asked for) are placeholders.
		const page = group.messages
			.filter((m) => m.MsgSeq <= top)
			.sort((a, b) => b.MsgSeq - a.MsgSeq)
			.slice(0, n);
		const smallest = page.length ? page[page.length - 1].MsgSeq : 0;
		const older = group.messages.some((m) => m.MsgSeq < smallest);
		return ok({
			GroupId: group.id,
			IsFinished: page.length < n || !older ? 1 : 0,
			RspMsgList: page.map((m) => {
				const hidden = m.deleted || (m.recalled && !withRecalled);
				return {
					From_Account: m.From_Account,
					IsPlaceMsg: hidden ? 1 : 0,
					MsgBody: hidden ? [] : m.MsgBody,
					MsgPriority: 1,
					MsgRandom: m.Random ?? 0,
					MsgSeq: m.MsgSeq,
					MsgTimeStamp: m.MsgTime ?? 0,
				};
			}),
		});
	},
};

module.exports = { commands, needsGroup: new Set(Object.keys(commands)) };
