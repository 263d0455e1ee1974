// Group Member moderation: bad input (IDs, lists, durations, texts) is refused before anything is sent.
import { accounts, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');

describe('Group Member: bad input is refused before anything is sent', () => {
	const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
		[
			'empty groupId',
			'unban',
			{ groupId: '  ', memberAccounts: 'a' },
			/Group in item 1: .*required/,
		],
		[
			'no accounts',
			'unban',
			{ memberAccounts: '={{ $json.none }}' },
			/Member Accounts in item 1: at least one account is required/,
		],
		[
			'description over 1000 bytes',
			'ban',
			{ memberAccounts: 'a', duration: 5, description: '禁'.repeat(334) },
			/Description in item 1: must be at most 1000 bytes/,
		],
		[
			'negative duration',
			'ban',
			{ memberAccounts: 'a', duration: -1 },
			/Duration \(Seconds\) in item 1: must not be negative/,
		],
		[
			'negative mute time',
			'mute',
			{ memberAccounts: 'a', muteTime: -5 },
			/Mute Time \(Seconds\) in item 1: must not be negative/,
		],
		[
			'mute time over 32 bits',
			'mute',
			{ memberAccounts: 'a', muteTime: 4294967296 },
			/Mute Time \(Seconds\) in item 1: .*4294967295/,
		],
		[
			'more than 10000 accounts',
			'mute',
			{ memberAccounts: '={{ $json.many }}', muteTime: 5 },
			/Member Accounts in item 1: at most 10000 accounts per item/,
		],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const result = await run(wf(operation, { groupId, ...params }), {
			credentials,
			items: [{ json: { none: [], many: accounts(10001) } }],
		});
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
