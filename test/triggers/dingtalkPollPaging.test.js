'use strict';
// DingTalk Conference Trigger (polling) through n8n-core's PollContext and PollTriggerExecutor
// (devkit/poll.js), with real HTTP to the DingTalk fake: paging, lagging lists, memory, throttling,
// failures, overlap and the vendor calls per poll.
const {
	ALL,
	LIST,
	MEMBERS,
	INFO,
	QPS,
	setup,
	seen,
	callsOf,
	stopFakes,
} = require('./dingtalkPoll.helpers');

afterAll(stopFakes);

describe('paging, lagging lists and memory', () => {
	const many = (f, n, from = 0) => {
		for (let i = from; i < from + n; i++)
			f.addConference(`conf-${String(i).padStart(4, '0')}`, { startTime: 1000 + i });
	};

	test('120 meetings over 3 pages: 5 start and 3 end, exactly those 8 events', async () => {
		const { fake, active } = await setup({
			events: ['meetingStarted', 'meetingEnded'],
			seed: (f) => many(f, 120),
		});
		many(fake, 5, 500);
		for (const id of ['conf-0000', 'conf-0060', 'conf-0119']) fake.endConference(id);
		const calls = await callsOf(fake, () => active.poll());
		expect(calls).toEqual({ list: 3, members: 0, info: 3, all: 6 });
		const events = seen(active);
		expect(events.filter((e) => e.startsWith('meetingStarted'))).toEqual(
			['0500', '0501', '0502', '0503', '0504'].map((n) => `meetingStarted conf-${n}`),
		);
		expect(events.filter((e) => e.startsWith('meetingEnded')).sort()).toEqual([
			'meetingEnded conf-0000',
			'meetingEnded conf-0060',
			'meetingEnded conf-0119',
		]);
	});

	test('a meeting ending while the pages are read shifts the list: the skipped one is asked about, not reported ended', async () => {
		const { fake, active } = await setup({
			events: ['meetingStarted', 'meetingEnded'],
			seed: (f) => many(f, 60),
		});
		// When page 2 is asked for (page 1, conf-0000..0049, was served), conf-0010 ends: page 2 starts at conf-0051, so conf-0050 is skipped.
		fake.after(new RegExp(`^${LIST}$`), 2, () => fake.endConference('conf-0010'));
		await active.poll();
		expect(fake.calls(INFO).map((r) => r.path.split('/').pop())).toEqual(['conf-0050']);
		expect(seen(active)).toEqual([]);
		await active.poll();
		await active.poll();
		expect(seen(active)).toEqual(['meetingEnded conf-0010']);
	});

	test('a listing that would page forever is stopped: the poll fails and nothing of it sticks', async () => {
		const { fake, active } = await setup({ events: ['meetingStarted'] });
		const before = active.live();
		const page = {
			onGoingConfList: [{ conferenceId: 'conf-x', status: 2, startTime: 1 }],
			hasMore: true,
			nextToken: '7',
		};
		fake.inject({
			kind: 'status',
			status: 200,
			body: page,
			path: new RegExp(`^${LIST}$`),
			times: 5,
		});
		await active.poll();
		expect(fake.calls(LIST)).toHaveLength(3); // the activation poll's page, then two pages with the same cursor
		expect(active.errors.map((e) => e.context.vendorCode)).toEqual(['PAGING_LOOP']);
		expect(active.live()).toEqual(before);
		expect(active.executions).toHaveLength(0);
	});

	test('an ended meeting the list shows again for a while does not start again', async () => {
		const { fake, active } = await setup({
			events: ['meetingStarted', 'meetingEnded'],
			seed: (f) => f.addConference('conf-a'),
		});
		fake.endConference('conf-a');
		await active.poll();
		fake.conferences.get('conf-a').stillListed = true;
		await active.poll();
		delete fake.conferences.get('conf-a').stillListed;
		await active.poll();
		expect(seen(active)).toEqual(['meetingEnded conf-a']);
		expect(Object.keys(active.live()['node:Trigger'].state.ongoing)).toEqual([]);
	});
});

describe('throttling, failures and overlap', () => {
	test('a throttled poll waits as DingTalk asks and then emits what changed, once', async () => {
		const { fake, active } = await setup({ events: ['meetingStarted'] });
		fake.addConference('conf-a');
		const calls = await callsOf(fake, async () => {
			fake.inject({ ...QPS, path: new RegExp(`^${LIST}$`) });
			await active.poll();
		});
		expect(calls.list).toBe(2);
		expect(active.errors).toEqual([]);
		expect(seen(active)).toEqual(['meetingStarted conf-a']);
	});

	test('a failed poll is reported, keeps the last good state, and the next poll emits what it missed, once', async () => {
		const { fake, active, app } = await setup({ seed: (f) => f.addConference('conf-a') });
		const before = active.live();
		fake.addConference('conf-b');
		// The list answers, then a member listing is refused: nothing of this poll may stick.
		fake.inject({
			kind: 'status',
			status: 403,
			body: { code: 'noPermission', message: 'no permission' },
			path: MEMBERS,
			skip: 1,
		});
		await active.poll();
		expect(active.errors).toHaveLength(1);
		expect(active.errors[0].message).toBe('DingTalk error noPermission: no permission');
		expect(JSON.stringify(active.errors[0])).not.toContain(app.clientSecret);
		expect(active.live()).toEqual(before);
		expect(active.executions).toHaveLength(0);
		await active.poll();
		expect(seen(active)).toEqual(['meetingStarted conf-b', 'participantJoined conf-b host-1']);
	});

	test('each poll reads the credential as it is now: a secret fixed after a failed poll works at the next one', async () => {
		const { fake, active, app } = await setup({ events: ['meetingStarted'] });
		const data = active.store.get('cred-1').data;
		data.clientSecret = 'a-wrong-secret-000';
		fake.expireTokens();
		await active.poll();
		expect(active.errors).toHaveLength(1);
		expect(active.errors[0].message).toMatch(/invalidClientIdOrSecret/);
		data.clientSecret = app.clientSecret;
		fake.addConference('conf-a');
		await active.poll();
		expect(active.errors).toHaveLength(1);
		expect(seen(active)).toEqual(['meetingStarted conf-a']);
	});

	test('a tick while the previous poll still runs is skipped (n8n itself does not serialise polls): events once', async () => {
		const { fake, active } = await setup({ events: ['meetingStarted'] });
		fake.addConference('conf-a');
		const calls = await callsOf(fake, () => active.overlappingPolls());
		expect(calls.list).toBe(1);
		expect(seen(active)).toEqual(['meetingStarted conf-a']);
	});
});

describe('poll cost (vendor calls per poll)', () => {
	test.each([
		[10, ALL, { list: 1, members: 10, info: 0, all: 11 }],
		// (100 with participant events: 102 calls, 5 s at DingTalk's 20 calls/s: measured, not run here.)
		[100, ['meetingStarted', 'meetingEnded'], { list: 2, members: 0, info: 0, all: 2 }],
		[1000, ['meetingStarted', 'meetingEnded'], { list: 20, members: 0, info: 0, all: 20 }],
	])('%i ongoing meetings, events %j', async (n, events, expected) => {
		const { fake, active } = await setup({
			events,
			seed: (f) => {
				for (let i = 0; i < n; i++) f.addConference(`c${i}`);
			},
		});
		expect(await callsOf(fake, () => active.poll())).toEqual(expected);
	});
});
