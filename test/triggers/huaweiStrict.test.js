'use strict';
// Huawei Cloud Meeting Trigger through n8n-core's WebhookContext and engine, with real HTTP: strict
// deliveries, where what was verified is what the workflow gets.
const { deliver } = require('../../devkit/webhook');
const { sampleEvent } = require('../../devkit/fakes/huaweiEvents');
const { APP, pusher, serve } = require('./huawei.helpers');

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
