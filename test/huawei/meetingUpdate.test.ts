// Meeting → Update (UpdateMeeting): read the meeting, then PUT the full RestScheduleConfDTO body.
import {
	accountCredential,
	byId,
	fake,
	huaweiNode,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

useFake();

const update = (conferenceID: string, params: Record<string, unknown>) =>
	huaweiNode('meeting', 'update', { conferenceId: byId(conferenceID), ...params });
const TOMORROW_9 = () => {
	const d = new Date(Date.now() + 86400000);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 9, 0);
};

describe('Meeting: Update', () => {
	test('moves and renames a booked meeting; the body keeps what did not change', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ subject: 'Planning', start: Date.now() + 86400000, length: 60 });
		const at = TOMORROW_9();
		const result = await runWorkflow(
			update(m.conferenceID, {
				newStartTime: new Date(at).toISOString(),
				updateFields: { subject: 'Planning (moved)' },
			}),
			{ credentials },
		);
		expect(result.status).toBe('success');
		expect(m).toMatchObject({ subject: 'Planning (moved)', start: at, length: 60 });
		const [put] = fake
			.calls('/v1/mmc/management/conferences')
			.filter((c: any) => c.method === 'PUT');
		expect(put.query).toEqual({ conferenceID: m.conferenceID });
		const d = new Date(at);
		expect(put.body).toEqual({
			subject: 'Planning (moved)',
			startTime: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')} 09:00`,
			length: 60,
			mediaTypes: 'HDVideo',
		});
		expect(result.output('Vendor')[0].json).toMatchObject({
			conferenceID: m.conferenceID,
			subject: 'Planning (moved)',
		});
		expect(secretScan(result)).toEqual([]);
	});

	test('a meeting that has started is refused by Huawei, and stays as it was', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ subject: 'Running' });
		const result = await runWorkflow(update(m.conferenceID, { updateFields: { length: 90 } }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(/MMC.111070006/);
		expect(m.subject).toBe('Running');
	});

	test.each([
		['nothing to change', {}, /choose at least one field/],
		['a length under 15 minutes', { updateFields: { length: 5 } }, /Length.*at least 15/],
		['an impossible start', { newStartTime: '2026-02-30T10:00:00' }, /New Start Time/],
	])('%s is refused before anything is sent', async (_n, params, message) => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ start: Date.now() + 86400000 });
		const result = await runWorkflow(update(m.conferenceID, params), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(result.nodeError('Vendor').message).toMatch(/item 1/);
		expect(fake.requests).toHaveLength(0);
	});
});
