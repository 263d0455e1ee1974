'use strict';
// A fake Tencent Cloud Chat callback sender: builds the query string Tencent sends
// (SdkAppid, CallbackCommand, contenttype, ClientIP, OptPlatform, and with callback authentication
// Sign = sha256_hex(token + RequestTime), RequestTime in seconds) and a body per command.
const crypto = require('node:crypto');
const { deliver } = require('../webhook');

class TencentCallbackSender {
	constructor({ sdkAppId, token }) {
		Object.assign(this, { sdkAppId, token });
	}

	static sign(token, requestTime) {
		return crypto.createHash('sha256').update(`${token}${requestTime}`).digest('hex');
	}

	request(
		command,
		body = {},
		{
			requestTime = Math.floor(Date.now() / 1000),
			sdkAppId = this.sdkAppId,
			token = this.token,
			raw,
		} = {},
	) {
		const query = {
			SdkAppid: String(sdkAppId),
			CallbackCommand: command,
			contenttype: 'json',
			ClientIP: '203.0.113.7',
			OptPlatform: 'RESTAPI',
		};
		if (token)
			Object.assign(query, {
				RequestTime: String(requestTime),
				Sign: TencentCallbackSender.sign(token, requestTime),
			});
		return { query, body: raw ?? { CallbackCommand: command, EventTime: Date.now(), ...body } };
	}

	async send(baseUrl, command, body, options) {
		return deliver(baseUrl, this.request(command, body, options));
	}
}

/** Bodies per command, shaped as Tencent's callback pages show them. */
const samples = {
	'Group.CallbackAfterNewMemberJoin': (g = 'group-1') => ({
		GroupId: g,
		Type: 'Public',
		JoinType: 'Apply',
		Operator_Account: 'alice',
		NewMemberList: [{ Member_Account: 'alice' }],
	}),
	'Group.CallbackAfterMemberExit': (g = 'group-1') => ({
		GroupId: g,
		Type: 'Public',
		ExitType: 'Quit',
		Operator_Account: 'bob',
		ExitMemberList: [{ Member_Account: 'bob' }],
	}),
	'Group.CallbackBeforeSendMsg': (text = 'hello', g = 'group-1') => ({
		GroupId: g,
		Type: 'Public',
		From_Account: 'carol',
		Operator_Account: 'carol',
		Random: crypto.randomInt(2 ** 31),
		OnlineOnlyFlag: 0,
		MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
	}),
	'Group.CallbackBeforeApplyJoinGroup': (g = 'group-1') => ({
		GroupId: g,
		Type: 'Public',
		Requestor_Account: 'dave',
	}),
	'State.StateChange': () => ({
		Info: { Action: 'Login', To_Account: 'erin', Reason: 'Register' },
		KickedDevice: [],
	}),
};

module.exports = { TencentCallbackSender, samples };
