'use strict';
// What the trigger e2e (triggers-e2e.js) and the load test deliver: the secrets, one workflow per
// trigger (trigger -> No Op), the credentials and the signed senders of the fake vendors.
const path = require('node:path');
const lib = require('./real-n8n');

const PKG = require('../../package.json').name;
const { deliver } = require(path.join(lib.ROOT, 'devkit', 'webhook.js'));
const { DingTalkPusher, sampleEvent: dingTalkEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'dingtalkEvents.js'),
);
const { TencentCallbackSender, samples: tencentSamples } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'tencentEvents.js'),
);
const { HuaweiPusher, sampleEvent: huaweiEvent } = require(
	path.join(lib.ROOT, 'devkit', 'fakes', 'huaweiEvents.js'),
);

/** The Base URL path under which the Stream fake redirects ticket requests (other calls pass through). */
const REDIRECTED = '/redirected';

const SECRETS = {
	dingtalk: {
		clientId: 'e2e-ding-app',
		token: 'e2eDingToken',
		aesKey: 'o3d6qJ0bG2QmPjvBcLrT5yWmN8sKfA1xZ4hE7uI9pVw',
	},
	tencent: { sdkAppId: 1400000777, token: 'e2e-tencent-callback-token' },
	huawei: { appId: 'e2e-subscriber', key: 'e2e-huawei-webhook-key' },
};

const STREAM_APP = { clientId: 'e2e-stream-app', clientSecret: 'e2e-stream-secret-01' };

const TRIGGERS = {
	dingtalkStream: {
		type: 'dingTalkStreamTrigger',
		credentialType: 'dingTalkApi',
		credentialId: 'trg-dingtalkstream',
		parameters: { events: ['user_leave_org'] },
		noWebhook: true,
	},
	// Its ticket request is redirected to another gateway (checkRedirectedStreamTicket): it must start nothing.
	streamRedirected: {
		type: 'dingTalkStreamTrigger',
		credentialType: 'dingTalkApi',
		credentialId: 'trg-dingtalkstream-redirected',
		parameters: { events: ['*'] },
		noWebhook: true,
	},
	dingtalk: {
		type: 'dingTalkTrigger',
		credentialType: 'dingTalkApi',
		parameters: { events: ['user_leave_org', 'meeting_status_change_target_push'] },
	},
	tencent: {
		type: 'tencentCloudChatTrigger',
		credentialType: 'tencentCloudChatApi',
		parameters: { events: ['*'], beforeCallbackAnswer: 'allow' },
	},
	huawei: {
		type: 'huaweiCloudMeetingTrigger',
		credentialType: 'huaweiCloudMeetingApi',
		parameters: { events: ['*'] },
	},
	// Before-send callbacks decided by the workflow's last node: reject messages containing "spam".
	tencentDecide: {
		type: 'tencentCloudChatTrigger',
		credentialType: 'tencentCloudChatApi',
		credentialId: 'trg-tencent',
		parameters: {
			events: ['Group.CallbackBeforeSendMsg'],
			beforeCallbackAnswer: 'workflow',
			decisionTimeout: 1500,
			defaultAnswer: 'allow',
		},
		last: {
			name: 'Decide',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				mode: 'raw',
				jsonOutput:
					'={{ JSON.stringify($json.MsgBody[0].MsgContent.Text.includes("spam") ? { ActionStatus: "OK", ErrorCode: 1, ErrorInfo: "" } : $json.reply) }}',
				options: {},
			},
		},
	},
};

function credentialExport(streamBaseUrl = 'http://127.0.0.1:9') {
	const { dingtalk, tencent, huawei } = SECRETS;
	return [
		{
			id: 'trg-dingtalkstream',
			name: 'DingTalk Stream (trigger e2e)',
			type: 'dingTalkApi',
			data: {
				appType: 'internal',
				clientId: STREAM_APP.clientId,
				clientSecret: STREAM_APP.clientSecret,
				baseUrl: streamBaseUrl,
			},
		},
		{
			id: 'trg-dingtalkstream-redirected',
			name: 'DingTalk Stream, redirected (trigger e2e)',
			type: 'dingTalkApi',
			data: {
				appType: 'internal',
				clientId: STREAM_APP.clientId,
				clientSecret: STREAM_APP.clientSecret,
				baseUrl: `${streamBaseUrl}${REDIRECTED}`,
			},
		},
		{
			id: 'trg-dingtalk',
			name: 'DingTalk (trigger e2e)',
			type: 'dingTalkApi',
			data: {
				appType: 'internal',
				clientId: dingtalk.clientId,
				clientSecret: 'unused',
				baseUrl: 'http://127.0.0.1:9',
				callbackToken: dingtalk.token,
				callbackAesKey: dingtalk.aesKey,
			},
		},
		{
			id: 'trg-tencent',
			name: 'Tencent (trigger e2e)',
			type: 'tencentCloudChatApi',
			data: {
				sdkAppId: tencent.sdkAppId,
				secretKey: 'unused',
				identifier: 'administrator',
				region: 'china',
				callbackToken: tencent.token,
			},
		},
		{
			id: 'trg-huawei',
			name: 'Huawei (trigger e2e)',
			type: 'huaweiCloudMeetingApi',
			data: {
				authMode: 'account',
				account: 'unused',
				password: 'unused-pass',
				baseUrl: 'http://127.0.0.1:9',
				language: 'en-US',
				webhookSubscriberId: huawei.appId,
				webhookSubscriberKey: huawei.key,
			},
		},
	];
}

/** One workflow per trigger, with fixed workflow and webhook ids. */
function workflows(slowUrl, { stream = true } = {}) {
	const triggers = {
		...TRIGGERS,
		// The workflow is slower than the decision timeout: the default answer (reject) must go out in time.
		tencentSlow: {
			...TRIGGERS.tencentDecide,
			parameters: {
				events: ['Group.CallbackBeforeApplyJoinGroup'],
				beforeCallbackAnswer: 'workflow',
				decisionTimeout: 1000,
				defaultAnswer: 'reject',
			},
			last: {
				...TRIGGERS.tencentDecide.last,
				parameters: {
					mode: 'raw',
					jsonOutput: '={{ JSON.stringify($("Trigger").first().json.reply) }}',
					options: {},
				},
			},
			middle: {
				name: 'Slow Step',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: { url: `${slowUrl}/?ms=2500`, options: {} },
			},
		},
		// The deciding workflow fails: Tencent must get the default answer, not n8n's 500 "Error in workflow".
		tencentFail: {
			...TRIGGERS.tencentDecide,
			parameters: {
				events: ['Group.CallbackBeforeApplyJoinGroup'],
				beforeCallbackAnswer: 'workflow',
				decisionTimeout: 1500,
				defaultAnswer: 'reject',
			},
			middle: {
				name: 'Fail',
				type: 'n8n-nodes-base.stopAndError',
				typeVersion: 1,
				parameters: { errorMessage: 'deciding step failed' },
			},
		},
	};
	return Object.entries(triggers)
		.filter(([, t]) => stream || !t.noWebhook)
		.map(([vendor, t]) => ({
			vendor,
			id: `trg${vendor.toLowerCase().padEnd(13, '0')}`.slice(0, 16),
			webhookId: `e2e-${vendor}-hook`,
			workflow: {
				id: `trg${vendor.toLowerCase().padEnd(13, '0')}`.slice(0, 16),
				name: `Trigger e2e: ${vendor}`,
				active: false,
				nodes: [
					{
						id: 'a',
						name: 'Trigger',
						type: `${PKG}.${t.type}`,
						typeVersion: 1,
						position: [0, 0],
						webhookId: `e2e-${vendor}-hook`,
						parameters: t.parameters,
						credentials: {
							[t.credentialType]: { id: t.credentialId ?? `trg-${vendor}`, name: 'x' },
						},
					},
					...(t.middle ? [{ id: 'm', position: [100, 0], ...t.middle }] : []),
					{
						id: 'b',
						position: [200, 0],
						...(t.last ?? {
							name: 'Done',
							type: 'n8n-nodes-base.noOp',
							typeVersion: 1,
							parameters: {},
						}),
					},
				],
				connections: t.middle
					? {
							Trigger: { main: [[{ node: t.middle.name, type: 'main', index: 0 }]] },
							[t.middle.name]: { main: [[{ node: t.last.name, type: 'main', index: 0 }]] },
						}
					: { Trigger: { main: [[{ node: t.last?.name ?? 'Done', type: 'main', index: 0 }]] } },
				settings: { saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
			},
		}));
}

const senders = {
	dingtalk: new DingTalkPusher({
		token: SECRETS.dingtalk.token,
		aesKey: SECRETS.dingtalk.aesKey,
		ownerKey: SECRETS.dingtalk.clientId,
	}),
	tencent: new TencentCallbackSender(SECRETS.tencent),
	huawei: new HuaweiPusher(SECRETS.huawei),
};

module.exports = {
	PKG,
	REDIRECTED,
	SECRETS,
	STREAM_APP,
	TRIGGERS,
	credentialExport,
	workflows,
	senders,
	tencentSamples,
	dingTalkEvent,
	huaweiEvent,
	deliver,
};
