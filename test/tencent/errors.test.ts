// Tencent's ErrorCodes, retries and "Continue On Fail", shown on Unban (the rules are the kernel's, for every operation).
import { ALONE, FAST, continueOnFail, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');

describe('Tencent errors', () => {
	const cases: Array<
		[
			string,
			() => void,
			{ groupId?: string; credential?: Record<string, unknown>; admins?: string[] },
			number,
			RegExp,
		]
	> = [
		[
			'10004 invalid parameter',
			() => ctx.fake.failNext(10004, 'invalid parameter GroupId'),
			{},
			10004,
			/check the Group ID/,
		],
		['10010 group missing', () => {}, { groupId: '@TGS#missing' }, 10010, /does not exist/],
		[
			'60010 not an app admin',
			() => {},
			{ credential: { identifier: 'someone' }, admins: ['administrator', 'someone-else'] },
			60010,
			/App admin/,
		],
		[
			'70009 wrong secret key',
			() => {},
			{ credential: { secretKey: 'wrong-key-value' } },
			70009,
			/Secret Key/,
		],
		['70020 wrong region', () => {}, { credential: { sdkAppId: 1299999999 } }, 70020, /Region/],
	];
	test.each(cases)(
		'%s: error names ErrorCode and ErrorInfo, with advice, sent once',
		async (_name, arrange, opts, code, advice) => {
			const { credentials } = newApp({ credential: opts.credential, admins: opts.admins });
			const groupId = opts.groupId ?? newGroup();
			arrange();
			const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
			expect(result.status).toBe('error');
			const error = result.nodeError('Vendor');
			expect(error.message).toMatch(new RegExp(`^Tencent Cloud Chat error ${code}: \\S`));
			expect(error.description).toMatch(new RegExp(`ErrorCode ${code}: `));
			expect(error.description).toMatch(advice);
			expect(ctx.fake.requests).toHaveLength(1);
		},
	);

	test.each([[60007], [10002], [60011], [10006]])(
		'%s is retried and then succeeds',
		async (code) => {
			const { credentials } = newApp();
			const groupId = newGroup();
			ctx.fake.failNext(code, `transient ${code}`, 2);
			const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
			expect(result.status).toBe('success');
			expect(ctx.fake.requests).toHaveLength(3);
		},
	);

	test('throttling that does not stop: bounded retries, then an error that says so', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		ctx.fake.failNext(60007, 'REST API call frequency exceeded', 100);
		const result = await run(
			wf('unban', { groupId, memberAccounts: 'u1', options: { ...FAST, maxRetries: 2 } }),
			{ credentials },
		);
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('Tencent Cloud Chat error 60007: REST API call frequency exceeded');
		expect(error.description).toMatch(/Gave up after 3 attempts/);
		expect(ctx.fake.requests).toHaveLength(3);
	});

	test('an HTTP 502 HTML page is retried', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		ctx.fake.inject({ kind: 'html', status: 502 });
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('success');
		expect(ctx.fake.requests).toHaveLength(2);
	});

	test('a connection reset is retried (the calls are idempotent)', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: ['u1'] });
		ctx.fake.inject({ kind: 'reset' });
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('success');
		expect(ctx.fake.requests).toHaveLength(2);
		expect(ctx.fake.groups.get(groupId).banned.size).toBe(0);
	});

	test("the fake's own rate limit (200/s per SDKAppID and API) is never hit at the default pace", async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const items = Array.from({ length: 60 }, (_, i) => ({ json: { a: `r${i}` } }));
		const result = await run(
			wf('unban', {
				groupId,
				memberAccounts: '={{ $json.a }}',
				options: { ...FAST, concurrency: 16 },
			}),
			{ credentials, items },
		);
		expect(result.output('Vendor')).toHaveLength(60);
		expect(ctx.fake.rate.rejected).toBe(0);
	});
});

describe('continueOnFail', () => {
	test('3 items, the middle one bad: 3 outputs in order with pairedItem 0, 1, 2', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const items = [
			{ json: { group: groupId, a: 'x1' } },
			{ json: { group: '', a: 'x2' } },
			{ json: { group: groupId, a: 'x3' } },
		];
		const result = await run(
			continueOnFail(
				wf('unban', {
					groupId: '={{ $json.group }}',
					memberAccounts: '={{ $json.a }}',
					options: ALONE,
				}),
			),
			{ credentials, items },
		);
		const out = result.output('Vendor');
		expect(out.map((i: any) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({ unbanned: 1, memberAccounts: ['x1'] });
		expect(out[1].json.error).toMatch(/Group in item 2/);
		expect(out[2].json).toMatchObject({ unbanned: 1, memberAccounts: ['x3'] });
		expect(ctx.fake.businessCalls()).toHaveLength(2);
	});

	test('a Tencent error becomes an error item with ErrorCode, ErrorInfo and advice', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const result = await run(
			continueOnFail(
				wf('unban', { groupId: '={{ $json.group }}', memberAccounts: 'a', options: ALONE }),
			),
			{ credentials, items: [{ json: { group: groupId } }, { json: { group: '@TGS#nope' } }] },
		);
		const [good, bad] = jsonOf(result);
		expect(good).toMatchObject({ unbanned: 1 });
		expect(bad).toMatchObject({
			error: 'Tencent Cloud Chat error 10010: group does not exist',
			vendorCode: '10010',
			failedCall: 1,
			appliedIds: [],
		});
		expect(bad.description).toMatch(/ErrorCode 10010/);
	});
});
