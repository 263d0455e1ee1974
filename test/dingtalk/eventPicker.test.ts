// The Event picker of Book for Event / Release From Event: ListEvents of the node's calendar user
// and Calendar ID, from a day ago to 30 days ahead; and a plain event ID (or expression) still works.
/* eslint-disable @typescript-eslint/no-require-imports */
import { ADMIN, byId, fromList, newApp, node, run, useFake } from './setup';

const { callPicker } = require('../../devkit/contexts');

const ctx = useFake();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const pick = (credentials: object, parameters: object = {}, filter?: string, token?: string) =>
	callPicker('dingTalk', 'listSearch', 'searchCalendarEvents', credentials, {
		parameters,
		filter,
		paginationToken: token,
	});

beforeEach(() => {
	ctx.fake.addRoom('r1');
	const now = Date.now();
	ctx.fake.addEvent(ADMIN, 'ev-soon', {
		start: now + HOUR,
		end: now + 2 * HOUR,
		summary: 'Standup',
	});
	ctx.fake.addEvent(ADMIN, 'ev-past', { start: now - 10 * DAY, end: now - 10 * DAY + HOUR });
	ctx.fake.addEvent(ADMIN, 'ev-far', { start: now + 60 * DAY, end: now + 60 * DAY + HOUR });
	ctx.fake.addEvent(ADMIN, 'ev-team', {
		start: now + DAY,
		end: now + DAY + HOUR,
		calendarId: 'team-cal',
		summary: 'Board review',
	});
	ctx.fake.addEvent('someone-else', 'ev-other', { start: now + HOUR, end: now + 2 * HOUR });
});

test("lists the credential operator's primary calendar in the window, with summary and start", async () => {
	const { credentials } = newApp(ctx, { credential: { operatorUnionId: ADMIN } });
	const page = await pick(credentials);
	expect(page.results).toEqual([
		{
			name: expect.stringMatching(/^Standup \(\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/),
			value: 'ev-soon',
		},
	]);
	expect(page.paginationToken).toBeUndefined();
	const [call] = ctx.fake.businessCalls();
	expect(call.path).toBe(`/v1.0/calendar/users/${ADMIN}/calendars/primary/events`);
	expect(Object.keys(call.query).sort()).toEqual(['maxResults', 'timeMax', 'timeMin']);
});

test("the node's Calendar User and Calendar ID choose the calendar; the filter searches summaries", async () => {
	const { credentials } = newApp(ctx);
	const params = { unionId: ADMIN, calendarId: 'team-cal' };
	expect((await pick(credentials, params)).results.map((r: any) => r.value)).toEqual(['ev-team']);
	expect((await pick(credentials, params, 'board')).results).toHaveLength(1);
	expect((await pick(credentials, params, 'standup')).results).toEqual([]);
});

test('pages follow nextToken, 100 events a page', async () => {
	const { credentials } = newApp(ctx, { credential: { operatorUnionId: ADMIN } });
	const now = Date.now();
	for (let k = 0; k < 120; k++)
		ctx.fake.addEvent(ADMIN, `bulk-${k}`, { start: now + 2 * DAY + k, end: now + 3 * DAY });
	const first = await pick(credentials);
	expect(first.results).toHaveLength(100);
	const second = await pick(credentials, {}, undefined, first.paginationToken);
	expect(second.results).toHaveLength(21);
	expect(second.paginationToken).toBeUndefined();
});

test('without any operator the picker says what to enter, and sends nothing', async () => {
	const { credentials } = newApp(ctx);
	await expect(pick(credentials)).rejects.toThrow(/only for an operator/);
	expect(ctx.fake.businessCalls()).toEqual([]);
});

test.each([
	['a plain ID', 'ev-soon'],
	['an expression string', '={{ "ev-" + "soon" }}'],
	['"By ID"', byId('ev-soon')],
	['"From List"', fromList('ev-soon')],
])('Book for Event takes the event as %s', async (_title, eventId) => {
	const { credentials } = newApp(ctx);
	const { out } = await run(
		ctx,
		node('meetingRoom', 'bookForEvent', { roomId: byId('r1'), eventId, unionId: ADMIN }),
		credentials,
	);
	expect(out).toEqual([{ roomId: 'r1', eventId: 'ev-soon', calendarId: 'primary', booked: true }]);
	expect([...ctx.fake.events.get(`${ADMIN}|primary|ev-soon`).rooms]).toEqual(['r1']);
});
