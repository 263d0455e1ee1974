'use strict';
// DingTalk's entry in the operation registry: the fake, credentials, faults and every operation.
const { singleNodeWorkflow } = require('../engine');
const { FakeDingTalk } = require('../fakes/dingtalk');

let seq = 0;
const unique = (prefix) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;

const dingtalk = {
	name: 'DingTalk',
	limit: 100, // ids per call for the list operation
	ratePerSecond: 20,
	async startFake(options) {
		return await new FakeDingTalk(options).start();
	},
	/** A fresh app on the fake plus the credentials map runWorkflow takes. */
	newCredentials(fake) {
		const app = { clientId: unique('bench-app'), clientSecret: unique('bench-secret') };
		fake.addApp(app);
		return { secrets: [app.clientSecret], credentials: { 'cred-1': { type: 'dingTalkApi', data: { appType: 'internal', ...app, baseUrl: fake.url } } } };
	},
	tokenCalls: (fake) => fake.tokenCalls().length,
	businessCalls: (fake) => fake.businessCalls().length,
	businessPath: /^\/v1\.0\/(rooms|conference)\//,
	expireTokens: (fake) => fake.expireTokens(),
	throttleFaults: [
		{ kind: 'status', status: 403, body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' } },
		{ kind: 'status', status: 429, headers: { 'Retry-After': '0' }, body: { code: 'Throttled', message: 'too many requests' } },
	],
	/**
	 * The operation registry: EVERY operation of the node, keyed `resource.operation` (a test checks
	 * it against the node). The fault matrix, request counts and secret scan run over all of them;
	 * the benchmark over those with `bench` (seed operations).
	 */
	operations: {
		'roomBookingBlocklist.removeUsers': {
			seed: '000',
			bench: 'removeUsers',
			idempotent: true,
			workflow: (options) => singleNodeWorkflow('dingTalk', { resource: 'roomBookingBlocklist', operation: 'removeUsers', blacklistUnionIds: '={{ $json.ids }}', unionId: 'operator', options }, 'dingTalkApi'),
			items: (n, idsPerItem = 1) => Array.from({ length: n }, (_, i) => ({ json: { ids: Array.from({ length: idsPerItem }, (_, k) => `u${i}-${k}`) } })),
			/** For list operations: one item per entry of `counts`, each with that many ids. */
			listItems: (counts) => counts.map((c, i) => ({ json: { ids: Array.from({ length: c }, (_, k) => `u${i}-${k}`) } })),
			prepare() {},
		},
		'meetingRoom.sendCentralControl': {
			seed: '001',
			bench: 'sendCentralControl',
			idempotent: false,
			workflow: (options) => singleNodeWorkflow('dingTalk', { resource: 'meetingRoom', operation: 'sendCentralControl', roomId: '={{ $json.roomId }}', unionId: 'operator', controlBody: '{"version":"1.0.0","request":{"method":"subscribe"}}', options }, 'dingTalkApi'),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { roomId: `room-${i}` } })),
			prepare(fake, n) {
				for (let i = 0; i < n; i++) fake.addRoom(`room-${i}`);
			},
		},
		'videoConference.lock': {
			seed: '002',
			bench: 'lock',
			idempotent: true,
			workflow: (options) => singleNodeWorkflow('dingTalk', { resource: 'videoConference', operation: 'lock', conferenceId: '={{ $json.conferenceId }}', options }, 'dingTalkApi'),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { conferenceId: `conf-${i}` } })),
			prepare(fake, n) {
				for (let i = 0; i < n; i++) fake.addConference(`conf-${i}`);
			},
		},		'videoConference.unlock': {
						idempotent: true,
			workflow: (options) => singleNodeWorkflow('dingTalk', { resource: 'videoConference', operation: 'unlock', conferenceId: '={{ $json.conferenceId }}', options }, 'dingTalkApi'),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { conferenceId: `conf-${i}` } })),
			prepare(fake, n) {
				for (let i = 0; i < n; i++) fake.addConference(`conf-${i}`);
			},
		},
	},
};

/**
 * The workflow an n8n user builds today from n8n's HTTP Request node for the same job: a token
 * request once, then one HTTP Request per item, batched to stay under DingTalk's 20 calls/s.
 */
dingtalk.baseline = (fake, credentials, opName) => {
	const { clientId, clientSecret } = credentials['cred-1'].data;
	const { baselineWorkflow } = require('./index');
	const call = {
		removeUsers: { url: `${fake.url}/v1.0/rooms/bookings/blacklist/remove`, body: '={{ JSON.stringify({ blacklistUnionIds: $json.ids, unionId: "operator" }) }}' },
		sendCentralControl: { url: `${fake.url}/v1.0/rooms/central/control`, body: '={{ JSON.stringify({ roomId: $json.roomId, unionId: "operator", controlBody: JSON.stringify({ version: "1.0.0", request: { method: "subscribe" } }) }) }}' },
		lock: { url: `={{ "${fake.url}/v1.0/conference/videoConferences/" + encodeURIComponent($json.conferenceId) + "/lock" }}`, body: '={{ JSON.stringify({ action: "lock" }) }}' },
	}[opName];
	return baselineWorkflow({
		token: { url: `${fake.url}/v1.0/oauth2/accessToken`, body: JSON.stringify({ appKey: clientId, appSecret: clientSecret }) },
		call: { ...call, headers: [{ name: 'x-acs-dingtalk-access-token', value: "={{ $('Get token').first().json.accessToken }}" }] },
		// 20 per 1100 ms: at 19 or 20 per 1000 ms the HTTP Request node's bursts straddle DingTalk's
		// one-second window, a call is throttled and the node fails the whole run.
		batch: { batchSize: 20, batchInterval: 1100 },
	});
};

module.exports = dingtalk;
