'use strict';
// Our DingTalk and Huawei credentials in n8n's own HTTP Request node, through n8n-core's engine
// against the fakes: a failed call is resent only when the token was really renewed.
const engine = require('../devkit/engine');
const { LOOPBACK, vendors, httpRequest, guardLogs } = require('./anyApi.helpers');

const secrets = guardLogs();

// n8n's HTTP Request node asks the credential for a new token after ANY failed call and resends the
// call once when one comes back: only a token that really changed may cause a resend. DingTalk
// answers the same token while it is valid; Huawei says whether a token is still valid (CheckToken).
const refusals = {
	dingtalk: {
		call: (fake) => ({ ...vendors.dingtalk.call(fake), body: { unionId: 7 } }),
		header: 'x-acs-dingtalk-access-token',
	},
	huawei: {
		call: (fake) => ({
			method: 'GET',
			url: `${fake.url}/v1/usg/dcs/corp/device?offset=0&limit=1000`,
		}),
		header: 'x-access-token',
	},
};

describe.each(Object.keys(refusals))(
	'%s: a failed call is resent only when the token was renewed',
	(name) => {
		const v = vendors[name];
		let fake;
		beforeAll(async () => {
			fake = await v.fake().start();
		});
		afterAll(async () => await fake.stop());
		beforeEach(() => fake.reset());

		const setup = () => {
			const { data, secrets: own } = v.credential(fake);
			secrets.push(...own);
			return { 'cred-1': { type: v.type, data: { ...data, ...LOOPBACK } } };
		};

		test('a refusal that is not about the token is not resent', async () => {
			const credentials = setup();
			const result = await engine.runWorkflow(httpRequest(v.type, refusals[name].call(fake)), {
				credentials,
			});
			expect(result.status).toBe('error');
			expect(fake.calls(v.path)).toHaveLength(1);
		});

		test('an expired token is renewed and the call resent once', async () => {
			const credentials = setup();
			const first = await engine.runWorkflow(httpRequest(v.type, v.call(fake)), { credentials });
			// n8n keeps the token in the credential between executions.
			credentials['cred-1'].data.accessToken = first.store.get('cred-1').data.accessToken;
			expect(credentials['cred-1'].data.accessToken).toBeTruthy();
			fake.reset();
			fake.expireTokens();
			const result = await engine.runWorkflow(httpRequest(v.type, v.call(fake)), { credentials });
			expect(result.status).toBe('success');
			const calls = fake.calls(v.path);
			expect(calls).toHaveLength(2);
			expect(calls[1].headers[refusals[name].header]).not.toBe(
				calls[0].headers[refusals[name].header],
			);
		});
	},
);
