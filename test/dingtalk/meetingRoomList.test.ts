// Meeting Room: Get Many and Send Central Control Signal (seed 001), against the fake.
import {
	ADMIN,
	byId,
	expectRejected,
	listSearch,
	newApp,
	node,
	run,
	runWorkflow,
	useFake,
} from './setup';

const ctx = useFake();
const room = (operation: string, params: Record<string, unknown> = {}, cof = false) =>
	node('meetingRoom', operation, { unionId: ADMIN, ...params }, cof);
const control = (params: Record<string, unknown> = {}) =>
	node('meetingRoom', 'sendCentralControl', {
		roomId: '={{ $json.roomId }}',
		unionId: 'operator-1',
		controlBody:
			'{ "version": "1.0.0", "request": { "requestId": "r1", "service": "DTRooms.Meeting", "method": "subscribe" } }',
		...params,
	});

describe('getAll', () => {
	beforeAll(() => {
		const g = ctx.fake.addGroup('Tower B', 0, 777);
		for (let i = 0; i < 130; i++)
			ctx.fake.addRoom(`list-${i}`, {
				roomName: `List ${i}`,
				...(i % 10 === 0 ? { groupId: g.groupId } : {}),
			});
	});

	test('Return All pages with nextToken/maxResults (at most 100 per page), one item per room', async () => {
		const { credentials } = newApp(ctx);
		const { out } = await run(ctx, room('getAll', { returnAll: true }), credentials);
		expect(out.length).toBe(ctx.fake.rooms.size);
		const calls = ctx.fake.businessCalls();
		expect(calls.map((c: any) => c.query.maxResults)).toEqual(calls.map(() => '100'));
		expect(calls[0].query.nextToken).toBeUndefined();
		expect(calls[1].query.nextToken).toBe('100');
	});

	test('a Limit asks only for what it needs', async () => {
		const { credentials } = newApp(ctx);
		const { out } = await run(ctx, room('getAll', { returnAll: false, limit: 5 }), credentials);
		expect(out).toHaveLength(5);
		expect(ctx.fake.businessCalls()).toHaveLength(1);
		expect(ctx.fake.businessCalls()[0].query).toEqual({ unionId: ADMIN, maxResults: '5' });
	});

	test('the group and name filters keep matching rooms across pages', async () => {
		const { credentials } = newApp(ctx);
		const { out } = await run(
			ctx,
			room('getAll', { returnAll: true, filterGroupId: byId('777') }),
			credentials,
		);
		expect(out.map((r: any) => r.roomId)).toEqual(
			Array.from({ length: 13 }, (_, k) => `list-${k * 10}`),
		);
		const named = await run(
			ctx,
			room('getAll', { returnAll: false, limit: 2, nameContains: 'list 12' }),
			credentials,
		);
		expect(named.out.map((r: any) => r.roomName)).toEqual(['List 12', 'List 120']);
	});

	test('the "From List" picker lists and searches rooms (operator from the node, else the credential)', async () => {
		const { credentials } = newApp(ctx, { credential: { operatorUnionId: 'cred-admin' } });
		const first = await listSearch(ctx, 'searchMeetingRooms', credentials);
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		expect(ctx.fake.businessCalls()[0].query).toMatchObject({ unionId: 'cred-admin' });
		const searched = await listSearch(
			ctx,
			'searchMeetingRooms',
			credentials,
			{ unionId: 'node-admin' },
			'list 12',
			'100',
		);
		expect(searched.results).toEqual(
			Array.from({ length: 10 }, (_, k) => ({ name: `List ${120 + k}`, value: `list-${120 + k}` })),
		);
		expect(ctx.fake.businessCalls()[1].query).toMatchObject({
			unionId: 'node-admin',
			nextToken: '100',
		});
	});

	test('the picker without any operator says what to set', async () => {
		const { credentials } = newApp(ctx);
		await expect(listSearch(ctx, 'searchMeetingRooms', credentials)).rejects.toThrow(
			/only for an operator/,
		);
		expect(ctx.fake.businessCalls()).toHaveLength(0);
	});
});

describe('Send Central Control Signal (seed 001)', () => {
	test('sends controlBody as the JSON string the seed shows', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addRoom('0ffb7xxxxx');
		const result = await runWorkflow(control(), {
			credentials,
			items: [{ json: { roomId: '0ffb7xxxxx' } }],
		});
		expect(result.output('Vendor')[0].json).toEqual({ roomId: '0ffb7xxxxx', result: true });
		const call = ctx.fake.calls('/v1.0/rooms/central/control')[0];
		expect(typeof call.body.controlBody).toBe('string');
		expect(JSON.parse(call.body.controlBody)).toEqual({
			version: '1.0.0',
			request: { requestId: 'r1', service: 'DTRooms.Meeting', method: 'subscribe' },
		});
		expect(call.body).toMatchObject({ roomId: '0ffb7xxxxx', unionId: 'operator-1' });
	});

	test('an object from an expression is sent as a JSON string', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addRoom('room-obj');
		await runWorkflow(control({ controlBody: '={{ $json.signal }}' }), {
			credentials,
			items: [
				{
					json: {
						roomId: 'room-obj',
						signal: { version: '1.0.0', request: { method: 'subscribe' } },
					},
				},
			],
		});
		expect(JSON.parse(ctx.fake.calls('/v1.0/rooms/central/control')[0].body.controlBody)).toEqual({
			version: '1.0.0',
			request: { method: 'subscribe' },
		});
	});

	test('room without central control: api.control.close with advice', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addRoom('room-off', { centralControl: false });
		const result = await runWorkflow(control(), {
			credentials,
			items: [{ json: { roomId: 'room-off' } }],
		});
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('DingTalk error api.control.close: API CONTROL ClOSE');
		expect(error.description).toMatch(/Central control is not enabled for this meeting room/);
	});

	test('operator outside the organization: user.not.org with advice', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addRoom('room-2');
		const result = await runWorkflow(control({ unionId: 'outsider' }), {
			credentials,
			items: [{ json: { roomId: 'room-2' } }],
		});
		expect(result.nodeError('Vendor').message).toBe('DingTalk error user.not.org: User Not In Org');
		expect(result.nodeError('Vendor').description).toMatch(/not a member of this organization/);
	});

	test('a signal that may have arrived (reset, 500) is never sent twice', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addRoom('room-3');
		ctx.fake.inject({ kind: 'reset', path: /central/ });
		const reset = await runWorkflow(control(), {
			credentials,
			items: [{ json: { roomId: 'room-3' } }],
		});
		expect(reset.nodeError('Vendor').message).toBe(
			'DingTalk error ECONNRESET: The connection failed before an answer arrived',
		);
		expect(reset.nodeError('Vendor').description).toMatch(/not sent again/);
		expect(ctx.fake.calls('/v1.0/rooms/central/control')).toHaveLength(1);

		ctx.fake.reset();
		ctx.fake.inject({
			kind: 'status',
			status: 500,
			body: { code: 'system.error', message: 'System Error' },
			path: /central/,
		});
		const failed = await runWorkflow(control(), {
			credentials,
			items: [{ json: { roomId: 'room-3' } }],
		});
		expect(failed.nodeError('Vendor').message).toBe('DingTalk error system.error: System Error');
		expect(ctx.fake.calls('/v1.0/rooms/central/control')).toHaveLength(1);
		expect(ctx.fake.rooms.get('room-3').signals).toHaveLength(0);
	});

	test('a throttled signal surely did not arrive, so it is retried', async () => {
		const { credentials } = newApp(ctx);
		ctx.fake.addRoom('room-4');
		ctx.fake.inject({
			kind: 'status',
			status: 403,
			body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps' },
			path: /central/,
		});
		const result = await runWorkflow(control(), {
			credentials,
			items: [{ json: { roomId: 'room-4' } }],
		});
		expect(result.status).toBe('success');
		expect(ctx.fake.calls('/v1.0/rooms/central/control')).toHaveLength(2);
		expect(ctx.fake.rooms.get('room-4').signals).toHaveLength(1);
	});

	test.each([
		[
			'invalid controlBody JSON',
			{ roomId: 'r1', controlBody: '{ "version": ' },
			/Control Body \(JSON\) in item 1: is not valid JSON/,
		],
		['an empty room id', { roomId: '={{ "" }}' }, /Meeting Room in item 1: a room ID is required/],
	])('bad input (%s) is rejected before anything is sent', async (_name, params, message) => {
		const { credentials } = newApp(ctx);
		await expectRejected(ctx, control(params), credentials, message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
