// Administrators: list, add, remove through n8n's engine against the fake's state; Remove sends
// its accounts 100 per call and, as a must-not-repeat call, is never combined across items nor resent.
import {
	accountCredential,
	byId,
	fake,
	huaweiNode,
	pickerContext,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

useFake();

const admin = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('administrator', operation, params);
const ADMIN = /^\/v1\/usg\/dcs\/corp\/admin/;
const REMOVE = '/v1/usg/dcs/corp/admin/delete';
const accountsOf = (result: any) => result.output('Vendor').map((o: any) => o.json.account);
const member = (account: string) =>
	fake.addUser(account, { password: 'pw-member-1', admin: false, name: account });

describe('Administrator: a workflow sees whom it added and removed', () => {
	test('add → listed → remove → gone; the user stays', async () => {
		const { account: me, credentials } = accountCredential();
		member('dana@corp');
		const added = await runWorkflow(admin('add', { account: byId('dana@corp') }), {
			credentials,
		});
		expect(added.output('Vendor')[0].json).toMatchObject({
			success: true,
			account: 'dana@corp',
			accountType: 0,
		});
		expect(fake.calls('/v1/usg/dcs/corp/admin')[0]).toMatchObject({
			method: 'POST',
			query: { accountType: '0' },
			body: { account: 'dana@corp' },
		});

		const listed = await runWorkflow(admin('getAll', { returnAll: true }), { credentials });
		expect(accountsOf(listed)).toEqual(expect.arrayContaining([me, 'dana@corp']));
		expect(
			listed.output('Vendor').find((o: any) => o.json.account === 'dana@corp').json,
		).toMatchObject({ adminType: 1, name: 'dana@corp' });
		const searched = await runWorkflow(admin('getAll', { returnAll: true, searchKey: 'dana' }), {
			credentials,
		});
		expect(accountsOf(searched)).toEqual(['dana@corp']);

		// Remove's multi-select lists the administrators (SearchCorpAdmins).
		const { ctx, methods } = await pickerContext(credentials['cred-1'].data);
		expect(await methods.loadOptions.getAdmins.call(ctx)).toEqual(
			expect.arrayContaining([{ name: 'dana@corp (dana@corp)', value: 'dana@corp' }]),
		);

		const removed = await runWorkflow(admin('remove', { accounts: ['dana@corp'] }), {
			credentials,
		});
		expect(removed.output('Vendor')[0].json).toMatchObject({
			success: true,
			removed: 1,
			calls: 1,
			accounts: ['dana@corp'],
		});
		expect(fake.calls(REMOVE)[0]).toMatchObject({
			query: { accountType: '0' },
			body: ['dana@corp'],
		});
		const after = await runWorkflow(admin('getAll', { returnAll: true }), { credentials });
		expect(accountsOf(after)).not.toContain('dana@corp');
		expect(fake.users.has('dana@corp')).toBe(true);
		expect(secretScan(after)).toEqual([]);
	});

	test('Return All pages through 230 administrators, 100 per page', async () => {
		const { credentials } = accountCredential();
		for (let i = 0; i < 229; i++)
			fake.addUser(`pager-${i}@corp`, { password: 'pw-pager-1', adminType: 1 });
		const result = await runWorkflow(admin('getAll', { returnAll: true }), { credentials });
		const total = [...fake.users.values()].filter((u: any) => u.admin).length;
		expect(result.output('Vendor')).toHaveLength(total);
		expect(fake.calls('/v1/usg/dcs/corp/admin').map((c: any) => c.query.limit)).toEqual(
			Array.from({ length: Math.ceil(total / 100) }, () => '100'),
		);
	});

	test("adding an unknown account fails with Huawei's code, naming the item", async () => {
		const { credentials } = accountCredential();
		const wf = admin('add', { account: '={{ { __rl: true, mode: "id", value: $json.a } }}' });
		wf.nodes[1].onError = 'continueRegularOutput';
		member('eve@corp');
		const result = await runWorkflow(wf, {
			credentials,
			items: [{ json: { a: 'eve@corp' } }, { json: { a: 'nobody@corp' } }],
		});
		const [ok, bad] = result.output('Vendor');
		expect(ok.json).toMatchObject({ success: true, account: 'eve@corp' });
		expect(bad.json.error).toBe(
			'Huawei Cloud Meeting error USG.000010016: account nobody@corp does not exist',
		);
	});
});

describe('Administrator: Remove, 100 per call, never combined, never resent', () => {
	test('two items of 150 and 60 accounts: 2 + 1 calls, each item its own', async () => {
		const { credentials } = accountCredential();
		const lists = [150, 60].map((n, i) =>
			Array.from({ length: n }, (_, k) => {
				const account = `rm-${i}-${k}@corp`;
				fake.addUser(account, { password: 'pw-rm-1', adminType: 1 });
				return account;
			}),
		);
		const result = await runWorkflow(admin('remove', { accounts: '={{ $json.accounts }}' }), {
			credentials,
			items: lists.map((accounts) => ({ json: { accounts } })),
		});
		expect(result.output('Vendor').map((o: any) => [o.json.removed, o.json.calls])).toEqual([
			[150, 2],
			[60, 1],
		]);
		// Items may go out side by side: which call came first is not the point.
		expect(
			fake
				.calls(REMOVE)
				.map((c: any) => c.body.length)
				.sort(),
		).toEqual([100, 50, 60].sort());
		expect(lists.flat().some((a) => fake.users.get(a).admin)).toBe(false);
	});

	test('a remove that meets HTTP 500 is reported, never resent', async () => {
		const { credentials } = accountCredential();
		fake.addUser('keep@corp', { password: 'pw-keep-1', adminType: 1 });
		fake.inject({ kind: 'status', status: 500, path: /admin\/delete$/, body: {} });
		const result = await runWorkflow(admin('remove', { accounts: 'keep@corp' }), { credentials });
		expect(result.status).toBe('error');
		expect(fake.calls(REMOVE)).toHaveLength(1);
	});

	test('the default administrator cannot be removed (Huawei refuses, all or nothing)', async () => {
		const { account: me, credentials } = accountCredential();
		fake.addUser('other@corp', { password: 'pw-other-1', adminType: 1 });
		const result = await runWorkflow(admin('remove', { accounts: ['other@corp', me] }), {
			credentials,
		});
		expect(result.nodeError('Vendor').message).toBe(
			'Huawei Cloud Meeting error USG.000010402: the default administrator cannot be removed',
		);
		expect(fake.users.get('other@corp').admin).toBe(true);
	});
});

describe('Administrator: bad input is refused before anything is sent', () => {
	test.each([
		[
			'no accounts to remove',
			'remove',
			{ accounts: '={{ [] }}' },
			/^Administrators in item 1: at least one account is required/,
		],
		['an account with a slash', 'add', { account: byId('a/b') }, /^User in item 1: must not/],
		[
			'a search key over 128 characters',
			'getAll',
			{ searchKey: 'k'.repeat(129) },
			/^Search Key in item 1: is longer than 128 characters/,
		],
	])('%s', async (_what, operation, params, message) => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(admin(operation, params), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.calls(ADMIN)).toHaveLength(0);
	});
});
