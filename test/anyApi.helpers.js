'use strict';
// Shared by anyApi.test.js and anyApi.renewal.test.js: per vendor a credential on its fake and the
// example call of docs/any-api.md, the workflow that makes it with n8n's HTTP Request node, and the
// check that nothing secret reached n8n's log.
const crypto = require('node:crypto');
const engine = require('../devkit/engine');
const { findSecrets } = require('../devkit/secrets');
const { FakeDingTalk } = require('../devkit/fakes/dingtalk');
const { FakeHuawei } = require('../devkit/fakes/huawei');
const { FakeTencent } = require('../devkit/fakes/tencent');

const LOOPBACK = { allowedHttpRequestDomains: 'domains', allowedDomains: '127.0.0.1' };
let seq = 0;
const unique = (prefix) => `${prefix}-${++seq}-${crypto.randomBytes(6).toString('hex')}`;

/**
 * Per vendor: a fresh credential on its fake, the example call of docs/any-api.md, and the auth
 * that call must carry. `tokens()` are the values the fake issued (the scan looks for them too).
 */
const vendors = {
	dingtalk: {
		fake: () => new FakeDingTalk(),
		type: 'dingTalkApi',
		credential(fake) {
			const app = { clientId: unique('ding-app'), clientSecret: unique('ding-secret') };
			fake.addApp(app);
			fake.addConference('conf-minutes', { title: 'Weekly sync' });
			return {
				secrets: [app.clientSecret],
				data: { appType: 'internal', ...app, baseUrl: fake.url },
			};
		},
		call: (fake) => ({
			method: 'POST',
			url: `${fake.url}/v1.0/conference/videoConferences/conf-minutes/minutes/summaries/query`,
			body: { unionId: 'admin-1', summaryTypeList: ['fullSummary'] },
		}),
		path: /minutes\/summaries/,
		expectAuth(record, fake) {
			expect(fake.tokens.has(record.headers['x-acs-dingtalk-access-token'])).toBe(true);
		},
		expectOutput: (json) =>
			expect(json.summaryList).toEqual([
				{ type: 'fullSummary', content: 'fullSummary of Weekly sync' },
			]),
		tokens: (fake) => [...fake.tokens.keys()],
	},
	huawei: {
		fake: () => new FakeHuawei(),
		type: 'huaweiCloudMeetingApi',
		credential(fake) {
			const account = `${unique('admin')}@corp`;
			const password = unique('pw');
			fake.addUser(account, { password });
			fake.devices = [{ sn: 'SN-1', name: 'Everest Bar', model: 'HUAWEI Bar 500', status: 0 }];
			return {
				secrets: [password],
				data: { authMode: 'account', account, password, baseUrl: fake.url },
			};
		},
		call: (fake) => ({
			method: 'GET',
			url: `${fake.url}/v1/usg/dcs/corp/device?offset=0&limit=10`,
		}),
		path: /corp\/device/,
		expectAuth(record, fake) {
			expect(fake.tokens.has(record.headers['x-access-token'])).toBe(true);
		},
		expectOutput: (json) => expect(json).toMatchObject({ count: 1, data: [{ sn: 'SN-1' }] }),
		tokens: (fake) => [...fake.tokens.keys()],
	},
	tencent: {
		fake: () => new FakeTencent(),
		type: 'tencentCloudChatApi',
		credential(fake) {
			const app = {
				sdkAppId: 1400000000 + Math.floor(Math.random() * 1e6),
				secretKey: unique('tencent-key'),
			};
			fake.addApp(app);
			fake.importAccounts('alice', 'bob');
			fake.online.add('alice');
			return {
				secrets: [app.secretKey],
				data: { ...app, identifier: 'administrator', region: 'custom', baseUrl: fake.url },
			};
		},
		call: (fake) => ({
			method: 'POST',
			url: `${fake.url}/v4/openim/query_online_status`,
			body: { To_Account: ['alice', 'bob'] },
		}),
		path: /query_online_status/,
		expectAuth(record) {
			expect(record.query).toMatchObject({ identifier: 'administrator', contenttype: 'json' });
			expect(record.query.usersig).toBeTruthy();
			expect(record.query.random).toMatch(/^\d+$/);
		},
		expectOutput: (json) =>
			expect(json).toMatchObject({
				ActionStatus: 'OK',
				QueryResult: [
					{ To_Account: 'alice', Status: 'Online' },
					{ To_Account: 'bob', Status: 'Offline' },
				],
			}),
		tokens: (fake) => [...fake.usersigs],
	},
};

/** Manual trigger → HTTP Request with our credential (typeVersion 4.2: credentials follow cross-origin redirects there). */
function httpRequest(type, { method, url, body }, typeVersion = 4.2) {
	const parameters = {
		method,
		url,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: type,
		options: {},
	};
	if (body)
		Object.assign(parameters, {
			sendBody: true,
			specifyBody: 'json',
			jsonBody: JSON.stringify(body),
		});
	return {
		nodes: [
			{
				id: 'n0',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'n1',
				name: 'Vendor',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion,
				position: [200, 0],
				parameters,
				credentials: { [type]: { id: 'cred-1', name: 'c' } },
			},
		],
		connections: { Start: { main: [[{ node: 'Vendor', type: 'main', index: 0 }]] } },
	};
}

/**
 * Captures n8n's log for the whole file and loads our package first; after the last test, no secret
 * collected into the returned list (each test adds its credential's) is in the log.
 */
function guardLogs() {
	const logs = [];
	const secrets = [];
	beforeAll(async () => {
		logs.push(engine.captureLogs());
		await engine.loadPackage();
	});
	afterAll(() => {
		expect(findSecrets(logs, secrets)).toEqual([]);
	});
	return secrets;
}

module.exports = { LOOPBACK, vendors, httpRequest, guardLogs };
