'use strict';
// One adapter per vendor, so vendor-neutral tests (fault matrix, request counts, benchmark) can
// drive each vendor's seed operations the same way. Vendors whose fake module is not present
// yet are skipped.
const fs = require('node:fs');
const path = require('node:path');
const { singleNodeWorkflow } = require('./engine');
const { FakeDingTalk } = require('../fakes/dingtalk');

let seq = 0;
const unique = (prefix) => `${prefix}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;

const dingtalk = {
	name: 'DingTalk',
	limit: 100, // ids per call for the list operation
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
	/** Seed operations: the workflow, the input items, and the physical minimum of business calls. */
	operations: {
		removeUsers: {
			seed: '000',
			idempotent: true,
			workflow: (options) => singleNodeWorkflow('dingTalk', { resource: 'roomBookingBlocklist', operation: 'removeUsers', blacklistUnionIds: '={{ $json.ids }}', unionId: 'operator', options }, 'dingTalkApi'),
			items: (n, idsPerItem = 1) => Array.from({ length: n }, (_, i) => ({ json: { ids: Array.from({ length: idsPerItem }, (_, k) => `u${i}-${k}`) } })),
			/** For list operations: one item per entry of `counts`, each with that many ids. */
			listItems: (counts) => counts.map((c, i) => ({ json: { ids: Array.from({ length: c }, (_, k) => `u${i}-${k}`) } })),
			prepare() {},
		},
		sendCentralControl: {
			seed: '001',
			idempotent: false,
			workflow: (options) => singleNodeWorkflow('dingTalk', { resource: 'meetingRoom', operation: 'sendCentralControl', roomId: '={{ $json.roomId }}', unionId: 'operator', controlBody: '{"version":"1.0.0","request":{"method":"subscribe"}}', options }, 'dingTalkApi'),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { roomId: `room-${i}` } })),
			prepare(fake, n) {
				for (let i = 0; i < n; i++) fake.addRoom(`room-${i}`);
			},
		},
		lock: {
			seed: '002',
			idempotent: true,
			workflow: (options) => singleNodeWorkflow('dingTalk', { resource: 'videoConference', operation: 'lock', conferenceId: '={{ $json.conferenceId }}', options }, 'dingTalkApi'),
			items: (n) => Array.from({ length: n }, (_, i) => ({ json: { conferenceId: `conf-${i}` } })),
			prepare(fake, n) {
				for (let i = 0; i < n; i++) fake.addConference(`conf-${i}`);
			},
		},
	},
};

const adapters = [dingtalk];
for (const file of ['tencent', 'huawei']) {
	const adapterFile = path.join(__dirname, `vendor-${file}.js`);
	if (fs.existsSync(adapterFile)) adapters.push(require(adapterFile));
}

module.exports = { adapters, unique };
