'use strict';
// DingTalk Stream: the ticket request goes through the kernel (no redirect, scrubbed errors), the
// endpoint host rule, no socket after deactivation, and reconnects with capped backoff — through
// n8n-core's TriggerContext against fake gateways on 127.0.0.1. Needs NODE_OPTIONS=--experimental-websocket on Node 20.
const { activateTrigger } = require('../../devkit/trigger');
const { FakeDingTalk } = require('../../devkit/fakes/dingtalk');
const { addStreamGateway } = require('../../devkit/fakes/dingtalkStream');
const { sampleEvent } = require('../../devkit/fakes/dingtalkEvents');
const { findSecrets } = require('../../devkit/secrets');
const { captureLogs } = require('../../devkit/engine');
const { trigger, chain, noOp } = require('./workflows');

const APP = { clientId: 'stream-app-2', clientSecret: 'stream-secret-outbound-7' };
const TICKET = /^\/v1\.0\/gateway\/connections\/open$/;
const describeIf = typeof WebSocket === 'undefined' ? describe.skip : describe;
const until = async (fn, ms = 10000) => {
	for (const end = Date.now() + ms; !fn(); ) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 5));
	}
};
const turns = async (n = 5) => {
	for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

async function gatewayFake() {
	const fake = await new FakeDingTalk().start();
	fake.addApp(APP);
	return { fake, gateway: addStreamGateway(fake) };
}

const activate = (fake, parameters = {}) =>
	activateTrigger(
		chain(
			trigger('dingTalkStreamTrigger', 'dingTalkApi', {
				events: ['user_leave_org'],
				reconnectDelayMs: 2,
				...parameters,
			}),
			noOp(),
		),
		{
			credentials: {
				'cred-1': { type: 'dingTalkApi', data: { appType: 'internal', ...APP, baseUrl: fake.url } },
			},
		},
	);

/** The client secret and every access token the fake issued: none may show in an error or log. */
const secretsOf = (fake) => [APP.clientSecret, ...fake.tokens.keys()];

let logs = [];
beforeAll(() => {
	logs = captureLogs();
});

describeIf('DingTalk Stream ticket and endpoint', () => {
	let fake;
	let gateway;
	let elsewhere;
	beforeEach(async () => {
		({ fake, gateway } = await gatewayFake());
		elsewhere = await gatewayFake();
	});
	afterEach(async () => {
		gateway.close();
		elsewhere.gateway.close();
		await fake.stop();
		await elsewhere.fake.stop();
	});

	test('a redirected ticket request is not followed: nothing reaches the other host, no socket, no run; the error names the host', async () => {
		fake.inject({
			kind: 'status',
			status: 307,
			path: TICKET,
			times: 100,
			headers: { location: `${elsewhere.fake.url}/v1.0/gateway/connections/open` },
		});
		const active = await activate(fake);
		await until(() => active.errors.length > 0);
		await active.deactivate();
		expect(elsewhere.fake.requests).toHaveLength(0);
		expect(elsewhere.gateway.upgrades).toHaveLength(0);
		expect(gateway.upgrades).toHaveLength(0);
		expect(active.executions).toHaveLength(0);
		expect(active.errors[0].message).toContain(`127.0.0.1:${elsewhere.fake.port}`);
		// A redirect will not go away by itself: one refusal, reported, no retry loop of our own.
		expect(fake.calls(TICKET)).toHaveLength(1);
		expect(findSecrets([active.errors, logs], secretsOf(fake))).toEqual([]);
	});

	test('a ticket endpoint that echoes the request (secret and token) in its error: the reported error carries neither', async () => {
		const echo = (r) => ({
			code: 'invalidParameter',
			message: `bad request ${JSON.stringify(r.body)} token=${r.headers['x-acs-dingtalk-access-token']}`,
		});
		fake.inject({ kind: 'status', status: 400, path: TICKET, times: 100, body: echo });
		const active = await activate(fake);
		await until(() => active.errors.length > 0);
		await active.deactivate();
		expect(fake.calls(TICKET)[0].body.clientSecret).toBe(APP.clientSecret); // the probe did see it
		expect(active.errors[0].message).toContain('invalidParameter');
		expect(findSecrets([active.errors, logs], secretsOf(fake))).toEqual([]);
		expect(active.executions).toHaveLength(0);
	});

	test('a ticket naming a WebSocket endpoint on another host is refused: no socket opened there', async () => {
		gateway.endpoint = () => `ws://localhost:${elsewhere.fake.port}/connect`;
		const active = await activate(fake);
		await until(() => active.errors.length > 0);
		await active.deactivate();
		expect(active.errors[0].message).toContain(`localhost:${elsewhere.fake.port}`);
		expect(elsewhere.gateway.upgrades).toHaveLength(0);
		expect(active.executions).toHaveLength(0);
	});

	test('deactivated while the ticket request is in flight: deactivation waits for it, then no socket, no ACK, no run', async () => {
		const held = gateway.hold();
		const active = await activate(fake, { events: ['*'] });
		await held.arrived;
		let stopped = false;
		const stopping = active.deactivate().then(() => (stopped = true));
		await turns();
		expect(stopped).toBe(false);
		held.release();
		await stopping;
		expect(gateway.upgrades).toHaveLength(0);
		expect(gateway.sockets.size).toBe(0);
		expect(gateway.acks).toHaveLength(0);
		expect(active.executions).toHaveLength(0);
		expect(active.errors).toHaveLength(0);
	});
});

describeIf('DingTalk Stream reconnects', () => {
	let fake;
	let gateway;
	let active;
	beforeEach(async () => {
		({ fake, gateway } = await gatewayFake());
	});
	afterEach(async () => {
		await active?.deactivate();
		gateway.close();
		await fake.stop();
	});

	test('failed WebSocket handshakes (error then close) do not kill the trigger: it redials and receives once the gateway is back', async () => {
		gateway.mode = 'refuse';
		active = await activate(fake);
		await until(() => gateway.upgrades.length >= 4);
		gateway.mode = 'serve';
		await until(() => gateway.sockets.size === 1);
		gateway.event('user_leave_org', sampleEvent('user_leave_org'));
		await until(() => active.executions.length === 1);
		expect(active.errors).toHaveLength(0);
	});

	test('a gateway that accepts and drops is redialled with growing, capped delays: an accepted socket does not reset the backoff', async () => {
		gateway.mode = 'drop';
		const base = 2;
		active = await activate(fake, { reconnectDelayMs: base });
		const dials = 16;
		const started = Date.now();
		await until(() => gateway.upgrades.length >= dials, 30000);
		const at = gateway.upgrades.map((u) => u.at);
		// The k-th wait is at least half of min(60·base, base·2^(k-1)) (jitter), whatever the machine's load.
		for (let k = 1; k < dials; k++)
			expect(at[k] - at[k - 1]).toBeGreaterThanOrEqual(
				Math.floor(0.5 * Math.min(60 * base, base * 2 ** (k - 1))) - 1,
			);
		// Capped: uncapped doubling would need more than 30 s for 16 dials.
		expect(Date.now() - started).toBeLessThan(30000);
		expect(active.executions).toHaveLength(0);
	});
});
