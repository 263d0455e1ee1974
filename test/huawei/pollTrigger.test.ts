// The Huawei Cloud Meeting Polling Trigger through n8n-core's PollContext and PollTriggerExecutor
// (devkit/pollHuawei.js), with real HTTP to the fake, whose state changes between polls.
import { activatePoller } from '../../devkit/pollHuawei';
import { accountCredential, fake, useFake } from './setup';

useFake();
// Each test starts from an enterprise with no meetings.
beforeEach(() => {
	fake.meetings.clear();
	fake.history.length = 0;
});

const ONLINE = '/v1/mmc/management/conferences/online';
const ATTENDEES = '/v1/mmc/management/conferences/online/conf-attendee';
const HISTORY = '/v1/mmc/management/conferences/history';
const ALL = ['meetingStarted', 'meetingEnded', 'participantJoined', 'participantLeft'];

function triggerWorkflow(events: string[], extra: Record<string, unknown> = {}) {
	return {
		id: `wf-${Math.random().toString(36).slice(2, 8)}`,
		name: 'poll',
		nodes: [
			{
				id: 't1',
				name: 'Poll',
				type: 'n8n-nodes-meeting-admin.huaweiCloudMeetingPollTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					events,
					queryAll: true,
					searchKey: '',
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					options: { retryDelayMs: 5, callsPerSecond: 1000 },
					...extra,
				},
				credentials: { huaweiCloudMeetingApi: { id: 'cred-1', name: 'c' } },
			},
		],
		connections: {},
	};
}

async function start(events = ALL, extra: Record<string, unknown> = {}) {
	const { credentials } = accountCredential();
	return await activatePoller(triggerWorkflow(events, extra), { credentials });
}
const summary = (events: any[]) =>
	events.map((e) => [e.event, e.conferenceID, e.participant?.name ?? null]);

describe('Huawei Cloud Meeting Polling Trigger', () => {
	test('the first poll records what runs and emits nothing; then each change is emitted once, in order', async () => {
		const running = fake.addMeeting({ subject: 'Already running' });
		fake.join(running.conferenceID, { name: 'Early bird' });
		const poller = await start();
		expect(poller.executions).toHaveLength(0);
		expect(await poller.events()).toEqual([]);

		const m = fake.addMeeting({ subject: 'Standup' });
		const alice = fake.join(m.conferenceID, { name: 'Alice' });
		expect(summary(await poller.events())).toEqual([
			['meetingStarted', m.conferenceID, null],
			['participantJoined', m.conferenceID, 'Alice'],
		]);
		expect(await poller.events()).toEqual([]);

		const bob = fake.join(m.conferenceID, { name: 'Bob' });
		fake.leave(m.conferenceID, alice.participant_id);
		expect(summary(await poller.events())).toEqual([
			['participantJoined', m.conferenceID, 'Bob'],
			['participantLeft', m.conferenceID, 'Alice'],
		]);

		fake.endMeeting(m.conferenceID);
		const ended = await poller.events();
		expect(summary(ended)).toEqual([
			['participantLeft', m.conferenceID, 'Bob'],
			['meetingEnded', m.conferenceID, null],
		]);
		expect(ended[1]).toMatchObject({
			confUUID: m.confUUID,
			subject: 'Standup',
			endConfirmedByHistory: true,
			endTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
		});
		expect(ended[0].participant).toEqual({ participantKey: bob.participant_id, name: 'Bob' });
		expect(await poller.events()).toEqual([]);
		// Every emission ran the workflow through n8n's engine.
		const runs = await poller.settled();
		expect(runs.map((r: any) => r.run.status)).toEqual(['success', 'success', 'success']);
		// The state holds no passwords, and the ended session is remembered only as a key with a time.
		const saved = JSON.stringify(poller.saved());
		expect(saved).not.toContain(m.chairPwd);
		expect(Object.values(poller.saved()['node:Poll'].ended)).toEqual([expect.any(Number)]);
	});

	test('a meeting that ends between the list and its participant read does not fail the poll; its end comes next poll', async () => {
		const m = fake.addMeeting({ subject: 'Short' });
		fake.join(m.conferenceID, { name: 'Eve' });
		const poller = await start();
		fake.after(/\/conf-attendee$/, 1, () => fake.endMeeting(m.conferenceID));
		const { emitted, error } = await poller.poll();
		expect([error, emitted]).toEqual([undefined, []]);
		expect(fake.calls(ATTENDEES).at(-1).status).toBe(400);
		expect(summary(await poller.events())).toEqual([
			['participantLeft', m.conferenceID, 'Eve'],
			['meetingEnded', m.conferenceID, null],
		]);
	});

	test('without confUUID in the online list, sessions are told apart by conferenceID and start, and ends still confirmed', async () => {
		fake.onlineWithoutUuid = true;
		try {
			const poller = await start(['meetingStarted', 'meetingEnded']);
			const m = fake.addMeeting({ subject: 'No UUID' });
			expect(await poller.events()).toMatchObject([
				{ event: 'meetingStarted', conferenceID: m.conferenceID, confUUID: null },
			]);
			fake.endMeeting(m.conferenceID);
			expect(await poller.events()).toMatchObject([
				{
					event: 'meetingEnded',
					conferenceID: m.conferenceID,
					confUUID: m.confUUID,
					endConfirmedByHistory: true,
				},
			]);
		} finally {
			fake.onlineWithoutUuid = false;
		}
	});

	test('changing the Search Key starts over: the first poll under the new scope records and emits nothing', async () => {
		const { credentials } = accountCredential();
		const wf = triggerWorkflow(['meetingStarted', 'meetingEnded']);
		const poller = await activatePoller(wf, { credentials });
		fake.addMeeting({ subject: 'alpha one' });
		expect((await poller.events()).map((e: any) => e.subject)).toEqual(['alpha one']);
		fake.addMeeting({ subject: 'beta one' });
		// The user narrows the trigger to "beta" and republishes: n8n keeps the static data.
		const narrowed = await activatePoller(
			{
				...wf,
				nodes: [{ ...wf.nodes[0], parameters: { ...wf.nodes[0].parameters, searchKey: 'beta' } }],
				staticData: poller.saved(),
			},
			{ credentials },
		);
		expect(narrowed.executions).toHaveLength(0);
		fake.addMeeting({ subject: 'beta two' });
		expect((await narrowed.events()).map((e: any) => e.subject)).toEqual(['beta two']);
	});

	test('only the selected events are emitted; meeting events alone read no participants', async () => {
		const poller = await start(['meetingStarted']);
		const m = fake.addMeeting({ subject: 'Quiet' });
		fake.join(m.conferenceID, { name: 'Dan' });
		expect(summary(await poller.events())).toEqual([['meetingStarted', m.conferenceID, null]]);
		fake.endMeeting(m.conferenceID);
		expect(await poller.events()).toEqual([]);
		expect(fake.calls(ATTENDEES)).toHaveLength(0);
	});

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

	test('after a restart the trigger resumes from the saved state: nothing twice, nothing lost', async () => {
		const poller = await start(['meetingStarted', 'meetingEnded']);
		const a = fake.addMeeting({ subject: 'Before restart' });
		expect(summary(await poller.events())).toEqual([['meetingStarted', a.conferenceID, null]]);
		const b = fake.addMeeting({ subject: 'While down' });
		expect(summary(await poller.restart())).toEqual([['meetingStarted', b.conferenceID, null]]);
		expect(await poller.events()).toEqual([]);
	});

	test('"Fetch Test Event" shows the latest real event, or says there is none yet, without touching the active state', async () => {
		const poller = await start(['meetingStarted', 'meetingEnded']);
		await expect(poller.fetchTestEvent()).rejects.toThrow(
			/^Nothing yet: Huawei lists no meeting in progress/,
		);
		const saved = poller.saved();
		fake.addMeeting({ subject: 'Older', start: Date.now() - 600000 });
		const newest = fake.addMeeting({ subject: 'Newest', start: Date.now() - 120000 });
		const [[item]] = (await poller.fetchTestEvent()) as any;
		expect(item.json).toMatchObject({
			event: 'meetingStarted',
			conferenceID: newest.conferenceID,
			subject: 'Newest',
			testEvent: true,
		});
		expect(poller.saved()).toEqual(saved);
		// The active trigger still reports both starts, once.
		expect((await poller.events()).map((e: any) => e.subject).sort()).toEqual(['Newest', 'Older']);
	});

	test('two polls at once: the second is skipped (n8n does not serialise polls), events come once', async () => {
		const poller = await start(['meetingStarted']);
		const m = fake.addMeeting({ subject: 'Overlap' });
		fake.reset();
		const [first, second] = await Promise.all([poller.poll(), poller.poll()]);
		expect([...first.emitted, ...second.emitted].flat().map((e: any) => e.conferenceID)).toEqual([
			m.conferenceID,
		]);
		expect(fake.calls(ONLINE)).toHaveLength(1);
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
