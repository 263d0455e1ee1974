// User Profile: Get (portrait_get, ≤ 100 accounts per call) and Update (portrait_set).
import { FAST, accounts, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, run } = useFake();
const wf = workflowFor('userProfile');

describe('User Profile: Update, Get', () => {
	test('update sets the Tags; get reads them back, 100 accounts per call, fields never set as empty text', async () => {
		const { credentials } = newApp();
		const many = accounts(120, 'p');
		ctx.fake.importAccounts(...many);
		const set = await run(
			wf('update', {
				accountId: 'p0',
				updateFields: {
					nickname: 'Pat',
					avatarUrl: 'https://x.test/p.png',
					gender: 'Gender_Type_Female',
				},
			}),
			{ credentials },
		);
		expect(jsonOf(set)).toEqual([
			{
				accountId: 'p0',
				nickname: 'Pat',
				avatarUrl: 'https://x.test/p.png',
				gender: 'Gender_Type_Female',
			},
		]);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/profile/portrait_set',
			body: { From_Account: 'p0' },
		});
		expect(ctx.fake.businessCalls()[0].body.ProfileItem).toEqual(
			expect.arrayContaining([
				{ Tag: 'Tag_Profile_IM_Nick', Value: 'Pat' },
				{ Tag: 'Tag_Profile_IM_Image', Value: 'https://x.test/p.png' },
				{ Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Female' },
			]),
		);
		const got = await run(
			wf('get', { accountIds: '={{ $json.ids }}', fields: ['nickname', 'avatarUrl'] }),
			{
				credentials,
				items: [{ json: { ids: many } }],
			},
		);
		expect(jsonOf(got)).toHaveLength(120);
		expect(jsonOf(got).slice(0, 2)).toEqual([
			{ accountId: 'p0', nickname: 'Pat', avatarUrl: 'https://x.test/p.png' },
			{ accountId: 'p1', nickname: '', avatarUrl: '' },
		]);
		const gets = ctx.fake.businessCalls().slice(1);
		expect(gets.map((r: any) => r.body.To_Account.length)).toEqual([100, 20]);
		expect(gets[0].body.TagList).toEqual(['Tag_Profile_IM_Nick', 'Tag_Profile_IM_Image']);
	});

	test('an account that does not exist fails the item, named; a missing entry fails it too', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('known');
		const result = await run(wf('get', { accountIds: 'known, ghost' }), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(
			/1 of 2 accounts to read failed \(ghost: 40003/,
		);
		ctx.fake.withoutEntries = 'partial';
		const partial = await run(wf('get', { accountIds: 'known, known2' }), { credentials });
		expect(partial.nodeError('Vendor').message).toMatch(/did not answer for these ids/);
	});
});

describe('User Profile: bad input is refused before anything is sent', () => {
	const cases: Array<[string, string, object, RegExp]> = [
		[
			'update without fields',
			'update',
			{ accountId: 'a', updateFields: {} },
			/No field to change in item 1/,
		],
		[
			'a nickname over 500 bytes',
			'update',
			{ accountId: 'a', updateFields: { nickname: '名'.repeat(167) } },
			/Nickname in item 1: must be at most 500 bytes/,
		],
		[
			'get without fields',
			'get',
			{ accountIds: 'a', fields: '={{ [] }}' },
			/Fields in item 1: choose at least one field/,
		],
		[
			'get with a 33-byte account',
			'get',
			{ accountIds: 'a'.repeat(33), fields: ['nickname'] },
			/Account IDs \(entry 1\) in item 1/,
		],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const result = await run(wf(operation, { options: FAST, ...params }), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
