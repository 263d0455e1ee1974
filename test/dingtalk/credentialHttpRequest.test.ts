// DingTalk credential: n8n's HTTP Request node with it (the credential class's preAuthentication).
import { newApp, runWorkflow, useFake } from './setup';

const ctx = useFake();
describe("n8n's HTTP Request node with this credential (the credential class's preAuthentication)", () => {
	const httpRequest = (url: string) => ({
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
				typeVersion: 4.2,
				position: [200, 0],
				parameters: {
					method: 'GET',
					url,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'dingTalkApi',
					options: {},
				},
				credentials: { dingTalkApi: { id: 'cred-1', name: 'c' } },
			},
		],
		connections: { Start: { main: [[{ node: 'Vendor', type: 'main', index: 0 }]] } },
	});

	// The credential's default Allowed Domains name DingTalk's host only; the fake lives on loopback.
	const loopback = {
		credential: { allowedHttpRequestDomains: 'domains', allowedDomains: '127.0.0.1' },
	};

	test('fetches a token, then the call carries it', async () => {
		const { credentials } = newApp(ctx, loopback);
		const result = await runWorkflow(
			httpRequest(`${ctx.fake.url}/v1.0/rooms/groupLists?unionId=admin-1`),
			{ credentials },
		);
		expect(result.status).toBe('success');
		expect(ctx.fake.tokenCalls()).toHaveLength(1);
		expect(ctx.fake.calls(/groupLists/)[0].headers['x-acs-dingtalk-access-token']).toBeTruthy();
	});

	test('a redirect from the token endpoint is not followed: the secret goes nowhere else', async () => {
		const { credentials } = newApp(ctx, loopback);
		ctx.fake.inject({
			kind: 'status',
			status: 302,
			headers: { Location: `${ctx.fake.url}/elsewhere` },
			body: {},
			path: /oauth2/,
			times: 10,
		});
		const result = await runWorkflow(
			httpRequest(`${ctx.fake.url}/v1.0/rooms/groupLists?unionId=admin-1`),
			{ credentials },
		);
		expect(result.status).toBe('error');
		expect(String(result.error?.message)).toMatch(
			/redirect to 127\.0\.0\.1:\d+; it was not followed/,
		);
		expect(ctx.fake.calls(/elsewhere/)).toHaveLength(0);
		expect(ctx.fake.calls(/groupLists/)).toHaveLength(0);
	});
});
