'use strict';
// Huawei Cloud Meeting Trigger through n8n-core's WebhookContext / HookContext and engine, with real
// HTTP: events, refusals, lifecycle and de-duplication (strict deliveries: huaweiStrict.test.js).
const { deliver } = require('../../devkit/webhook');
const {
	sampleEvent,
	OFFICIAL_VERIFY_SAMPLE,
	addWebhookConfigApi,
} = require('../../devkit/fakes/huaweiEvents');
const { FakeHuawei } = require('../../devkit/fakes/huawei');
const { APP, creds, pusher, serve, setWebhookClock } = require('./huawei.helpers');

afterEach(() => setWebhookClock());

test("Huawei's documented meeting.verify sample (indented body, key 123456) is verified and answered", async () => {
	setWebhookClock(() => 1629183619116 + 5000); // the sample was sent in 2021: inside the 24 h replay window then
	const s = await serve(
		{ events: ['*'] },
		creds({
			webhookSubscriberId: OFFICIAL_VERIFY_SAMPLE.appId,
			webhookSubscriberKey: OFFICIAL_VERIFY_SAMPLE.key,
		}),
	);
	const r = await deliver(s.url, { body: OFFICIAL_VERIFY_SAMPLE.body });
	expect(r.status).toBe(200);
	expect(r.json).toEqual({ event: 'meeting.verify', nonce: '85262798' });
	await s.stop();
	expect(s.executions).toHaveLength(0);
});

describe('events and refusals', () => {
	let s;
	beforeAll(async () => {
		s = await serve({
			events: ['meeting.started', 'meeting.join'],
			options: { replayWindow: 300 },
		});
		await pusher.push(s.url, sampleEvent('meeting.create')); // warm-up (not selected)
	});
	afterAll(() => s.stop());

	test('a signed meeting.started is answered 200 with no body and starts one run', async () => {
		const before = s.executions.length;
		const event = sampleEvent('meeting.started');
		const r = await pusher.push(s.url, event);
		expect(r.status).toBe(200);
		expect(r.text).toBe('');
		await s.settled();
		expect(s.executions.length - before).toBe(1);
		const [item] = s.executions.at(-1).result.output('Trigger');
		expect(Object.keys(item.json).slice(0, 4)).toEqual([
			'event',
			'time',
			'meetingId',
			'meetingUUID',
		]);
		expect(item.json).toMatchObject({
			event: 'meeting.started',
			meetingUUID: event.payload.meetingInfo.meetingUUID,
			appId: APP.appId,
		});
	});

	test('an indented body signed over compact JSON (as Huawei does) is accepted; attendee fields are flattened', async () => {
		const before = s.executions.length;
		const r = await pusher.push(s.url, sampleEvent('meeting.join'), { indent: 2 });
		expect(r.status).toBe(200);
		await s.settled();
		expect(s.executions.length - before).toBe(1);
		expect(s.executions.at(-1).result.output('Trigger')[0].json).toMatchObject({
			event: 'meeting.join',
			participantID: 'p-7',
			displayName: 'Frank',
		});
	});

	test('a retry of the same event (fresh nonce) starts no second run', async () => {
		const event = sampleEvent('meeting.started');
		const before = s.executions.length;
		expect((await pusher.push(s.url, event, { nonce: '1' })).status).toBe(200);
		expect((await pusher.push(s.url, event, { nonce: '2' })).status).toBe(200);
		await s.settled();
		expect(s.executions.length - before).toBe(1);
	});

	const forged = [
		[
			'a bad signature',
			() => pusher.request(sampleEvent('meeting.started'), { key: 'not-the-key' }),
			401,
		],
		[
			'a stale timestamp (window 300 s)',
			() => pusher.request(sampleEvent('meeting.started'), { timestamp: Date.now() - 3600e3 }),
			401,
		],
		[
			'another subscriber appID',
			() => pusher.request(sampleEvent('meeting.started'), { appId: 'sub-other' }),
			403,
		],
		['a malformed body', () => ({ body: '{"appID": "sub-4711", "eventInfo": {' }), 400],
		[
			'a body without eventInfo',
			() => ({
				body: JSON.stringify({
					appID: APP.appId,
					timestamp: Date.now(),
					nonce: '1',
					signature: 'ab',
				}),
			}),
			400,
		],
	];
	test.each(forged)('%s is refused, no run, no secret echoed', async (_label, make, status) => {
		const before = s.executions.length;
		const r = await deliver(s.url, make());
		expect(r.status).toBe(status);
		expect(r.text).not.toContain(APP.key);
		await s.settled();
		expect(s.executions.length).toBe(before);
	});
});

describe('lifecycle', () => {
	test('without "Register With Huawei" the lifecycle methods are no-ops that touch nothing', async () => {
		const s = await serve({ events: ['*'], register: false });
		expect(await s.hook('checkExists')).toBe(true);
		expect(await s.hook('create')).toBe(true);
		expect(await s.hook('delete')).toBe(true);
		await s.stop();
	});

	test('with "Register With Huawei": create registers and enables the URL (Huawei verifies it), checkExists finds it, delete removes it', async () => {
		const fake = addWebhookConfigApi(await new FakeHuawei().start());
		fake.addUser('admin@corp', { password: 'Admin-pass-1' });
		const s = await serve({ events: ['*'], register: true }, creds({ baseUrl: fake.url }));
		expect(await s.hook('checkExists')).toBe(false);
		expect(await s.hook('create')).toBe(true);
		expect(fake.webhookConfig).toMatchObject({
			url: s.webhookUrl(),
			subscriberId: APP.appId,
			subscriberKey: APP.key,
			status: 0,
		});
		expect(await s.hook('checkExists')).toBe(true);
		expect(await s.hook('delete')).toBe(true);
		expect(fake.webhookConfig).toBeUndefined();
		await s.stop();
		await fake.stop();
		expect(s.executions).toHaveLength(0);
	});
});

describe("de-duplication over Huawei's 24 h retry period (moved clock, no waiting)", () => {
	test.each([
		['the default replay window (24 h)', {}],
		['the replay window turned off', { replayWindow: 0 }],
	])(
		'with %s a retry 11 minutes and 23 hours later starts no second run',
		async (_label, options) => {
			const start = Date.now();
			setWebhookClock(() => start);
			const s = await serve({ events: ['*'], options });
			const event = sampleEvent('meeting.started');
			expect((await pusher.push(s.url, event, { timestamp: start, nonce: '1' })).status).toBe(200);
			setWebhookClock(() => start + 11 * 60e3);
			expect((await pusher.push(s.url, event, { timestamp: start, nonce: '2' })).status).toBe(200);
			setWebhookClock(() => start + 23 * 3600e3);
			expect((await pusher.push(s.url, event, { timestamp: start, nonce: '3' })).status).toBe(200);
			await s.stop();
			expect(s.executions).toHaveLength(1);
		},
	);

	test('by default a push older than 24 h is refused (a stored push cannot be replayed after the memory forgets)', async () => {
		const start = Date.now();
		setWebhookClock(() => start);
		const s = await serve({ events: ['*'] });
		const req = pusher.request(sampleEvent('meeting.started'), { timestamp: start });
		expect((await deliver(s.url, req)).status).toBe(200);
		setWebhookClock(() => start + 25 * 3600e3);
		expect((await deliver(s.url, req)).status).toBe(401);
		await s.stop();
		expect(s.executions).toHaveLength(1);
	});
});
