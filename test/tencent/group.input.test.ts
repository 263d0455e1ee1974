// Group: bad input (names, sizes, IDs, limits) is refused before anything is sent to Tencent.
import { useFake, workflowFor } from './setup';

const { ctx, newApp, run } = useFake();
const wf = workflowFor('group');

describe('Group: bad input is refused before anything is sent', () => {
	const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
		[
			'name over 30 bytes',
			'create',
			{ groupType: 'Public', name: '群'.repeat(11) },
			/Name in item 1: must be at most 30 bytes/,
		],
		['empty name', 'create', { groupType: 'Public', name: ' ' }, /Name in item 1: .*required/],
		[
			'introduction over 240 bytes',
			'create',
			{ groupType: 'Public', name: 'x', additionalFields: { introduction: 'x'.repeat(241) } },
			/Introduction in item 1: must be at most 240 bytes/,
		],
		[
			'more than 100 initial members',
			'create',
			{ groupType: 'Public', name: 'x', additionalFields: { memberAccounts: '={{ $json.many }}' } },
			/Members in item 1: at most 100 accounts/,
		],
		[
			'update without fields',
			'update',
			{ groupId: '@TGS#x', updateFields: {} },
			/No field to change in item 1/,
		],
		[
			'update with max members 0',
			'update',
			{ groupId: '@TGS#x', updateFields: { maxMemberNum: 0 } },
			/Max Members in item 1: must be at least 1/,
		],
		[
			'get with an empty group from an expression',
			'get',
			{ groupId: { __rl: true, mode: 'id', value: '={{ "" }}' } },
			/Group in item 1: a group ID is required/,
		],
		[
			'delete with a 49-byte ID',
			'delete',
			{ groupId: 'g'.repeat(49) },
			/Group in item 1: must be at most 48 bytes/,
		],
		[
			'getAll with limit 0',
			'getAll',
			{ returnAll: false, limit: 0 },
			/Limit in item 1: must be at least 1/,
		],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const result = await run(wf(operation, params), {
			credentials,
			items: [{ json: { many: Array.from({ length: 101 }, (_, i) => `a${i}`) } }],
		});
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
