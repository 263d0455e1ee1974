'use strict';
// Shared by huawei.test.js and huaweiStrict.test.js: the Huawei subscriber, its credential, a signing
// pusher, a served Huawei Cloud Meeting Trigger workflow, and the trigger's clock (dist/ build).
const { serveTrigger } = require('../../devkit/webhook');
const { HuaweiPusher } = require('../../devkit/fakes/huaweiEvents');
const { trigger, chain, noOp } = require('./workflows');
const path = require('node:path');
const { setWebhookClock } = require(
	path.join(
		process.env.MEETING_ADMIN_PACKAGE_DIR || path.join(__dirname, '..', '..'),
		'dist',
		'nodes',
		'core',
		'webhook',
	),
);

const APP = { appId: 'sub-4711', key: 'webhook-key-0815' };
const creds = (extra = {}) => ({
	'cred-1': {
		type: 'huaweiCloudMeetingApi',
		data: {
			authMode: 'account',
			account: 'admin@corp',
			password: 'Admin-pass-1',
			baseUrl: 'http://127.0.0.1:1',
			language: 'en-US',
			webhookSubscriberId: APP.appId,
			webhookSubscriberKey: APP.key,
			...extra,
		},
	},
});
const pusher = new HuaweiPusher(APP);
const serve = (parameters, credentials = creds()) =>
	serveTrigger(
		chain(trigger('huaweiCloudMeetingTrigger', 'huaweiCloudMeetingApi', parameters), noOp()),
		{ credentials },
	);

module.exports = { APP, creds, pusher, serve, setWebhookClock };
