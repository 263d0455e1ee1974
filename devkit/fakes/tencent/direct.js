'use strict';
// One-to-one (C2C) message commands of the fake Tencent server: sendmsg, batchsendmsg (≤ 500,
// ErrorList for accounts not imported) and admin_msgwithdraw. Sent messages are kept in
// `fake.c2c` (MsgKey, From_Account, To_Account, MsgBody, recalled) so a test can see them.
const crypto = require('node:crypto');
const { ok, fail, now, isUint32 } = require('./answer');

const O = '/v4/openim/';

const state = (fake) => (fake.c2c ??= []);

/** What sendmsg and batchsendmsg share; a failure answer, or the sender. */
function checkMessage(fake, app, body) {
	if (body.SyncOtherMachine !== undefined && ![1, 2].includes(body.SyncOtherMachine))
		return { error: fail(90001, 'SyncOtherMachine must be 1 or 2') };
	if (!isUint32(body.MsgRandom))
		return { error: fail(90005, 'MsgRandom must be a 32-bit unsigned integer') };
	const msg = body.MsgBody;
	if (!Array.isArray(msg) || msg.length === 0)
		return { error: fail(90007, 'MsgBody must be an array') };
	for (const elem of msg)
		if (elem?.MsgType !== 'TIMTextElem' || typeof elem.MsgContent?.Text !== 'string')
			return { error: fail(90002, 'the fake knows only TIMTextElem with MsgContent.Text') };
	if (Buffer.byteLength(JSON.stringify(msg)) > 12 * 1024)
		return { error: fail(93000, 'MsgBody is larger than 12 KB') };
	const from = body.From_Account;
	if (from !== undefined && (typeof from !== 'string' || from === '' || !fake.isImported(from)))
		return { error: fail(90008, 'From_Account does not exist') };
	return { from: from ?? [...app.admins][0] };
}

function store(fake, from, to, body) {
	const key = `${crypto.randomInt(1, 99999)}_${crypto.randomInt(1, 999999)}_${now()}`;
	for (const account of to)
		state(fake).push({
			MsgKey: key,
			From_Account: from,
			To_Account: account,
			MsgRandom: body.MsgRandom,
			MsgBody: body.MsgBody,
			MsgTime: now(),
			recalled: false,
		});
	return key;
}

const commands = {
	[`${O}sendmsg`](fake, app, body) {
		const { error, from } = checkMessage(fake, app, body);
		if (error) return error;
		if (typeof body.To_Account !== 'string' || !fake.isImported(body.To_Account))
			return fail(90003, 'To_Account is missing or does not exist');
		return ok({ MsgTime: now(), MsgKey: store(fake, from, [body.To_Account], body) });
	},

	[`${O}batchsendmsg`](fake, app, body) {
		const { error, from } = checkMessage(fake, app, body);
		if (error) return error;
		const to = body.To_Account;
		if (!Array.isArray(to) || to.length === 0 || to.some((a) => typeof a !== 'string' || a === ''))
			return fail(90003, 'To_Account must be a list of accounts');
		if (to.length > 500) return fail(90011, 'at most 500 To_Account per request');
		const missing = to.filter((a) => !fake.isImported(a));
		if (missing.length === to.length) return fail(90003, 'no To_Account exists');
		const key = store(
			fake,
			from,
			to.filter((a) => !missing.includes(a)),
			body,
		);
		return ok({
			MsgKey: key,
			...(missing.length
				? { ErrorList: missing.map((a) => ({ To_Account: a, ErrorCode: 70107 })) }
				: {}),
		});
	},

	[`${O}admin_msgwithdraw`](fake, app, body) {
		for (const [key, code] of [
			['From_Account', 90008],
			['To_Account', 90003],
		])
			if (typeof body[key] !== 'string' || body[key] === '')
				return fail(code, `${key} is required`);
		if (typeof body.MsgKey !== 'string' || !/^\d+_\d+_\d+$/.test(body.MsgKey))
			return fail(90054, 'MsgKey is invalid');
		const m = state(fake).find(
			(x) =>
				x.MsgKey === body.MsgKey &&
				x.From_Account === body.From_Account &&
				x.To_Account === body.To_Account,
		);
		if (!m) return fail(20022, 'the message to recall does not exist');
		if (m.recalled) return fail(20023, 'the message has been recalled');
		m.recalled = true;
		return ok();
	},
};

module.exports = { commands, needsGroup: new Set() };
