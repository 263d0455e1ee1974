// Remove, Mute and Unmute pick their participants from who is in the chosen meeting now, as n8n's
// editor calls the picker (n8n-core's LoadOptionsContext against the fake); an expression still
// passes IDs as before.
import { callPicker } from '../../devkit/contexts';
import { accountCredential, byId, fake, huaweiNode, runWorkflow, useFake } from './setup';

useFake();

const CHAIR = 'chair-4440123';
const ATTENDEES = '/v1/mmc/management/conferences/online/conf-attendee';
const pick = (credentials: Record<string, unknown>, conferenceId: unknown) =>
	callPicker('huaweiCloudMeeting', 'loadOptions', 'getOnlineParticipants', credentials, {
		parameters: { resource: 'participant', operation: 'mute', conferenceId, chairPassword: CHAIR },
	});

describe('Participant IDs: picked from the meeting in progress', () => {
	test("lists that meeting's online participants by name and number, valued by participant_id", async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ chairPwd: CHAIR });
		const other = fake.addMeeting({ chairPwd: CHAIR });
		const joined = [fake.join(m.conferenceID, { name: 'Ada' }), fake.join(m.conferenceID, {})];
		fake.join(other.conferenceID, { name: 'Elsewhere' });
		const options = await pick(credentials, {
			__rl: true,
			mode: 'list',
			value: m.conferenceID,
		});
		expect(options).toEqual(
			joined.map((p: any) => ({
				name: `${p.name} – ${p.call_number} (${p.participant_id})`,
				value: p.participant_id,
			})),
		);
		expect(fake.calls(ATTENDEES).map((c: any) => c.query)).toEqual([
			{ conf_id: m.conferenceID, offset: '0', limit: '500' },
		]);
	});

	test('a meeting that has ended or does not exist fails naming the vendor error', async () => {
		const { credentials } = accountCredential();
		await expect(pick(credentials, byId('999000111'))).rejects.toThrow(/MMC\.111070004|ended/);
	});

	test('the error reaching the editor carries no node parameter (the chair password on the form)', async () => {
		const { credentials } = accountCredential();
		const error = await pick(credentials, byId('999000111')).catch((e: unknown) => e);
		const seen = JSON.stringify(error, Object.getOwnPropertyNames(error));
		expect(seen).toMatch(/MMC\.111070004|ended/);
		expect(seen).not.toContain(CHAIR);
	});

	test.each([
		['no meeting chosen yet', { __rl: true, mode: 'list', value: '' }],
		['an expression only a run can resolve', { __rl: true, mode: 'id', value: '={{ $json.id }}' }],
	])('%s: nothing to list, nothing sent', async (_what, conferenceId) => {
		const { credentials } = accountCredential();
		expect(await pick(credentials, conferenceId)).toEqual([]);
		expect(fake.calls(ATTENDEES)).toHaveLength(0);
	});

	test.each([
		['an array', (ids: string[]) => `={{ ${JSON.stringify(ids)} }}`],
		['comma and newline text', (ids: string[]) => `={{ ${JSON.stringify(ids.join(',\n'))} }}`],
		['the picked values', (ids: string[]) => ids],
	])('IDs given as %s are muted as before', async (_what, given) => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ chairPwd: CHAIR });
		const ids = [0, 1, 2].map((k) => fake.join(m.conferenceID, { name: `P${k}` }).participant_id);
		const result = await runWorkflow(
			huaweiNode('participant', 'mute', {
				conferenceId: byId(m.conferenceID),
				chairPassword: CHAIR,
				participantIds: given(ids.slice(0, 2)),
			}),
			{ credentials },
		);
		expect(result.status).toBe('success');
		expect(result.output('Vendor')[0].json).toMatchObject({ participantIds: ids.slice(0, 2) });
		expect(ids.map((id) => Boolean(m.online.get(id).muted))).toEqual([true, true, false]);
	});
});
