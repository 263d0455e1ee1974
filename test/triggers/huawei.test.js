'use strict';
// Huawei Cloud Meeting Trigger through n8n-core's WebhookContext / HookContext and engine, with real HTTP.
const { serveTrigger, deliver } = require('../../devkit/webhook');
const {
	HuaweiPusher,
	sampleEvent,
	OFFICIAL_VERIFY_SAMPLE,
	addWebhookConfigApi,
} = require('../../devkit/fakes/huaweiEvents');
const { FakeHuawei } = require('../../devkit/fakes/huawei');
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

/** A genuine push with `member` (raw JSON text) added before the closing brace. */
const appended = (body, member) => body.replace(/\}\s*$/, `,${member}}`);
const forgedInfo = JSON.stringify(sampleEvent('meeting.cancel'));

describe('strict deliveries: what was verified is what the workflow gets', () => {
	let s;
	beforeAll(async () => (s = await serve({ events: ['*'] })));
	afterAll(() => s.stop());

	const refused = [
		[
			'a second top-level eventInfo appended to a genuine push',
			() => ({
				body: appended(
					pusher.request(sampleEvent('meeting.started')).body,
					`"eventInfo":${forgedInfo}`,
				),
			}),
		],
		[
			'a second eventInfo spelled with an escape ("event\\u0049nfo")',
			() => ({
				body: appended(
					pusher.request(sampleEvent('meeting.started')).body,
					`"event\\u0049nfo":${forgedInfo}`,
				),
			}),
		],
		[
			'a signed eventInfo with a duplicated key inside (nested, escaped)',
			() =>
				pusher.request(null, {
					eventInfoText:
						'{"event":"meeting.started","timestamp":1,"payload":{"meetingInfo":{"meetingUUID":"a","meeting\\u0055UID":"b"}}}',
				}),
		],
		[
			'a second signature appended',
			() => ({
				body: appended(
					pusher.request(sampleEvent('meeting.started')).body,
					`"signature":"${'0'.repeat(64)}"`,
				),
			}),
		],
		[
			'text after the JSON (a second push)',
			() => ({
				body: `${pusher.request(sampleEvent('meeting.started')).body} {"eventInfo":${forgedInfo}}`,
			}),
		],
		[
			'a key the signature does not cover',
			() => ({
				body: appended(
					pusher.request(sampleEvent('meeting.started')).body,
					'"extra":{"event":"meeting.cancel"}',
				),
			}),
		],
		[
			'"signature": {"toString": 1} (threw a 500 before)',
			() => ({
				body: pusher
					.request(sampleEvent('meeting.started'))
					.body.replace(/"signature":"[0-9a-f]+"/, '"signature":{"toString":1}'),
			}),
		],
		[
			'a timestamp that is an object',
			() => ({
				body: pusher
					.request(sampleEvent('meeting.started'))
					.body.replace(/"timestamp":\d+,"nonce"/, '"timestamp":{"valueOf":1},"nonce"'),
			}),
		],
		[
			'a signed payload that is text',
			() => pusher.request({ event: 'meeting.started', timestamp: Date.now(), payload: 'x' }),
		],
		[
			'a signed meetingInfo id that is an object',
			() =>
				pusher.request({
					event: 'meeting.started',
					timestamp: Date.now(),
					payload: { meetingInfo: { meetingUUID: { toString: 1 } } },
				}),
		],
		['an array body', () => ({ body: '[]' })],
	];
	test.each(refused)('%s is refused with 400 and starts nothing', async (_label, make) => {
		const before = s.executions.length;
		const r = await deliver(s.url, make());
		expect(r.status).toBe(400);
		expect(r.text).not.toContain(APP.key);
		await s.settled();
		expect(s.executions.length).toBe(before);
	});

	test('the item carries the signed event, never the signature or nonce around it', async () => {
		const event = sampleEvent('meeting.join');
		const req = pusher.request(event, { nonce: '31415926' });
		const sent = JSON.parse(req.body);
		expect((await deliver(s.url, req)).status).toBe(200);
		await s.settled();
		const [item] = s.executions.at(-1).result.output('Trigger');
		const text = JSON.stringify(item.json);
		expect(text).not.toContain(sent.signature);
		expect(text).not.toContain('31415926');
		expect(item.json.raw).toEqual(event);
		expect(item.json).not.toHaveProperty('signature');
		expect(item.json).not.toHaveProperty('nonce');
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
