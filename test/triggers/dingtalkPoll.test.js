'use strict';
// DingTalk Conference Trigger (polling) through n8n-core's PollContext and PollTriggerExecutor
// (devkit/poll.js), with real HTTP to the DingTalk fake, whose conferences change between polls:
// events and restarts (paging, throttling and cost: dingtalkPollPaging.test.js).
const { activatePoll } = require('../../devkit/poll');
const { ALL, INFO, setup, seen, callsOf, stopFakes } = require('./dingtalkPoll.helpers');

afterAll(stopFakes);

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
