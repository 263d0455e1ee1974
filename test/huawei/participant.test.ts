// Participants: Remove (HangUp), Mute and Unmute (MuteParticipant) with the conference token.
import {
	accountCredential,
	allSecrets,
	byId,
	fake,
	findSecrets,
	huaweiNode,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

useFake();

const CHAIR = 'chair-4440123';
const participant = (operation: string, conferenceID: string, participantIds: unknown) =>
	huaweiNode('participant', operation, {
		conferenceId: byId(conferenceID),
		chairPassword: CHAIR,
		participantIds,
	});

function meetingWith(n: number) {
	const m = fake.addMeeting({ chairPwd: CHAIR });
	const ids = Array.from(
		{ length: n },
		(_, i) => fake.join(m.conferenceID, { name: `P${i}` }).participant_id,
	);
	return { m, ids };
}

describe('Participant: Mute, Unmute, Remove', () => {
	test('mute then unmute two participants: one call each, with the conference token', async () => {
		const { credentials } = accountCredential();
		const { m, ids } = meetingWith(3);
		const mute = await runWorkflow(participant('mute', m.conferenceID, ids.slice(0, 2)), {
			credentials,
		});
		expect(mute.status).toBe('success');
		expect(mute.output('Vendor')[0].json).toMatchObject({
			success: true,
			muted: true,
			participantIds: ids.slice(0, 2),
			calls: 2,
		});
		expect(ids.map((id) => Boolean(m.online.get(id).muted))).toEqual([true, true, false]);
		const calls = fake.calls('/v1/mmc/control/conferences/participants/mute');
		expect(calls.map((c: any) => [c.method, c.query, c.body])).toEqual([
			['PUT', { conferenceID: m.conferenceID, participantID: ids[0] }, { isMute: 1 }],
			['PUT', { conferenceID: m.conferenceID, participantID: ids[1] }, { isMute: 1 }],
		]);
		expect(calls.every((c: any) => c.headers['x-conference-authorization'])).toBe(true);
		const unmute = await runWorkflow(participant('unmute', m.conferenceID, ids[0]), {
			credentials,
		});
		expect(unmute.status).toBe('success');
		expect(ids.map((id) => Boolean(m.online.get(id).muted))).toEqual([false, true, false]);
		expect(fake.conferenceTokenCalls()).toHaveLength(1);
		expect(secretScan(mute)).toEqual([]);
		expect(findSecrets([mute.output('Vendor'), unmute.output('Vendor')], [CHAIR])).toEqual([]);
	});

	test('remove hangs up 150 participants in calls of 100 and 50; they leave the meeting', async () => {
		const { credentials } = accountCredential();
		const { m, ids } = meetingWith(152);
		const result = await runWorkflow(participant('remove', m.conferenceID, ids.slice(0, 150)), {
			credentials,
		});
		expect(result.status).toBe('success');
		expect(result.output('Vendor')[0].json).toMatchObject({ calls: 2 });
		const calls = fake.calls('/v1/mmc/control/conferences/participants/delete');
		expect(calls.map((c: any) => c.body.bulkHangUpParticipants.length)).toEqual([100, 50]);
		expect([...m.online.keys()]).toEqual(ids.slice(150));
	});

	test('removing someone who already left fails naming the vendor error, and is not resent', async () => {
		const { credentials } = accountCredential();
		const { m } = meetingWith(1);
		fake.inject({ kind: 'reset', path: /participants\/delete/, times: 1 });
		const result = await runWorkflow(participant('remove', m.conferenceID, 'gone-1'), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toBeTruthy();
		expect(fake.calls('/v1/mmc/control/conferences/participants/delete')).toHaveLength(1);
		expect(findSecrets([result.nodeError('Vendor').message], [CHAIR, ...allSecrets()])).toEqual([]);
	});

	test.each([
		['no participant ID', '={{ [] }}', /at least one participant ID/],
		['an ID over 128 characters', 'x'.repeat(129), /longer than 128 characters/],
	])('%s is refused before anything is sent, naming field and item', async (_n, ids, msg) => {
		const { credentials } = accountCredential();
		const { m } = meetingWith(1);
		const result = await runWorkflow(participant('mute', m.conferenceID, ids), { credentials });
		const error = result.nodeError('Vendor');
		expect(`${error.message} ${error.description ?? ''}`).toMatch(msg);
		expect(`${error.message} ${error.description ?? ''}`).toMatch(/item 1/i);
		expect(fake.requests).toHaveLength(0);
	});
});
