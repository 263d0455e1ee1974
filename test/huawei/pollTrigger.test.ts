// The Huawei Cloud Meeting Polling Trigger through n8n-core's PollContext and PollTriggerExecutor
// (devkit/pollHuawei.js), with real HTTP to the fake, whose state changes between polls: what it
// emits. (What polls cost and how they fail: pollTriggerCalls.test.ts.)
import { activatePoller } from '../../devkit/pollHuawei';
import { ONLINE, ATTENDEES, triggerWorkflow, start, summary, usePollFake } from './pollSetup';
import { accountCredential, fake } from './setup';

usePollFake();

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
});
