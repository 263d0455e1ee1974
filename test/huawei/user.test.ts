// Users: create, get, list, update, disable, enable, delete, and the "From list" picker.
import { huaweiAddUser, shapeProblems } from '../fixtures/officialRequests';
import {
	accountCredential,
	appCredential,
	byId,
	fake,
	huaweiNode,
	pickerContext,
	runWorkflow,
	secret,
	secretScan,
	useFake,
} from './setup';

useFake();

const user = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('user', operation, params);
const MEMBER = /^\/v1\/usg\/dcs\/corp\/member/;

describe('User: create, get, update', () => {
	test('create sends AddUser, the password never shows; get and update round-trip', async () => {
		const { credentials } = accountCredential();
		const pwd = secret('first');
		const created = await runWorkflow(
			user('create', {
				name: 'Carol',
				additionalFields: { account: 'carol@corp', email: 'carol@mail.example', pwd, title: 'Ops' },
			}),
			{ credentials },
		);
		expect(created.status).toBe('success');
		const call = fake.calls('/v1/usg/dcs/corp/member')[0];
		expect(call).toMatchObject({
			method: 'POST',
			body: {
				name: 'Carol',
				account: 'carol@corp',
				email: 'carol@mail.example',
				pwd,
				title: 'Ops',
			},
		});
		expect(created.output('Vendor')[0].json).toMatchObject({
			userAccount: 'carol@corp',
			name: 'Carol',
			status: 0,
		});
		expect(secretScan(created)).toEqual([]);

		const got = await runWorkflow(user('get', { account: byId('carol@corp') }), { credentials });
		expect(got.output('Vendor')[0].json).toMatchObject({ userAccount: 'carol@corp', title: 'Ops' });
		expect(fake.calls(/member\/carol%40corp$/)[0].query).toEqual({ accountType: '0' });

		const updated = await runWorkflow(
			user('update', {
				account: byId('carol@corp'),
				updateFields: { title: 'Lead', phone: '+8613800000000', country: 'chinaPR' },
			}),
			{ credentials },
		);
		expect(updated.status).toBe('success');
		expect(fake.calls(/member\/carol%40corp$/).at(-1)).toMatchObject({
			method: 'PUT',
			body: { title: 'Lead', phone: '+8613800000000', country: 'chinaPR' },
		});
		expect(fake.users.get('carol@corp').title).toBe('Lead');
	});

	test('Send Notification off sends sendNotify "0", the string Huawei documents (a JSON false would notify); on leaves it out', async () => {
		const { credentials } = accountCredential();
		const quiet = await runWorkflow(
			user('create', {
				name: 'Quiet',
				additionalFields: { account: 'quiet@corp', email: 'q@mail.example', sendNotify: false },
			}),
			{ credentials },
		);
		expect(quiet.status).toBe('success');
		const loud = await runWorkflow(
			user('create', {
				name: 'Loud',
				additionalFields: { account: 'loud@corp', email: 'l@mail.example', sendNotify: true },
			}),
			{ credentials },
		);
		expect(loud.status).toBe('success');
		const [first, second] = fake.calls('/v1/usg/dcs/corp/member').map((c: any) => c.body);
		expect(first).toEqual({
			name: 'Quiet',
			account: 'quiet@corp',
			email: 'q@mail.example',
			sendNotify: '0',
		});
		expect(second).toEqual({ name: 'Loud', account: 'loud@corp', email: 'l@mail.example' });
		for (const body of [first, second]) expect(shapeProblems(body, huaweiAddUser)).toEqual([]);
		expect(fake.notified).toContain('loud@corp');
		expect(fake.notified).not.toContain('quiet@corp');
	});

	test('App ID credentials address users by third-party user ID (accountType 1)', async () => {
		const { credentials } = appCredential();
		fake.addThirdPartyUser('ext-42', { name: 'Dan' });
		const got = await runWorkflow(user('get', { account: byId('ext-42') }), { credentials });
		expect(got.output('Vendor')[0].json).toMatchObject({ thirdAccount: 'ext-42', name: 'Dan' });
		expect(fake.calls(/member\/ext-42$/)[0].query).toEqual({ accountType: '1' });
	});

	test.each([
		[
			'no name',
			() => user('create', { name: ' ', additionalFields: { email: 'a@b.c' } }),
			/^Name in item 1: a name is required/,
		],
		[
			'neither email nor phone',
			() => user('create', { name: 'X' }),
			/^Additional Fields › email or phone: Huawei requires one of the two \(item 1\)/,
		],
		[
			'a phone without country',
			() => user('create', { name: 'X', additionalFields: { phone: '+8613800000000' } }),
			/country: is required with a phone number/,
		],
		[
			'an all-digit account',
			() => user('create', { name: 'X', additionalFields: { account: '12345', email: 'a@b.c' } }),
			/account: must be up to 64/,
		],
		[
			'a short password',
			() => user('create', { name: 'X', additionalFields: { email: 'a@b.c', pwd: '123' } }),
			/password: must be 6 to 32 characters/,
		],
		[
			'a sort level of 0',
			() => user('update', { account: byId('x'), updateFields: { sortLevel: 0 } }),
			/sortLevel: must be 1 to 10000/,
		],
		[
			'an update with no field',
			() => user('update', { account: byId('x'), updateFields: {} }),
			/add at least one field/,
		],
		[
			'an account with a slash',
			() => user('get', { account: byId('a/b') }),
			/^User in item 1: must not contain "\/"/,
		],
	])('%s is refused before anything is sent', async (_name, workflow, message) => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(workflow(), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('User: disable, enable, delete, list', () => {
	function members(prefix: string, n: number) {
		const list = Array.from({ length: n }, (_, k) => `${prefix}-${k}@corp`);
		for (const a of list) fake.addUser(a, { password: 'x-password-1', admin: false });
		return list;
	}

	test('230 accounts are disabled in calls of 100, 100, 30; a disabled user shows as disabled and cannot sign in; enable undoes it', async () => {
		const { credentials } = accountCredential();
		const list = members('off', 230);
		const result = await runWorkflow(user('disable', { accounts: '={{ $json.accounts }}' }), {
			credentials,
			items: [{ json: { accounts: list } }],
		});
		expect(result.output('Vendor')[0].json).toMatchObject({
			success: true,
			disabled: 230,
			calls: 3,
			accountType: 0,
		});
		const calls = fake.calls(/member\/status\/1$/);
		expect(calls.map((c: any) => [c.method, c.body.length, c.query.accountType])).toEqual([
			['PUT', 100, '0'],
			['PUT', 100, '0'],
			['PUT', 30, '0'],
		]);
		const listed = await runWorkflow(
			user('getAll', { returnAll: true, searchKey: 'off-', userStatus: 1 }),
			{ credentials },
		);
		expect(listed.output('Vendor')).toHaveLength(230);
		expect(
			fake
				.calls(MEMBER)
				.filter((c: any) => c.method === 'GET')
				.every((c: any) => c.query.status === '1'),
		).toBe(true);
		const signIn = await runWorkflow(user('getAll', { limit: 1 }), {
			credentials: {
				'cred-1': {
					type: 'huaweiCloudMeetingApi',
					data: {
						authMode: 'account',
						account: 'off-0@corp',
						password: 'x-password-1',
						baseUrl: fake.url,
					},
				},
			},
		});
		expect(signIn.nodeError('Vendor').message).toMatch(
			/USG.000000042: The account has been disabled/,
		);

		await runWorkflow(user('enable', { accounts: list.slice(0, 2).join('\n') }), { credentials });
		expect(fake.calls(/member\/status\/0$/)[0].body).toEqual(list.slice(0, 2));
		expect(fake.users.get('off-0@corp').state).toBe('ok');
	});

	test('delete removes users; a failed chunk names applied, not applied and uncertain accounts', async () => {
		const { credentials } = accountCredential();
		const list = members('gone', 150);
		fake.inject({
			kind: 'status',
			status: 400,
			path: /member\/delete$/,
			times: 1,
			body: { error_code: 'USG.000010016', error_msg: 'account does not exist' },
		});
		const wf = user('delete', { accounts: '={{ $json.accounts }}' });
		const failed = await runWorkflow(wf, { credentials, items: [{ json: { accounts: list } }] });
		expect(failed.nodeError('Vendor').context).toMatchObject({
			failedCall: 1,
			calls: 2,
			appliedIds: [],
			uncertainIds: [],
			vendorCode: 'USG.000010016',
		});
		expect(failed.nodeError('Vendor').context.notAppliedIds).toHaveLength(150);
		const ok = await runWorkflow(wf, { credentials, items: [{ json: { accounts: list } }] });
		expect(ok.output('Vendor')[0].json).toMatchObject({ deleted: 150, calls: 2 });
		expect(list.some((a) => fake.users.has(a))).toBe(false);
	});

	test.each([
		[
			'no accounts',
			'disable',
			{ accounts: '={{ $json.nothing }}' },
			/^Accounts in item 1: at least one account is required/,
		],
		['a zero limit', 'getAll', { limit: 0 }, /^Limit in item 1: must be at least 1/],
		['a bad status', 'getAll', { userStatus: 3 }, /^Status in item 1: must be 0/],
	])('%s is refused before anything is sent', async (_n, operation, params, message) => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(user(operation, params), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});

	test('the "From list" picker searches users and pages with a token', async () => {
		const { credentials } = accountCredential();
		members('pick', 60);
		const { ctx, methods } = await pickerContext(credentials['cred-1'].data);
		const first = await methods.listSearch.searchUsers.call(ctx, 'pick-');
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: 'pick-0@corp (pick-0@corp)', value: 'pick-0@corp' });
		const second = await methods.listSearch.searchUsers.call(ctx, 'pick-', first.paginationToken);
		expect(second.results).toHaveLength(10);
		expect(second.paginationToken).toBeUndefined();
		expect(fake.calls(MEMBER).map((c: any) => c.query.searchKey)).toEqual(['pick-', 'pick-']);
	});
});
