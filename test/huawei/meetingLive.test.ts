// Meetings in progress and ended ones: Get Many Ongoing, Get Online Participants, Get Many Ended,
// Get Attendance, and their pickers, against the fake's live state.
import { callPicker } from '../../devkit/contexts';
import { accountCredential, byId, fake, huaweiNode, runWorkflow, useFake } from './setup';

useFake();

const meeting = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('meeting', operation, params);
const gets = (path: string) => fake.calls(path).map((c: any) => c.query);

describe('Meetings in progress', () => {
	test('Get Many Ongoing pages by 500 and lists only meetings that started; booked ones are not there', async () => {
		const { credentials } = accountCredential();
		for (let k = 0; k < 510; k++)
			fake.addMeeting({ subject: `live ${k}`, start: Date.now() - 60000 - k });
		fake.addMeeting({ subject: 'live tomorrow', start: Date.now() + 86400000 });
		const result = await runWorkflow(
			meeting('getAllOngoing', { returnAll: true, searchKey: 'live' }),
			{ credentials },
		);
		expect(result.output('Vendor')).toHaveLength(510);
		expect(gets('/v1/mmc/management/conferences/online')).toEqual([
			{ queryAll: 'true', searchKey: 'live', offset: '0', limit: '500' },
			{ queryAll: 'true', searchKey: 'live', offset: '500', limit: '500' },
		]);
	});

	test('Get Online Participants sends conf_id and search_key (snake_case, as the SDK does)', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ subject: 'Standup' });
		fake.join(m.conferenceID, { name: 'Alice', thirdAccount: 'alice-ext' });
		fake.join(m.conferenceID, { name: 'Bob', thirdAccount: 'bob-ext' });
		const result = await runWorkflow(
			meeting('getOnlineParticipants', {
				conferenceId: byId(m.conferenceID),
				returnAll: true,
				searchKey: 'alice',
			}),
			{ credentials },
		);
		expect(
			result
				.output('Vendor')
				.map((i: any) => [i.json.conferenceID, i.json.name, i.json.third_account]),
		).toEqual([[m.conferenceID, 'Alice', 'alice-ext']]);
		expect(gets('/v1/mmc/management/conferences/online/conf-attendee')).toEqual([
			{ conf_id: m.conferenceID, search_key: 'alice', offset: '0', limit: '500' },
		]);
	});

	test("a meeting that is not in progress is Huawei's error, naming the meeting", async () => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(
			meeting('getOnlineParticipants', { conferenceId: byId('999000111') }),
			{ credentials },
		);
		expect(result.nodeError('Vendor').message).toMatch(/MMC\.111070004/);
		expect(JSON.stringify(result.nodeError('Vendor'))).toContain('999000111');
	});
});

describe('Ended meetings', () => {
	test('Get Many Ended sends startDate/endDate as ms epochs; Get Attendance lists the joins of one session', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ subject: 'Review', start: Date.now() - 3600000 });
		const p = fake.join(m.conferenceID, { name: 'Carol' });
		fake.leave(m.conferenceID, p.participant_id);
		fake.endMeeting(m.conferenceID);
		const from = Date.now() - 86400000;
		const ended = await runWorkflow(
			meeting('getAllEnded', {
				startDate: new Date(from).toISOString(),
				returnAll: true,
				sortType: 'ASC_StartTIME',
			}),
			{ credentials },
		);
		const [session] = ended.output('Vendor');
		expect(session.json).toMatchObject({
			conferenceID: m.conferenceID,
			subject: 'Review',
			confUUID: m.confUUID,
		});
		const [query] = gets('/v1/mmc/management/conferences/history');
		expect(query).toMatchObject({
			startDate: String(from),
			queryAll: 'true',
			sortType: 'ASC_StartTIME',
			offset: '0',
			limit: '500',
		});
		expect(Number(query.endDate)).toBeGreaterThan(from);
		const attendance = await runWorkflow(
			meeting('getAttendance', { confUUID: byId(m.confUUID), returnAll: true }),
			{ credentials },
		);
		expect(
			attendance
				.output('Vendor')
				.map((i: any) => [
					i.json.confUUID,
					i.json.displayName,
					typeof i.json.joinTime,
					typeof i.json.leftTime,
				]),
		).toEqual([[m.confUUID, 'Carol', 'number', 'number']]);
	});

	test.each([
		[
			'To before From',
			{ startDate: '2030-01-02T00:00:00Z', endDate: '2030-01-01T00:00:00Z' },
			/^To in item 1: must be after From/,
		],
		[
			'a From that is no date',
			{ startDate: '={{ "last week" }}' },
			/^From in item 1: must be a date and time/,
		],
	])('%s is refused before anything is sent', async (_n, params, message) => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(meeting('getAllEnded', params), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Pickers', () => {
	test('"From list" offers ongoing meetings by conferenceID and ended sessions by confUUID', async () => {
		const { credentials } = accountCredential();
		const live = fake.addMeeting({ subject: 'Picker live' });
		const done = fake.addEnded({ subject: 'Picker ended', start: Date.now() - 7200000 });
		const ongoing = (await callPicker(
			'huaweiCloudMeeting',
			'listSearch',
			'searchOngoingMeetings',
			credentials,
			{ filter: 'Picker live' },
		)) as any;
		expect(ongoing.results.map((r: any) => r.value)).toEqual([live.conferenceID]);
		const ended = (await callPicker(
			'huaweiCloudMeeting',
			'listSearch',
			'searchEndedMeetings',
			credentials,
		)) as any;
		expect(ended.results).toContainEqual({
			value: done.confUUID,
			name: expect.stringContaining('Picker ended'),
		});
		expect(gets('/v1/mmc/management/conferences/history')[0]).toMatchObject({
			sortType: 'DSC_StartTIME',
			queryAll: 'true',
		});
	});
});
