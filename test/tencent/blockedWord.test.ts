// Blocked Word (im_msg_audit_mgr add/delete/get_cloud_audit_keywords) and Blocked Word Library
// (get_cloud_audit_keywords_ids): Singapore apps only; every body carries the SdkAppId.
import { FAST, byId, continueOnFail, jsonOf, pickerSearch, useFake, workflowFor } from './setup';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addLibrary } = require('../../devkit/fakes/tencent/audit');

const { ctx, newApp, run } = useFake();
const wf = workflowFor('blockedWord');
const libraries = workflowFor('blockedWordLibrary');
const words = (lib: string) => [...ctx.fake.auditLibraries.get(lib).words.keys()];

describe('Blocked Word Library: Get Many, and the Library picker', () => {
	test('lists the libraries the console made, 100 per call, and the picker names them', async () => {
		const { app, credentials } = newApp();
		const ids = Array.from({ length: 3 }, (_, k) =>
			addLibrary(ctx.fake, { id: `lib-list-${k}`, name: `List ${k}` }),
		);
		const result = await run(libraries('getAll', { returnAll: true }), { credentials });
		const mine = jsonOf(result).filter((l) => ids.includes(l.ID));
		expect(mine.map((l) => l.LibName)).toEqual(['List 0', 'List 1', 'List 2']);
		expect(ctx.fake.businessCalls()[0].body).toEqual({
			SdkAppId: app.sdkAppId,
			Offset: 0,
			Limit: 100,
		});
		const picked = await pickerSearch('searchBlockedWordLibraries', credentials, 'list 1');
		expect(picked.results).toEqual([{ name: 'List 1', value: 'lib-list-1' }]);
	});
});

describe('Blocked Word: Add, Get Many, Delete', () => {
	test('add 23 words in calls of 10, list them, delete some: the library shows each change', async () => {
		const { app, credentials } = newApp();
		const lib = addLibrary(ctx.fake, { id: 'lib-words', name: 'Spam' });
		const list = Array.from({ length: 23 }, (_, k) => `spam${k}`);
		const added = await run(
			wf('add', { libraryId: byId(lib), words: '={{ $json.w }}', label: 'Ad' }),
			{
				credentials,
				items: [{ json: { w: list } }],
			},
		);
		expect(jsonOf(added)).toEqual([{ libraryId: lib, added: list, calls: 3 }]);
		const calls = ctx.fake.businessCalls();
		expect(calls.map((c: any) => c.body.UserKeywords.length)).toEqual([10, 10, 3]);
		expect(calls[0].body).toMatchObject({
			SdkAppId: app.sdkAppId,
			LibID: lib,
			UserKeywords: expect.arrayContaining([{ Content: 'spam0', Label: 'Ad' }]),
		});
		expect(words(lib)).toEqual(list);

		ctx.fake.reset();
		const got = await run(wf('getAll', { libraryId: byId(lib), returnAll: true }), {
			credentials,
		});
		expect(jsonOf(got).map((w) => w.Content)).toEqual(list);
		expect(ctx.fake.businessCalls()).toHaveLength(1);
		const found = await run(
			wf('getAll', { libraryId: byId(lib), returnAll: false, limit: 5, search: 'spam2' }),
			{ credentials },
		);
		expect(jsonOf(found).map((w) => w.Content)).toEqual(['spam2', 'spam20', 'spam21', 'spam22']);
		expect(ctx.fake.businessCalls().at(-1).body).toMatchObject({ Content: 'spam2', Limit: 5 });

		ctx.fake.reset();
		const deleted = await run(wf('delete', { libraryId: byId(lib), words: '={{ $json.w }}' }), {
			credentials,
			items: [{ json: { w: ['spam0', 'spam1'] } }, { json: { w: ['spam2', 'never-added'] } }],
		});
		expect(jsonOf(deleted)).toEqual([
			{ libraryId: lib, deleted: ['spam0', 'spam1'], notFound: [], calls: 1 },
			{ libraryId: lib, deleted: ['spam2'], notFound: ['never-added'], calls: 1 },
		]);
		// Both items delete from the same library: one shared call of 4 words.
		expect(ctx.fake.businessCalls().map((c: any) => c.body.Keywords)).toEqual([
			['spam0', 'spam1', 'spam2', 'never-added'],
		]);
		expect(words(lib)).not.toContain('spam0');
		expect(words(lib)).toHaveLength(20);
	});

	test('delete: a word the answer has no Details entry for fails the item, named', async () => {
		const { credentials } = newApp();
		const lib = addLibrary(ctx.fake, { words: ['a', 'b'] });
		ctx.fake.inject({
			kind: 'status',
			status: 200,
			body: {
				ActionStatus: 'OK',
				ErrorCode: 0,
				ErrorInfo: '',
				Details: [{ KeywordID: '1', Keyword: 'a', Deleted: true }],
			},
		});
		const result = await run(
			continueOnFail(wf('delete', { libraryId: byId(lib), words: 'a, b' })),
			{
				credentials,
			},
		);
		expect(jsonOf(result)[0]).toMatchObject({
			error: expect.stringMatching(/did not answer for these ids \(1 of 2 words to delete\): b/),
			deleted: ['a'],
			unanswered: ['b'],
		});
	});

	test('get many: an answer without TotalCount fails loudly', async () => {
		const { credentials } = newApp();
		const lib = addLibrary(ctx.fake);
		ctx.fake.inject({
			kind: 'status',
			status: 200,
			body: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', Infos: [] },
		});
		const result = await run(wf('getAll', { libraryId: byId(lib), returnAll: true }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(/no whole number TotalCount/);
	});

	test('moderation not enabled: 2015 with advice; an unknown library: 2003', async () => {
		const { credentials } = newApp();
		const unknown = await run(wf('getAll', { libraryId: byId('nope'), returnAll: true }), {
			credentials,
		});
		expect(unknown.nodeError('Vendor').description).toMatch(/^ErrorCode 2003:/);
		ctx.fake.moderationDisabled = true;
		try {
			const off = await run(libraries('getAll', { returnAll: true }), { credentials });
			expect(off.nodeError('Vendor').description).toMatch(
				/ErrorCode 2015: Cloud Moderation is not enabled/,
			);
		} finally {
			ctx.fake.moderationDisabled = false;
		}
	});
});

describe('bad input is refused before anything is sent', () => {
	test.each([
		[
			'blockedWord',
			'add',
			{ libraryId: byId('lib'), words: '={{ [] }}' },
			/Words in item 1: at least one word is required/,
		],
		['blockedWord', 'add', { libraryId: byId(' '), words: 'a' }, /Library in item 1: .*required/],
		[
			'blockedWord',
			'add',
			{ libraryId: byId('lib'), words: 'a', label: 'Spam' },
			/Category in item 1: must be one of/,
		],
		['blockedWord', 'delete', { libraryId: byId('lib'), words: ' ' }, /Words .*in item 1/],
	])('%s %s', async (resource, operation, params, message) => {
		const { credentials } = newApp();
		const result = await run(workflowFor(resource)(operation, { options: FAST, ...params }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test.each([
		['blockedWord', 'getAll', { libraryId: byId('lib'), returnAll: true }],
		['blockedWord', 'delete', { libraryId: byId('lib'), words: 'a' }],
		['blockedWordLibrary', 'getAll', { returnAll: true }],
	])(
		'%s %s with a China app: refused, naming the region, nothing sent',
		async (resource, operation, params) => {
			const { credentials } = newApp({ credential: { region: 'china' } });
			const result = await run(workflowFor(resource)(operation, params), { credentials });
			expect(result.nodeError('Vendor').message).toMatch(
				/Blocked words need a Singapore app: the credential's Region is "china" \(item 1\)/,
			);
			expect(ctx.fake.requests).toHaveLength(0);
		},
	);
});
