// Account: import (multiaccount_import), check, setGlobalMute / getGlobalMute (openconfigsvr).
import { accounts, continueOnFail, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('account');

describe('Account: Import, Check', () => {
	test('import goes 100 per call; check then says Imported / NotImported per account', async () => {
		const { credentials } = newApp();
		const list = accounts(150, 'imp');
		const imported = await run(wf('import', { accountIds: '={{ $json.a }}' }), {
			credentials,
			items: [{ json: { a: list } }],
		});
		expect(jsonOf(imported)).toEqual([{ imported: 150, calls: 2, accountIds: list }]);
		expect(ctx.fake.businessCalls().map((r: any) => [r.path, r.body.Accounts.length])).toEqual([
			['/v4/im_open_login_svc/multiaccount_import', 100],
			['/v4/im_open_login_svc/multiaccount_import', 50],
		]);
		const checked = await run(wf('check', { accountIds: 'imp0, nobody' }), { credentials });
		expect(jsonOf(checked)).toEqual([
			{ accountId: 'imp0', imported: true, accountStatus: 'Imported' },
			{ accountId: 'nobody', imported: false, accountStatus: 'NotImported' },
		]);
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({
			CheckItem: [{ UserID: 'imp0' }, { UserID: 'nobody' }],
		});
	});

	test('accounts in FailAccounts fail the item, named', async () => {
		const { credentials } = newApp();
		const result = await run(wf('import', { accountIds: 'good, bad\u00e9' }), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(
			/^Tencent Cloud Chat error 70402: 1 of 2 accounts to import failed \(badé: 70402\)/,
		);
		expect(ctx.fake.accounts.has('good')).toBe(true);
	});
});

describe('Account: Set / Get Global Mute', () => {
	test('mutes group messages app-wide (C2C untouched), reads it back, and the sender is refused in groups', async () => {
		const { credentials } = newApp();
		ctx.fake.importAccounts('spammer');
		const set = await run(
			wf('setGlobalMute', { accountId: 'spammer', muteTime: 3600, scope: ['group'] }),
			{ credentials },
		);
		expect(jsonOf(set)).toEqual([{ accountId: 'spammer', groupMuteTime: 3600 }]);
		expect(ctx.fake.businessCalls()[0]).toMatchObject({
			path: '/v4/openconfigsvr/setnospeaking',
			body: { Set_Account: 'spammer', GroupmsgNospeakingTime: 3600 },
		});
		expect(ctx.fake.businessCalls()[0].body.C2CmsgNospeakingTime).toBeUndefined();
		const got = await run(wf('getGlobalMute', { accountId: 'spammer' }), { credentials });
		expect(jsonOf(got)[0]).toMatchObject({ accountId: 'spammer', c2cMuteTime: 0 });
		expect(jsonOf(got)[0].groupMuteTime).toBeGreaterThan(3500);
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({ Get_Account: 'spammer' });
		const groupId = newGroup();
		const send = await run(
			workflowFor('groupMessage')('send', {
				groupId,
				text: 'buy',
				messageOptions: { fromAccount: 'spammer' },
			}),
			{ credentials },
		);
		expect(send.nodeError('Vendor').message).toMatch(/10017/);
		await run(wf('setGlobalMute', { accountId: 'spammer', muteTime: 0, scope: ['group', 'c2c'] }), {
			credentials,
		});
		expect(ctx.fake.businessCalls().at(-1).body).toEqual({
			Set_Account: 'spammer',
			C2CmsgNospeakingTime: 0,
			GroupmsgNospeakingTime: 0,
		});
	});

	test('an account that was not imported: 70107 with advice', async () => {
		const { credentials } = newApp();
		const result = await run(
			wf('setGlobalMute', { accountId: 'ghost', muteTime: 60, scope: ['group'] }),
			{ credentials },
		);
		expect(result.nodeError('Vendor').description).toMatch(
			/ErrorCode 70107: The account was not imported/,
		);
	});
});

describe('bad input is refused before anything is sent', () => {
	const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
		[
			'import: an ID over 32 bytes',
			'import',
			{ accountIds: `ok, ${'x'.repeat(33)}` },
			/Account IDs \(entry 2\) in item 1: an account is longer than 32 characters/,
		],
		[
			'check: none',
			'check',
			{ accountIds: '={{ [] }}' },
			/Account IDs in item 1: at least one account is required/,
		],
		[
			'setGlobalMute: no scope',
			'setGlobalMute',
			{ accountId: 'a', muteTime: 5, scope: '={{ [] }}' },
			/Applies To in item 1: choose group messages/,
		],
		[
			'setGlobalMute: over 32 bits',
			'setGlobalMute',
			{ accountId: 'a', muteTime: 4294967296, scope: ['group'] },
			/Mute Time \(Seconds\) in item 1/,
		],
		[
			'getGlobalMute: empty account',
			'getGlobalMute',
			{ accountId: '={{ "" }}' },
			/Account ID in item 1: .*required/,
		],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const result = await run(wf(operation, params), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('import: 250 one-account items take 3 calls; an account in FailAccounts fails its own item only', async () => {
		const { credentials } = newApp();
		const list = accounts(250, 'i');
		list[100] = 'bad\u00e9';
		const result = await run(continueOnFail(wf('import', { accountIds: '={{ $json.a }}' })), {
			credentials,
			items: list.map((a) => ({ json: { a } })),
		});
		const out = jsonOf(result);
		expect(out.map((j, i) => (j.error ? i : -1)).filter((i) => i >= 0)).toEqual([100]);
		expect(out[100].error).toMatch(/1 of 1 accounts to import failed \(bad\u00e9: 70402\)/);
		expect(out[99]).toEqual({ imported: 1, calls: 1, accountIds: ['i99'] });
		expect(ctx.fake.businessCalls().map((r: any) => r.body.Accounts.length)).toEqual([
			100, 100, 50,
		]);
	});
});
