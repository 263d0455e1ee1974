'use strict';
// DingTalk Conference Trigger (polling) through n8n-core's PollContext and PollTriggerExecutor
// (devkit/poll.js), with real HTTP to the DingTalk fake, whose conferences change between polls.
const { activatePoll } = require('../../devkit/poll');
const { FakeDingTalk } = require('../../devkit/fakes/dingtalk');
const { trigger, chain, noOp } = require('./workflows');

const ALL = ['meetingStarted', 'meetingEnded', 'participantJoined', 'participantLeft'];
const LIST = '/v1.0/conference/orgConferences';
const MEMBERS = /\/members$/;
const INFO = /^\/v1\.0\/conference\/videoConferences\/[^/]+$/;
const QPS = {
	kind: 'status',
	status: 403,
	body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' },
};
let apps = 0;
const fakes = [];
afterAll(async () => Promise.all(fakes.map((f) => f.stop())));

/** A fake DingTalk (seeded by `seed`) and an active workflow polling it; its own app, so tokens never cross tests. */
async function setup({ events = ALL, seed = () => {}, stored } = {}) {
	// No rate limit on the fake: these tests count calls, and a busy machine's late timers must not
	// turn into a throttled call (throttling is injected where it is tested).
	const fake = await new FakeDingTalk({ qps: 0 }).start();
	fakes.push(fake);
	const app = { clientId: `poll-app-${++apps}`, clientSecret: `poll-secret-${apps}-0001` };
	fake.addApp(app);
	seed(fake);
	const credentials = {
		'cred-1': { type: 'dingTalkApi', data: { appType: 'internal', ...app, baseUrl: fake.url } },
	};
	const workflow = (evs) =>
		chain(
			trigger('dingTalkConferenceTrigger', 'dingTalkApi', {
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				events: evs,
			}),
			noOp(),
		);
	const active = await activatePoll(workflow(events), { credentials, stored });
	return { fake, active, app, credentials, workflow };
}

/** Every emitted event so far, as "event conference [who]". */
const seen = (active) =>
	active.executions.flatMap((e) =>
		e.result
			.output('Trigger')
			.map(({ json: j }) => [j.event, j.conferenceId, j.unionId].filter(Boolean).join(' ')),
	);
/** Calls of one poll, by API. */
async function callsOf(fake, poll) {
	fake.reset();
	await poll();
	return {
		list: fake.calls(LIST).length,
		members: fake.calls(MEMBERS).length,
		info: fake.calls(INFO).length,
		all: fake.businessCalls().length,
	};
}

describe('events, each once', () => {
	test('the first poll records and emits nothing; then every change is emitted exactly once', async () => {
		const { fake, active } = await setup({
			seed: (f) => f.addConference('conf-a', { host: 'h1', members: ['u1'] }),
		});
		expect(active.executions).toHaveLength(0);
		expect(active.live()['node:Trigger'].state.ongoing['conf-a'].m).toHaveProperty('u1');
		await active.poll();
		expect(active.executions).toHaveLength(0);

		fake.addConference('conf-b', { host: 'h2' });
		await active.poll();
		expect(seen(active)).toEqual(['meetingStarted conf-b', 'participantJoined conf-b h2']);

		fake.joinConference('conf-a', 'u2');
		await active.poll();
		fake.leaveConference('conf-a', 'u1');
		await active.poll();
		fake.endConference('conf-a');
		await active.poll();
		await active.poll();
		expect(seen(active).slice(2)).toEqual([
			'participantJoined conf-a u2',
			'participantLeft conf-a u1',
			'meetingEnded conf-a',
		]);
		expect(active.executions).toHaveLength(4);

		const [left] = active.executions[2].result.output('Trigger');
		expect(left.json).toMatchObject({
			event: 'participantLeft',
			unionId: 'u1',
			attendStatus: 6,
			participant: { leaveTime: expect.any(Number) },
		});
		const [ended] = active.executions[3].result.output('Trigger');
		expect(ended.json).toMatchObject({
			event: 'meetingEnded',
			conferenceId: 'conf-a',
			title: 'Conference conf-a',
			conference: { status: 1, endTime: expect.any(Number) },
		});
		expect(ended.json.time).toBe(new Date(ended.json.conference.endTime).toISOString());
		expect(active.errors).toEqual([]);
	});

	test('someone who leaves and comes back between two polls: Left for the old stint, Joined for the new', async () => {
		const { fake, active } = await setup({
			events: ['participantJoined', 'participantLeft'],
			seed: (f) => f.addConference('conf-a', { host: 'h1', members: ['u1'], startTime: 1000 }),
		});
		fake.leaveConference('conf-a', 'u1', 2000);
		fake.joinConference('conf-a', 'u1', 3000);
		await active.poll();
		const items = active.executions[0].result.output('Trigger').map((i) => i.json);
		expect(items.map((j) => [j.event, j.eventId])).toEqual([
			['participantLeft', 'participantLeft:conf-a:u1:1000'],
			['participantJoined', 'participantJoined:conf-a:u1:3000'],
		]);
	});

	test('a conference DingTalk no longer knows (404 roomNotFound) has ended; other refusals fail the poll', async () => {
		const { fake, active } = await setup({
			events: ['meetingEnded'],
			seed: (f) => ['conf-a', 'conf-b'].forEach((id) => f.addConference(id)),
		});
		fake.conferences.delete('conf-a');
		await active.poll();
		expect(seen(active)).toEqual(['meetingEnded conf-a']);
		expect(active.executions[0].result.output('Trigger')[0].json.conference).toEqual({
			conferenceId: 'conf-a',
		});
		fake.endConference('conf-b');
		fake.inject({
			kind: 'status',
			status: 403,
			body: { code: 'noPermission', message: 'no permission' },
			path: INFO,
		});
		await active.poll();
		expect(active.errors.map((e) => e.message)).toEqual([
			'DingTalk error noPermission: no permission',
		]);
		await active.poll();
		expect(seen(active)).toEqual(['meetingEnded conf-a', 'meetingEnded conf-b']);
	});

	test('only the chosen events: no member listings without participant events, and joins are not emitted', async () => {
		const { fake, active } = await setup({
			events: ['meetingStarted'],
			seed: (f) => f.addConference('conf-a'),
		});
		fake.joinConference('conf-a', 'u9');
		fake.addConference('conf-b');
		const calls = await callsOf(fake, () => active.poll());
		expect(calls).toEqual({ list: 1, members: 0, info: 0, all: 1 });
		expect(seen(active)).toEqual(['meetingStarted conf-b']);
	});

	test('turning participant events on later records who is there, without a flood of joins', async () => {
		const first = await setup({
			events: ['meetingStarted'],
			seed: (f) => f.addConference('conf-a', { members: ['u1', 'u2'] }),
		});
		await first.active.deactivate();
		const active = await activatePoll(first.workflow(ALL), {
			credentials: first.credentials,
			stored: first.active.stored(),
		});
		expect(active.executions).toHaveLength(0);
		first.fake.joinConference('conf-a', 'u3');
		await active.poll();
		expect(seen(active)).toEqual(['participantJoined conf-a u3']);
	});
});

describe('restarts and "Fetch Test Event"', () => {
	test('after a restart the stored state carries on: what happened while n8n was down comes once, nothing twice', async () => {
		const { fake, active } = await setup({ seed: (f) => f.addConference('conf-a') });
		fake.addConference('conf-b', { host: 'h2' });
		await active.poll();
		await active.restart();
		fake.endConference('conf-b');
		await active.restart();
		await active.poll();
		expect(seen(active)).toEqual([
			'meetingStarted conf-b',
			'participantJoined conf-b h2',
			'meetingEnded conf-b',
		]);
	});

	test('what polls that emitted nothing remembered is lost at a restart (n8n stores it only with an emit): nothing repeats', async () => {
		const { fake, active } = await setup({
			events: ['participantJoined'],
			seed: (f) => f.addConference('conf-a', { startTime: 1000 }),
		});
		fake.joinConference('conf-a', 'u1', 2000);
		await active.poll();
		fake.leaveConference('conf-a', 'u1', 3000); // not chosen: remembered in memory only
		await active.poll();
		expect(active.stored()).not.toEqual(active.live());
		await active.restart();
		await active.poll();
		fake.joinConference('conf-a', 'u1', 4000);
		await active.poll();
		expect(active.executions.map((e) => e.result.output('Trigger')[0].json.eventId)).toEqual([
			'participantJoined:conf-a:u1:2000',
			'participantJoined:conf-a:u1:4000',
		]);
	});

	test('with nothing going on and nothing emitted, Fetch Test Event says so clearly', async () => {
		const { active } = await setup();
		await expect(active.manual()).rejects.toMatchObject({
			message: 'No DingTalk conference event yet',
			description: expect.stringContaining('Start a meeting in DingTalk'),
		});
	});

	test("Fetch Test Event shows the latest real event and leaves the active workflow's state and events alone", async () => {
		const { fake, active } = await setup({
			seed: (f) => f.addConference('conf-a', { startTime: Date.now() - 60000 }),
		});
		fake.addConference('conf-b');
		const before = active.live();
		const [[shown]] = await active.manual();
		expect(shown.json).toMatchObject({ event: 'meetingStarted', conferenceId: 'conf-b' });
		expect(active.live()).toEqual(before);
		await active.poll();
		expect(seen(active)).toEqual(['meetingStarted conf-b', 'participantJoined conf-b host-1']);

		fake.endConference('conf-b');
		await active.poll();
		const [[latest]] = await active.manual();
		expect(latest.json).toMatchObject({ event: 'meetingEnded', conferenceId: 'conf-b' });
		await active.poll();
		expect(seen(active)).toHaveLength(3);
	});
});

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
