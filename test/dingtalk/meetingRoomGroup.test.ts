// Meeting Room Group: create, update, delete, get, getAll (+ picker).
import { dingTalkCreateMeetingRoomGroup, shapeProblems } from '../fixtures/officialRequests';
import {
	ADMIN,
	byId,
	expectRejected,
	fromList,
	listSearch,
	newApp,
	node,
	run,
	runWorkflow,
	useFake,
} from './setup';

const ctx = useFake();
const group = (operation: string, params: Record<string, unknown> = {}) =>
	node('meetingRoomGroup', operation, { unionId: ADMIN, ...params });

test('a created group appears in get and getAll, is renamed by update and disappears with delete', async () => {
	const { credentials } = newApp(ctx);
	const parent = ctx.fake.addGroup('Campus');
	const created = await run(
		ctx,
		group('create', { groupName: 'Tower A', parentGroupId: fromList(String(parent.groupId)) }),
		credentials,
	);
	const id = created.out[0].groupId;
	expect(created.out[0]).toEqual({ groupId: id, groupName: 'Tower A', parentId: parent.groupId });
	expect(ctx.fake.businessCalls()[0]).toMatchObject({
		method: 'POST',
		path: '/v1.0/rooms/groups',
		body: { unionId: ADMIN, groupName: 'Tower A', parentGroupId: parent.groupId },
	});
	expect(shapeProblems(ctx.fake.businessCalls()[0].body, dingTalkCreateMeetingRoomGroup)).toEqual(
		[],
	);

	const got = await run(ctx, group('get', { groupId: byId(String(id)) }), credentials);
	expect(got.out[0]).toEqual({ groupId: id, groupName: 'Tower A', parentId: parent.groupId });
	expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
		method: 'GET',
		path: `/v1.0/rooms/groups/${id}`,
		query: { unionId: ADMIN },
	});

	await run(
		ctx,
		group('update', { groupId: fromList(String(id)), groupName: 'Tower A (new)' }),
		credentials,
	);
	expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
		method: 'PUT',
		path: '/v1.0/rooms/groups',
		body: { unionId: ADMIN, groupId: id, groupName: 'Tower A (new)' },
	});

	const listed = await run(ctx, group('getAll', { returnAll: true }), credentials);
	expect(listed.out).toContainEqual({
		groupId: id,
		groupName: 'Tower A (new)',
		parentId: parent.groupId,
	});
	expect(ctx.fake.businessCalls().at(-1)).toMatchObject({
		method: 'GET',
		path: '/v1.0/rooms/groupLists',
		query: { unionId: ADMIN },
	});

	const deleted = await run(ctx, group('delete', { groupId: byId(String(id)) }), credentials);
	expect(deleted.out[0]).toEqual({ groupId: id, deleted: true });
	const again = await runWorkflow(group('get', { groupId: byId(String(id)) }), { credentials });
	expect(again.nodeError('Vendor').message).toBe('DingTalk error group.not.found: group not found');
});

test('getAll with a Limit returns that many groups from the one answer', async () => {
	const { credentials } = newApp(ctx);
	['A', 'B', 'C'].forEach((n) => ctx.fake.addGroup(`Limit ${n}`));
	const { out } = await run(ctx, group('getAll', { returnAll: false, limit: 2 }), credentials);
	expect(out).toHaveLength(2);
	expect(ctx.fake.businessCalls()).toHaveLength(1);
});

test('the "From List" picker lists and searches groups', async () => {
	const { credentials } = newApp(ctx, { credential: { operatorUnionId: 'cred-admin' } });
	const g = ctx.fake.addGroup('Picker North');
	const all = await listSearch(ctx, 'searchMeetingRoomGroups', credentials);
	expect(all.results).toContainEqual({ name: 'Picker North', value: String(g.groupId) });
	const searched = await listSearch(ctx, 'searchMeetingRoomGroups', credentials, {}, 'north');
	expect(searched.results).toEqual([{ name: 'Picker North', value: String(g.groupId) }]);
});

test('with Parent Group empty, create sends parentGroupId 0 (the top level), which DingTalk requires', async () => {
	const { credentials } = newApp(ctx);
	const created = await run(ctx, group('create', { groupName: 'Top' }), credentials);
	expect(created.out[0]).toMatchObject({ groupName: 'Top', parentId: 0 });
	const { body } = ctx.fake.businessCalls()[0];
	expect(body).toEqual({ unionId: ADMIN, groupName: 'Top', parentGroupId: 0 });
	expect(shapeProblems(body, dingTalkCreateMeetingRoomGroup)).toEqual([]);
});

test.each([
	[
		'create: no name',
		'create',
		{ groupName: '={{ "" }}' },
		/Group Name in item 1: a group name is required/,
	],
	[
		'create: a name too long',
		'create',
		{ groupName: 'x'.repeat(51) },
		/Group Name in item 1: is longer than 50 characters/,
	],
	[
		'update: a group id that is not a number',
		'update',
		{ groupId: byId('={{ "12a" }}'), groupName: 'X' },
		/Room Group in item 1: a group ID must be digits only/,
	],
	[
		'delete: an empty group',
		'delete',
		{ groupId: byId('={{ "" }}') },
		/Room Group in item 1: a group ID is required/,
	],
	[
		'get: a group id too long to be exact as a JSON number',
		'get',
		{ groupId: byId('={{ "1234567890123456" }}') },
		/must be digits only/,
	],
	['getAll: no operator', 'getAll', { unionId: '' }, /Operator Union ID in item 1: is required/],
])(
	'bad input (%s) is rejected before anything is sent',
	async (_name, operation, params, message) => {
		const { credentials } = newApp(ctx);
		await expectRejected(ctx, group(operation, params), credentials, message);
	},
);
