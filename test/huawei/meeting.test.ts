// Meetings: create, get, list, cancel.
import {
	accountCredential,
	appCredential,
	byId,
	fake,
	huaweiNode,
	runWorkflow,
	useFake,
} from './setup';

useFake();

const meeting = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('meeting', operation, params);

describe('Meeting: create, get, list, cancel', () => {
	test("create converts the start time from the workflow's timezone to Huawei's UTC minute, and invites attendees", async () => {
		const { credentials } = accountCredential();
		const wf = meeting('create', {
			subject: 'Board',
			startTime: '2030-03-01T09:30:00',
			length: 45,
			mediaTypes: 'Voice',
			attendees: 'alice@corp, bob@corp',
		});
		(wf as any).settings = { timezone: 'Asia/Shanghai' };
		const result = await runWorkflow(wf, { credentials });
		expect(result.status).toBe('success');
		const call = fake.calls('/v1/mmc/management/conferences')[0];
		expect(call.body).toEqual({
			subject: 'Board',
			mediaTypes: 'Voice',
			length: 45,
			startTime: '2030-03-01 01:30',
			attendees: [
				{ accountId: 'alice@corp', name: 'alice@corp', role: 0 },
				{ accountId: 'bob@corp', name: 'bob@corp', role: 0 },
			],
		});
		const [out] = result.output('Vendor');
		expect(out.json).toMatchObject({
			subject: 'Board',
			startTime: '2030-03-01 01:30',
			conferenceState: 'Schedule',
		});
	});

	test('an ISO time with an offset is taken as it is; App ID attendees carry the appId', async () => {
		const { app, credentials } = appCredential();
		const result = await runWorkflow(
			meeting('create', {
				subject: 'Sync',
				startTime: '2030-03-01T09:30:00+02:00',
				attendees: 'ext-1',
			}),
			{ credentials },
		);
		expect(result.status).toBe('success');
		expect(fake.calls('/v1/mmc/management/conferences')[0].body).toMatchObject({
			startTime: '2030-03-01 07:30',
			attendees: [{ accountId: 'ext-1', appId: app.appId }],
		});
	});

	test('$now works in Start Time, whether n8n hands over the Luxon DateTime or its ISO text (it depends on the version)', async () => {
		const { credentials } = accountCredential();
		for (const startTime of [
			'={{ $now.plus({ hours: 1 }) }}',
			'={{ $now.plus({ hours: 1 }).toISO() }}',
		]) {
			fake.reset();
			const expected = Date.now() + 3600000;
			const result = await runWorkflow(meeting('create', { subject: 'Soon', startTime }), {
				credentials,
			});
			expect(result.status).toBe('success');
			const sent = Date.parse(
				`${fake.calls('/v1/mmc/management/conferences')[0].body.startTime.replace(' ', 'T')}:00Z`,
			);
			expect(Math.abs(sent - expected)).toBeLessThan(2 * 60000);
		}
	});

	test.each([
		[
			'Feb 30',
			'2030-02-30T10:00:00',
			/Start Time in item 1: is not a real date and time \(day 30 of 2030-02\), got "2030-02-30T10:00:00"/,
		],
		[
			'month 13',
			'2030-13-01T10:00:00',
			/Start Time in item 1: is not a real date and time \(month 13\)/,
		],
		[
			'hour 25',
			'2030-03-01T25:00:00',
			/Start Time in item 1: is not a real date and time \(hour 25\)/,
		],
		['epoch seconds', '={{ 1900000000 }}', /Start Time in item 1: is ambiguous/],
	])(
		'an impossible start (%s) is refused before anything is sent',
		async (_name, startTime, message) => {
			const { credentials } = accountCredential();
			const result = await runWorkflow(meeting('create', { subject: 'X', startTime }), {
				credentials,
			});
			expect(result.nodeError('Vendor').message).toMatch(message);
			expect(fake.calls('/v1/mmc/management/conferences')).toHaveLength(0);
		},
	);

	test('get, list (paged by 500) and cancel; a cancelled meeting is gone', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ subject: 'Weekly' });
		const got = await runWorkflow(meeting('get', { conferenceId: byId(m.conferenceID) }), {
			credentials,
		});
		expect(got.output('Vendor')[0].json).toMatchObject({
			conferenceID: m.conferenceID,
			subject: 'Weekly',
			conferenceState: 'Created',
			participants: [],
		});
		for (let k = 0; k < 520; k++)
			fake.addMeeting({ subject: `bulk ${k}`, start: Date.now() + 3600000 });
		const listed = await runWorkflow(meeting('getAll', { returnAll: true, searchKey: 'bulk' }), {
			credentials,
		});
		expect(listed.output('Vendor')).toHaveLength(520);
		expect(
			fake
				.calls('/v1/mmc/management/conferences')
				.filter((c: any) => c.method === 'GET')
				.map((c: any) => [c.query.offset, c.query.limit, c.query.queryAll]),
		).toEqual([
			['0', '500', 'true'],
			['500', '500', 'true'],
		]);
		const cancelled = await runWorkflow(
			meeting('cancel', { conferenceId: byId(m.conferenceID), endIfRunning: true }),
			{ credentials },
		);
		expect(cancelled.output('Vendor')[0].json).toMatchObject({
			success: true,
			conferenceID: m.conferenceID,
			cancelled: true,
		});
		expect(fake.calls('/v1/mmc/management/conferences').at(-1)).toMatchObject({
			method: 'DELETE',
			query: { conferenceID: m.conferenceID, type: '1' },
		});
		expect(fake.meetings.has(m.conferenceID)).toBe(false);
	});

	test.each([
		[
			'no subject',
			() => meeting('create', { subject: ' ' }),
			/^Subject in item 1: a subject is required/,
		],
		[
			'a length of 10',
			() => meeting('create', { subject: 'x', length: 10 }),
			/^Length \(Minutes\) in item 1: must be at least 15 minutes/,
		],
		[
			'a length of 2000',
			() => meeting('create', { subject: 'x', length: 2000 }),
			/^Length \(Minutes\) in item 1: must be at most 1440 minutes/,
		],
		[
			'a start time that is no date',
			() => meeting('create', { subject: 'x', startTime: '={{ "next tuesday" }}' }),
			/^Start Time in item 1: must be a date and time \(ISO 8601, e.g. 2030-06-01T09:30:00\), got "next tuesday"/,
		],
		[
			'a meeting id with a slash',
			() => meeting('get', { conferenceId: byId('1/2') }),
			/^Meeting in item 1: must not contain/,
		],
		[
			'a control call without chair password',
			() => meeting('lock', { conferenceId: byId('123'), chairPassword: '={{ "" }}' }),
			/^Chair Password in item 1: the chair password is required/,
		],
	])('%s is refused before anything is sent', async (_n, workflow, message) => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(workflow(), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});
