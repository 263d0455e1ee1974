// Meeting Room: Get Schedule (free/busy), Book for Event and Release From Event — the "no-show →
// release the room" flow — against the fake's calendar (calendar.js) through n8n's engine.
import { ADMIN, byId, expectRejected, newApp, node, run, useFake } from './setup';

const ctx = useFake();
const HOUR = 3600_000;
const AT = Date.UTC(2030, 4, 6, 9);
const schedule = (roomId = 'r1', params: Record<string, unknown> = {}) =>
	node('meetingRoom', 'getSchedule', {
		roomId: byId(roomId),
		startTime: '2030-05-06T08:00:00Z',
		endTime: '2030-05-06T18:00:00Z',
		unionId: ADMIN,
		...params,
	});
const eventCall = (operation: string, params: Record<string, unknown> = {}) =>
	node('meetingRoom', operation, {
		roomId: byId('r1'),
		eventId: 'ev-1',
		unionId: ADMIN,
		...params,
	});

beforeEach(() => {
	ctx.fake.addRoom('r1');
	ctx.fake.addEvent(ADMIN, 'ev-1', { start: AT, end: AT + HOUR });
});

test('a booked room shows busy in Get Schedule; released, it is free again', async () => {
	const { credentials } = newApp(ctx);
	const before = await run(ctx, schedule(), credentials);
	expect(before.out).toEqual([
		{
			roomId: 'r1',
			startTime: '2030-05-06T08:00Z',
			endTime: '2030-05-06T18:00Z',
			free: true,
			scheduleItems: [],
		},
	]);
	const booked = await run(ctx, eventCall('bookForEvent'), credentials);
	expect(booked.out).toEqual([
		{ roomId: 'r1', eventId: 'ev-1', calendarId: 'primary', booked: true },
	]);
	const busy = await run(ctx, schedule(), credentials);
	expect(busy.out[0].free).toBe(false);
	expect(busy.out[0].scheduleItems).toEqual([
		expect.objectContaining({ eventId: 'ev-1', status: 'BUSY', organizer: { id: ADMIN } }),
	]);
	const released = await run(ctx, eventCall('releaseFromEvent'), credentials);
	expect(released.out[0]).toMatchObject({ roomId: 'r1', eventId: 'ev-1', released: true });
	const after = await run(ctx, schedule(), credentials);
	expect(after.out[0].free).toBe(true);
	expect(ctx.fake.businessCalls().map((r: any) => [r.method, r.path, r.body])).toEqual([
		[
			'POST',
			`/v1.0/calendar/users/${ADMIN}/meetingRooms/schedules/query`,
			{ roomIds: ['r1'], startTime: '2030-05-06T08:00Z', endTime: '2030-05-06T18:00Z' },
		],
		[
			'POST',
			`/v1.0/calendar/users/${ADMIN}/calendars/primary/events/ev-1/meetingRooms`,
			{ meetingRoomsToAdd: [{ roomId: 'r1' }] },
		],
		expect.anything(),
		[
			'POST',
			`/v1.0/calendar/users/${ADMIN}/calendars/primary/events/ev-1/meetingRooms/batchRemove`,
			{ meetingRoomsToRemove: [{ roomId: 'r1' }] },
		],
		expect.anything(),
	]);
});

test('the period is sent as whole UTC minutes that cover it, whatever the workflow timezone', async () => {
	const { credentials } = newApp(ctx);
	const wf = schedule('r1', {
		startTime: '2030-05-06T10:15:30+08:00',
		endTime: '2030-05-06T10:45:10+08:00',
	});
	await run(ctx, wf, credentials);
	expect(ctx.fake.businessCalls()[0].body).toMatchObject({
		startTime: '2030-05-06T02:15Z',
		endTime: '2030-05-06T02:46Z',
	});
});

test('the calendar user falls back to the credential operator', async () => {
	const { credentials } = newApp(ctx, { credential: { operatorUnionId: 'op-9' } });
	ctx.fake.addEvent('op-9', 'ev-2', { start: AT, end: AT + HOUR });
	await run(ctx, eventCall('bookForEvent', { unionId: '', eventId: 'ev-2' }), credentials);
	expect(ctx.fake.businessCalls()[0].path).toBe(
		'/v1.0/calendar/users/op-9/calendars/primary/events/ev-2/meetingRooms',
	);
});

test.each([
	[{ endTime: '2030-05-06T07:00:00Z' }, /^To in item 1: must be after From/],
	[{ startTime: '={{ "" }}' }, /^From in item 1: a date and time is required/],
	[{ roomId: byId('a/b') }, /^Meeting Room in item 1: must not contain/],
])('Get Schedule refuses %j before sending', async (params, message) => {
	const { credentials } = newApp(ctx);
	await expectRejected(ctx, schedule('r1', params), credentials, message);
});

test.each([
	['bookForEvent', { eventId: '={{ "" }}' }, /^Event in item 1: an event ID is required/],
	['releaseFromEvent', { eventId: '../x' }, /^Event in item 1: must not contain/],
	['bookForEvent', { calendarId: 'a?b' }, /^Calendar ID in item 1: must not contain/],
])('%s refuses %j before sending', async (operation, params, message) => {
	const { credentials } = newApp(ctx);
	await expectRejected(ctx, eventCall(operation, params), credentials, message);
});

test("an unknown event gives DingTalk's error; nothing is booked", async () => {
	const { credentials } = newApp(ctx);
	const { result } = await run(ctx, eventCall('bookForEvent', { eventId: 'nope' }), credentials);
	expect(result.nodeError('Vendor').message).toMatch(/event\.not\.found/);
	expect(ctx.fake.events.get(`${ADMIN}|primary|ev-1`).rooms.size).toBe(0);
});

test('a room the schedule answer reports an error for fails the item', async () => {
	const { credentials } = newApp(ctx);
	const { result } = await run(ctx, schedule('no-such-room'), credentials);
	expect(result.nodeError('Vendor').message).toMatch(/ROOM_SCHEDULE_ERROR: room not found/);
});

test('an answer without "result": true is not taken for a release', async () => {
	const { credentials } = newApp(ctx);
	ctx.fake.inject({ kind: 'status', status: 200, body: {}, path: /batchRemove/ });
	const { result } = await run(ctx, eventCall('releaseFromEvent'), credentials);
	expect(result.nodeError('Vendor').message).toMatch(/MALFORMED_ANSWER/);
});
