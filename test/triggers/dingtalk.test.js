'use strict';
// DingTalk Trigger (HTTP push) through n8n-core's WebhookContext and engine, with real HTTP requests.
const { serveTrigger, deliver } = require('../../devkit/webhook');
const { DingTalkPusher, sampleEvent } = require('../../devkit/fakes/dingtalkEvents');
const { trigger, chain, noOp } = require('./workflows');

const APP = {
	clientId: 'ding-app-key-1',
	token: 'dtToken123',
	aesKey: 'o3d6qJ0bG2QmPjvBcLrT5yWmN8sKfA1xZ4hE7uI9pVw',
};
const credentials = {
	'cred-1': {
		type: 'dingTalkApi',
		data: {
			appType: 'internal',
			clientId: APP.clientId,
			clientSecret: 's',
			baseUrl: 'http://127.0.0.1:1',
			callbackToken: APP.token,
			callbackAesKey: APP.aesKey,
		},
	},
};
const pusher = new DingTalkPusher({ token: APP.token, aesKey: APP.aesKey, ownerKey: APP.clientId });
let s;

beforeAll(async () => {
	s = await serveTrigger(
		chain(
			trigger('dingTalkTrigger', 'dingTalkApi', {
				events: ['meeting_status_change_target_push', 'user_leave_org'],
				otherEvents: 'org_dept_create',
			}),
			noOp(),
		),
		{ credentials },
	);
	await pusher.push(s.url, sampleEvent('bpms_task_change')); // warm-up (not selected)
	await s.settled();
});
afterAll(() => s.stop());

test('the AES key decodes to 32 bytes (the console shows 43 characters)', () => {
	expect(APP.aesKey).toHaveLength(43);
	expect(pusher.key).toHaveLength(32);
});

test('check_url handshake: encrypted "success" reply, no run', async () => {
	const before = s.executions.length;
	const r = await pusher.push(s.url, { EventType: 'check_url' });
	expect(r.status).toBe(200);
	expect(Object.keys(r.json).sort()).toEqual(['encrypt', 'msg_signature', 'nonce', 'timeStamp']);
	expect(pusher.replyIsSuccess(r.json)).toBe(true);
	await s.settled();
	expect(s.executions.length).toBe(before);
});

test('a conference event is decrypted, answered "success" quickly and starts one run', async () => {
	const event = sampleEvent('meeting_status_change_target_push');
	const r = await pusher.push(s.url, event);
	expect(pusher.replyIsSuccess(r.json)).toBe(true);
	expect(r.ms).toBeLessThan(1500);
	await s.settled();
	const [item] = s.executions.at(-1).result.output('Trigger');
	expect(Object.keys(item.json).slice(0, 4)).toEqual(['event', 'time', 'eventId', 'corpId']);
	expect(item.json).toMatchObject({
		event: 'meeting_status_change_target_push',
		eventId: event.eventId,
		conferenceId: 'conf-1',
		changeScene: 'conference_created',
		title: 'Weekly',
	});
	expect(item.json.raw).toEqual(event);
});

test('non-ASCII payloads and every padding length (1..32) decrypt', async () => {
	const before = s.executions.length;
	for (let i = 0; i < 32; i++) {
		const r = await pusher.push(
			s.url,
			sampleEvent('user_leave_org', { Name: `张三${'x'.repeat(i)}` }),
		);
		expect(pusher.replyIsSuccess(r.json)).toBe(true);
	}
	await s.settled();
	expect(s.executions.length - before).toBe(32);
	expect(s.executions.at(-1).result.output('Trigger')[0].json.Name).toMatch(/^张三/);
});

test('an event type given by name under "Other Event Types" starts a run', async () => {
	const before = s.executions.length;
	await pusher.push(s.url, sampleEvent('org_dept_create'));
	await s.settled();
	expect(s.executions.length - before).toBe(1);
});

test('a redelivered eventId is answered "success" but starts no second run', async () => {
	const event = sampleEvent('user_leave_org');
	const before = s.executions.length;
	expect(pusher.replyIsSuccess((await pusher.push(s.url, event)).json)).toBe(true);
	expect(pusher.replyIsSuccess((await pusher.push(s.url, event)).json)).toBe(true);
	await s.settled();
	expect(s.executions.length - before).toBe(1);
});

const forged = [
	[
		'a bad signature',
		() => pusher.request(sampleEvent('user_leave_org'), { tamper: 'signature' }),
		401,
	],
	[
		'a stale timestamp',
		() => pusher.request(sampleEvent('user_leave_org'), { timestamp: Date.now() - 3600e3 }),
		401,
	],
	[
		'another app as owner key',
		() => pusher.request(sampleEvent('user_leave_org'), { ownerKey: 'someone-else' }),
		403,
	],
	[
		'a body that is not JSON',
		() => ({ ...pusher.request(sampleEvent('user_leave_org')), body: 'encrypt=abc' }),
		400,
	],
	[
		'a missing nonce',
		() => {
			const r = pusher.request(sampleEvent('user_leave_org'));
			delete r.query.nonce;
			return r;
		},
		400,
	],
	[
		"ciphertext that is not DingTalk's",
		() => {
			const enc = Buffer.alloc(48, 7).toString('base64');
			const ts = String(Date.now());
			return {
				query: { signature: pusher.sign(ts, 'n', enc), timestamp: ts, nonce: 'n' },
				body: { encrypt: enc },
			};
		},
		400,
	],
];
test.each(forged)(
	'%s is refused, no run, nothing secret in the answer',
	async (_label, make, status) => {
		const before = s.executions.length;
		const r = await deliver(s.url, make());
		expect(r.status).toBe(status);
		for (const secret of [APP.token, APP.aesKey]) expect(r.text).not.toContain(secret);
		await s.settled();
		expect(s.executions.length).toBe(before);
	},
);

describe('strict deliveries', () => {
	const genuine = () => pusher.request(sampleEvent('user_leave_org'));
	const refused = [
		[
			'a second "encrypt" in the body',
			() => {
				const r = genuine();
				return {
					...r,
					body: `{"encrypt":${JSON.stringify(r.body.encrypt)},"encrypt":${JSON.stringify(pusher.encrypt(JSON.stringify(sampleEvent('user_add_org'))))}}`,
				};
			},
		],
		[
			'a second "encrypt" spelled with an escape',
			() => {
				const r = genuine();
				return { ...r, body: `{"encrypt":${JSON.stringify(r.body.encrypt)},"encr\\u0079pt":"x"}` };
			},
		],
		[
			'a key beside the signed "encrypt"',
			() => ({ ...genuine(), body: { ...genuine().body, EventType: 'user_add_org' } }),
		],
		[
			'text after the JSON',
			() => {
				const r = genuine();
				return { ...r, body: `${JSON.stringify(r.body)}{"encrypt":"x"}` };
			},
		],
		['"encrypt": {"toString": 1}', () => ({ ...genuine(), body: { encrypt: { toString: 1 } } })],
		[
			'a nonce given twice in the URL',
			() => {
				const r = genuine();
				return { ...r, query: [...Object.entries(r.query), ['nonce', 'other']] };
			},
		],
		[
			'a signed payload with a duplicated key (escaped)',
			() =>
				pusher.request(
					'{"EventType":"user_leave_org","eventId":"e-1","Event\\u0054ype":"user_add_org"}',
				),
		],
		[
			'a signed payload with a duplicated key inside (nested)',
			() =>
				pusher.request('{"EventType":"user_leave_org","eventId":"e-2","UserId":[{"a":1,"a":2}]}'),
		],
		[
			'a signed payload followed by more text',
			() =>
				pusher.request(
					'{"EventType":"user_leave_org","eventId":"e-3"} {"EventType":"user_add_org"}',
				),
		],
		[
			'a signed payload whose EventType is not text',
			() => pusher.request({ EventType: { toString: 1 }, eventId: 'e-4' }),
		],
	];
	test.each(refused)('%s is refused with 400 and starts nothing', async (_label, make) => {
		const before = s.executions.length;
		const r = await deliver(s.url, make());
		expect(r.status).toBe(400);
		await s.settled();
		expect(s.executions.length).toBe(before);
	});

	test('the item carries the decrypted event, never the signature, nonce or ciphertext of the delivery', async () => {
		const event = sampleEvent('user_leave_org');
		const req = pusher.request(event);
		expect(pusher.replyIsSuccess((await deliver(s.url, req)).json)).toBe(true);
		await s.settled();
		const { json } = s.executions.at(-1).result.output('Trigger')[0];
		const text = JSON.stringify(json);
		for (const part of [req.query.signature, req.query.nonce, req.body.encrypt])
			expect(text).not.toContain(part);
		expect(json.raw).toEqual(event);
	});
});
