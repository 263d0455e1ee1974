// The Huawei Cloud Meeting Polling Trigger: what a poll costs in calls, and how throttling,
// failures and a list that moves while it is paged are handled.
import { ONLINE, ATTENDEES, HISTORY, ALL, start, summary, usePollFake } from './pollSetup';
import { fake } from './setup';

usePollFake();

describe('Huawei Cloud Meeting Polling Trigger: calls and failures', () => {
	test('1,050 meetings over three pages: a poll costs three calls, and the five that start are the only events', async () => {
		for (let k = 0; k < 1050; k++)
			fake.addMeeting({
				conferenceID: String(800000000 + k),
				subject: `bulk ${k}`,
				start: Date.now() - 600000 - k,
			});
		const poller = await start(['meetingStarted', 'meetingEnded']);
		fake.reset();
		const added = Array.from(
			{ length: 5 },
			(_, k) =>
				fake.addMeeting({ conferenceID: String(810000000 + k), subject: `new ${k}` }).conferenceID,
		);
		const events = await poller.events();
		expect(events.map((e: any) => e.conferenceID).sort()).toEqual(added.sort());
		expect(fake.calls(ONLINE).map((c: any) => [c.query.offset, c.query.limit])).toEqual([
			['0', '500'],
			['500', '500'],
			['1000', '500'],
		]);
	});

	test('poll cost with participant events: one list page per 500 meetings plus one participant call per meeting', async () => {
		for (let k = 0; k < 100; k++)
			fake.addMeeting({ conferenceID: String(820000000 + k), subject: `cost ${k}` });
		const poller = await start(ALL, { searchKey: 'cost' });
		fake.reset();
		expect(await poller.events()).toEqual([]);
		expect([
			fake.calls(ONLINE).length,
			fake.calls(ATTENDEES).length,
			fake.calls(HISTORY).length,
		]).toEqual([1, 100, 0]);
		// A poll in which meetings ended adds the history read that confirms them.
		fake.reset();
		fake.endMeeting('820000000');
		expect(summary(await poller.events())).toEqual([['meetingEnded', '820000000', null]]);
		expect([
			fake.calls(ONLINE).length,
			fake.calls(ATTENDEES).length,
			fake.calls(HISTORY).length,
		]).toEqual([1, 99, 1]);
	});

	test('a throttled poll is retried within the poll and emits its events once', async () => {
		const poller = await start(['meetingStarted']);
		fake.reset();
		const m = fake.addMeeting({ subject: 'Throttled' });
		fake.inject({
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '0' },
			body: { error_code: 'USG.000000429', error_msg: 'Too many requests' },
			path: /\/conferences\/online$/,
		});
		expect(summary(await poller.events())).toEqual([['meetingStarted', m.conferenceID, null]]);
		// The throttled call and its retry.
		expect(fake.calls(ONLINE).map((c: any) => c.status ?? 429)).toEqual([429, 200]);
		expect(await poller.events()).toEqual([]);
	});

	test("the trigger's Options apply to its calls: with Max Retries 0 a throttled poll fails at once", async () => {
		const poller = await start(['meetingStarted'], {
			options: { maxRetries: 0, callsPerSecond: 1000 },
		});
		fake.reset();
		fake.inject({
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '0' },
			body: { error_code: 'USG.000000429', error_msg: 'Too many requests' },
			path: /\/conferences\/online$/,
		});
		const { error } = await poller.poll();
		expect(String(error?.message)).toMatch(/429|Too many requests/);
		expect(fake.calls(ONLINE)).toHaveLength(1);
	});

	test('a failed poll reports the error, keeps the last good state, and the next poll emits what happened', async () => {
		const poller = await start(['meetingStarted', 'meetingEnded']);
		const m = fake.addMeeting({ subject: 'Outage' });
		fake.inject({
			kind: 'status',
			status: 503,
			body: { error_code: 'MMC.503', error_msg: 'busy' },
			path: /\/conferences\/online$/,
			times: 10,
		});
		const before = poller.memory();
		const { emitted, error } = await poller.poll();
		expect(emitted).toEqual([]);
		expect(String(error?.message)).toMatch(/503|MMC\.503|busy/);
		expect(poller.memory()).toEqual(before);
		fake.reset();
		expect(summary(await poller.events())).toEqual([['meetingStarted', m.conferenceID, null]]);
	});

	test("a list that moves while it is paged ends nothing; an end Huawei's history does not confirm waits one more poll", async () => {
		for (let k = 0; k < 600; k++)
			fake.addMeeting({
				conferenceID: String(830000000 + k),
				subject: `skew ${k}`,
				start: Date.now() - 600000 - k,
			});
		const poller = await start(['meetingStarted', 'meetingEnded'], { searchKey: 'skew' });
		// The first meeting ends while page 2 is read: page 2 skips one meeting that is still running.
		fake.after(/\/conferences\/online$/, 2, () => fake.endMeeting('830000599'));
		expect(summary(await poller.events())).toEqual([]);
		expect(summary(await poller.events())).toEqual([['meetingEnded', '830000599', null]]);
		// Gone without a history record (the fake forgets it): reported on the second poll, unconfirmed.
		fake.meetings.delete('830000000');
		expect(await poller.events()).toEqual([]);
		const [late] = await poller.events();
		expect(late).toMatchObject({
			event: 'meetingEnded',
			conferenceID: '830000000',
			endConfirmedByHistory: false,
			endTime: null,
		});
	});
});
