// Scheduled Conference: create, update, cancel, get.
import { ADMIN, byId, expectRejected, newApp, node, run, runWorkflow, useFake } from './setup';

const ctx = useFake();
const sched = (operation: string, params: Record<string, unknown> = {}) =>
	node('scheduledConference', operation, { unionId: ADMIN, ...params });
const period = { startTime: '2030-03-01T10:00:00', endTime: '2030-03-01T11:30:00' };

test('a scheduled conference is created, read, moved and cancelled; a cancelled one answers resourceCancel', async () => {
	const { credentials } = newApp(ctx);
	const wf = sched('create', {
		title: 'Quarterly review',
		...period,
		settings: { lockRoom: true, muteOnJoin: 6, hostUnionId: 'host-2' },
	});
	(wf as any).settings = { timezone: 'Europe/Berlin' };
	const created = await run(ctx, wf, credentials);
	const id = created.out[0].scheduleConferenceId;
	const start = Date.UTC(2030, 2, 1, 9); // 10:00 in Berlin (UTC+1 in March before DST)
	expect(ctx.fake.businessCalls()[0]).toMatchObject({
		method: 'POST',
		path: '/v1.0/conference/scheduleConferences',
		body: {
			creatorUnionId: ADMIN,
			title: 'Quarterly review',
			startTime: start,
			endTime: start + 90 * 60000,
			scheduleConfSettingModel: { lockRoom: 1, muteOnJoin: 6, hostUnionId: 'host-2' },
		},
	});
	expect(created.out[0]).toMatchObject({
		scheduleConferenceId: id,
		url: expect.stringMatching(/^https:\/\//),
		startTime: new Date(start).toISOString(),
	});

	const got = await run(ctx, sched('get', { scheduleConferenceId: byId(id) }), credentials);
	expect(got.out[0]).toMatchObject({
		scheduleConferenceId: id,
		title: 'Quarterly review',
		startTime: start,
	});
	expect(got.out[0].requestId).toBeUndefined();
	expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
		method: 'GET',
		path: `/v1.0/conference/scheduleConferences/${id}/infos`,
		query: { requestUnionId: ADMIN },
	});

	await run(
		ctx,
		sched('update', {
			scheduleConferenceId: byId(id),
			title: 'Quarterly review (moved)',
			startTime: '2030-03-02T10:00:00Z',
			endTime: '2030-03-02T11:00:00Z',
		}),
		credentials,
	);
	expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
		method: 'PUT',
		path: '/v1.0/conference/scheduleConferences',
		body: {
			scheduleConferenceId: id,
			creatorUnionId: ADMIN,
			title: 'Quarterly review (moved)',
			startTime: Date.UTC(2030, 2, 2, 10),
			endTime: Date.UTC(2030, 2, 2, 11),
		},
	});

	const cancelled = await run(
		ctx,
		sched('cancel', { scheduleConferenceId: byId(id) }),
		credentials,
	);
	expect(cancelled.out[0]).toEqual({ scheduleConferenceId: id, cancelled: true });
	expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
		method: 'POST',
		path: '/v1.0/conference/scheduleConferences/cancel',
		body: { scheduleConferenceId: id, creatorUnionId: ADMIN },
	});
	const after = await runWorkflow(sched('get', { scheduleConferenceId: byId(id) }), {
		credentials,
	});
	expect(after.nodeError('Vendor').message).toBe(
		'DingTalk error resourceCancel: the conference was cancelled',
	);
	expect(after.nodeError('Vendor').description).toMatch(/was cancelled/);
});

test('only the creator may cancel: permissionError with advice', async () => {
	const { credentials } = newApp(ctx);
	ctx.fake.addSchedule('s-other', { creator: 'someone' });
	const result = await runWorkflow(sched('cancel', { scheduleConferenceId: byId('s-other') }), {
		credentials,
	});
	expect(result.nodeError('Vendor').message).toMatch(/permissionError/);
	expect(result.nodeError('Vendor').description).toMatch(/creator/);
});

test('creating is never resent after a failure that may have arrived', async () => {
	const { credentials } = newApp(ctx);
	ctx.fake.inject({ kind: 'hang', path: /scheduleConferences$/ });
	await runWorkflow(
		sched('create', { title: 'Once', ...period, options: { retryDelayMs: 5, timeoutMs: 300 } }),
		{ credentials },
	);
	expect(ctx.fake.businessCalls()).toHaveLength(1);
});

test.each([
	[
		'create: no title',
		'create',
		{ title: '={{ "" }}', ...period },
		/Title in item 1: a title is required/,
	],
	[
		'create: end before start',
		'create',
		{ title: 'A', startTime: '2030-03-01T10:00:00', endTime: '2030-03-01T09:00:00' },
		/End in item 1: must be after Start/,
	],
	[
		'create: a start that is no date',
		'create',
		{ title: 'A', startTime: '={{ "soon" }}', endTime: period.endTime },
		/Start in item 1: must be a date and time/,
	],
	[
		'create: a bad Mute on Join',
		'create',
		{ title: 'A', ...period, settings: { muteOnJoin: 3 } },
		/Settings › Mute on Join in item 1: must be -1, 0 or 6/,
	],
	[
		'update: no id',
		'update',
		{ scheduleConferenceId: byId('={{ "" }}'), title: 'A', ...period },
		/Scheduled Conference in item 1: a scheduled conference ID is required/,
	],
	[
		'cancel: no creator anywhere',
		'cancel',
		{ scheduleConferenceId: byId('s1'), unionId: '' },
		/Operator Union ID in item 1: is required/,
	],
	[
		'get: an id that would change the path',
		'get',
		{ scheduleConferenceId: byId('a/../b') },
		/Scheduled Conference in item 1: must not contain/,
	],
])(
	'bad input (%s) is rejected before anything is sent',
	async (_name, operation, params, message) => {
		const { credentials } = newApp(ctx);
		await expectRejected(ctx, sched(operation, params), credentials, message);
	},
);

describe('dates: impossible ones refused, numbers read as milliseconds, $now taken in every form', () => {
	test.each([
		[
			'Feb 30',
			'2030-02-30T10:00:00',
			/Start in item 2: is not a real date and time \(day 30 of 2030-02\), got "2030-02-30T10:00:00"/,
		],
		[
			'month 13',
			'2030-13-01T10:00:00',
			/Start in item 2: is not a real date and time \(month 13\)/,
		],
		['hour 25', '2030-03-01T25:00:00', /Start in item 2: is not a real date and time \(hour 25\)/],
		[
			'Feb 29 of a common year, with an offset',
			'2031-02-29T10:00:00+08:00',
			/Start in item 2: is not a real date and time \(day 29 of 2031-02\)/,
		],
		// DingTalk takes ms: an epoch in seconds would be sent as January 1970.
		[
			'epoch seconds',
			'={{ 1900000000 }}',
			/Start in item 2: is ambiguous: a number here is milliseconds since 1970, and 1900000000 would be 1970-01-22/,
		],
		['epoch seconds as text', '1900000000', /Start in item 2: is ambiguous/],
	])(
		'%s is refused before anything is sent, naming field, item and value',
		async (_name, startTime, message) => {
			const { credentials } = newApp(ctx);
			// Item 1 is fine and created; item 2 fails on its own (Continue On Fail) and sends nothing.
			const wf = node(
				'scheduledConference',
				'create',
				{
					unionId: ADMIN,
					title: 'A',
					startTime: '={{ $json.start }}',
					endTime: '2030-03-02T11:00:00',
				},
				true,
			);
			(wf as any).settings = { timezone: 'UTC' };
			const raw = startTime.startsWith('={{') ? Number(startTime.slice(4, -3)) : startTime;
			const { out } = await run(ctx, wf, credentials, [
				{ json: { start: '2030-03-01T10:00:00' } },
				{ json: { start: raw } },
			]);
			expect(out[0].scheduleConferenceId).toBeDefined();
			expect(out[1].error).toMatch(message);
			expect(ctx.fake.businessCalls().map((c: any) => c.body.startTime)).toEqual([
				Date.UTC(2030, 2, 1, 10),
			]);
		},
	);

	test('milliseconds, a Luxon DateTime from $now and its ISO text are all the same instant', async () => {
		const { credentials } = newApp(ctx);
		const end = '2099-01-01T00:00:00Z';
		// n8n hands an expression's DateTime to the node as the object or as its ISO text, depending on version: both work.
		for (const startTime of [
			'={{ $now.plus({ hours: 1 }) }}',
			'={{ $now.plus({ hours: 1 }).toISO() }}',
			'={{ $now.plus({ hours: 1 }).toMillis() }}',
			`=${Date.now() + 3600000}`,
		]) {
			const before = Date.now();
			const { result } = await run(
				ctx,
				sched('create', { title: 'Soon', startTime, endTime: end }),
				credentials,
			);
			expect(result.status).toBe('success');
			const sent = ctx.fake.businessCalls().at(-1).body.startTime;
			expect(sent).toBeGreaterThanOrEqual(before + 3600000 - 1000);
			expect(sent).toBeLessThanOrEqual(Date.now() + 3600000 + 1000);
		}
	});
});

test('Dry Run: the create is planned with its times as DingTalk would get them; no token request, no call', async () => {
	const { credentials } = newApp(ctx);
	const wf = sched('create', { title: 'Preview', ...period, options: { dryRun: true } });
	(wf as any).settings = { timezone: 'UTC' };
	const { result, out } = await run(ctx, wf, credentials);
	expect(result.status).toBe('success');
	expect(ctx.fake.requests).toHaveLength(0);
	expect(ctx.fake.tokenCalls()).toHaveLength(0);
	expect(out[0]).toEqual({
		dryRun: true,
		sent: false,
		calls: [
			{
				call: 1,
				sharedBy: 1,
				method: 'POST',
				path: '/v1.0/conference/scheduleConferences',
				body: {
					creatorUnionId: ADMIN,
					title: 'Preview',
					startTime: Date.UTC(2030, 2, 1, 10),
					endTime: Date.UTC(2030, 2, 1, 11, 30),
				},
				idempotent: false,
			},
		],
	});
});
