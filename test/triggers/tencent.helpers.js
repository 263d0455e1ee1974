'use strict';
// Shared by tencent.test.js and tencentBefore.test.js: the Tencent app, its credential, a signing
// sender, and a served Tencent Cloud Chat Trigger workflow.
const { serveTrigger } = require('../../devkit/webhook');
const { TencentCallbackSender } = require('../../devkit/fakes/tencentEvents');
const { trigger, chain, noOp } = require('./workflows');

const APP = { sdkAppId: 1400000001, token: 'cb-token-xyz' };
const credentials = {
	'cred-1': {
		type: 'tencentCloudChatApi',
		data: {
			sdkAppId: APP.sdkAppId,
			secretKey: 'k',
			identifier: 'administrator',
			region: 'china',
			callbackToken: APP.token,
		},
	},
};
const OK = { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 };
const sender = new TencentCallbackSender(APP);

async function serve(parameters, ...nodes) {
	return serveTrigger(
		chain(
			trigger('tencentCloudChatTrigger', 'tencentCloudChatApi', parameters),
			...(nodes.length ? nodes : [noOp()]),
		),
		{ credentials },
	);
}

module.exports = { APP, OK, sender, serve };
