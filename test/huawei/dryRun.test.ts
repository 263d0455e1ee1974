// Dry Run (Options → Dry Run) through n8n's engine: every item checked, every call planned and
// shown per item, nothing sent — not even a token request.
import {
	accountCredential,
	fake,
	huaweiNode,
	runWorkflow,
	secret,
	secretScan,
	useFake,
} from './setup';

useFake();

const dry = (
	operation: string,
	params: Record<string, unknown>,
	options: Record<string, unknown> = {},
) =>
	huaweiNode('user', operation, {
		...params,
		options: { retryDelayMs: 5, dryRun: true, ...options },
	});

test('Delete Users over 500 items: nothing reaches Huawei (no token either), each item shows its planned call', async () => {
	const { credentials } = accountCredential();
	const items = Array.from({ length: 500 }, (_, i) => ({ json: { account: `leaver${i}@corp` } }));
	for (const { json } of items)
		fake.addUser(json.account, { password: 'x'.repeat(12), admin: false });
	const result = await runWorkflow(dry('delete', { accounts: '={{ $json.account }}' }), {
		credentials,
		items,
	});
	expect(result.status).toBe('success');
	expect(fake.requests).toHaveLength(0);
	expect(fake.tokenCalls()).toHaveLength(0);
	const out = result.output('Vendor');
	expect(out).toHaveLength(500);
	expect(out.map((o: any) => o.pairedItem.item)).toEqual(items.map((_, i) => i));
	// Delete must not arrive twice, so it is never combined: one call per item, shared by nobody.
	out.forEach((o: any, i: number) =>
		expect(o.json).toEqual({
			dryRun: true,
			sent: false,
			calls: [
				{
					call: i + 1,
					sharedBy: 1,
					method: 'POST',
					path: '/v1/usg/dcs/corp/member/delete',
					qs: { accountType: 0 },
					body: [`leaver${i}@corp`],
					idempotent: false,
				},
			],
		}),
	);
	expect([...fake.users.keys()].filter((a) => a.startsWith('leaver'))).toHaveLength(500);
});

test('an item of 250 accounts plans its 3 calls of at most 100; a bad item fails as in a real run, still sending nothing', async () => {
	const { credentials } = accountCredential();
	const many = Array.from({ length: 250 }, (_, i) => `m${i}`);
	const ok = await runWorkflow(dry('delete', { accounts: '={{ $json.accounts }}' }), {
		credentials,
		items: [{ json: { accounts: many } }],
	});
	expect(ok.output('Vendor')[0].json.calls.map((c: any) => [c.call, c.body.length])).toEqual([
		[1, 100],
		[2, 100],
		[3, 50],
	]);
	const bad = await runWorkflow(dry('delete', { accounts: '={{ $json.accounts }}' }), {
		credentials,
		items: [{ json: { accounts: ['a'] } }, { json: { accounts: [] } }],
	});
	expect(bad.nodeError('Vendor').message).toMatch(
		/^Accounts in item 2: at least one account is required/,
	);
	expect(fake.requests).toHaveLength(0);
});

test('combined calls are named as shared: 250 disable items plan 3 calls of 100, 100 and 50 items', async () => {
	const { credentials } = accountCredential();
	const items = Array.from({ length: 250 }, (_, i) => ({ json: { account: `d${i}` } }));
	const result = await runWorkflow(dry('disable', { accounts: '={{ $json.account }}' }), {
		credentials,
		items,
	});
	expect(fake.requests).toHaveLength(0);
	const calls = result.output('Vendor').map((o: any) => o.json.calls);
	expect(calls.every((c: any) => c.length === 1)).toBe(true);
	expect(calls.map((c: any) => [c[0].call, c[0].sharedBy])).toEqual(
		items.map((_, i) => (i < 100 ? [1, 100] : i < 200 ? [2, 100] : [3, 50])),
	);
	expect(calls[0][0]).toMatchObject({
		method: 'PUT',
		path: '/v1/usg/dcs/corp/member/status/1',
		qs: { accountType: 0 },
		idempotent: true,
	});
	expect(calls[0][0].body).toEqual(items.slice(0, 100).map((i) => i.json.account));
	// The same planned call, not a copy per item.
	expect(calls[1][0]).toBe(calls[0][0]);
});

test('a planned body is scrubbed of secrets (a first password), and a Create is planned, not sent', async () => {
	const { credentials } = accountCredential();
	const pwd = secret('first');
	const result = await runWorkflow(
		dry('create', {
			name: 'Dana',
			additionalFields: { account: 'dana@corp', email: 'd@mail.example', pwd },
		}),
		{ credentials },
	);
	expect(fake.requests).toHaveLength(0);
	const [call] = result.output('Vendor')[0].json.calls;
	expect(call).toMatchObject({
		method: 'POST',
		path: '/v1/usg/dcs/corp/member',
		body: { name: 'Dana', account: 'dana@corp' },
		idempotent: false,
	});
	expect(JSON.stringify(call)).not.toContain(pwd);
	expect(secretScan(result)).toEqual([]);
});

test('a listing plans its first page and says later pages need the answer', async () => {
	const { credentials } = accountCredential();
	const result = await runWorkflow(dry('getAll', { returnAll: true }), { credentials });
	expect(fake.requests).toHaveLength(0);
	const [item] = result.output('Vendor');
	expect(item.json).toMatchObject({
		dryRun: true,
		sent: false,
		laterCallsNeedAnswers: true,
		calls: [{ call: 1, sharedBy: 1, method: 'GET', path: '/v1/usg/dcs/corp/member' }],
	});
	expect(item.json.calls).toHaveLength(1);
});
