// User → Reset Password (ResetPwdByAdmin): Huawei makes up the new password and sends it to the
// user; it appears nowhere in a run — not in outputs, errors, Dry Run or logs — and a reset is
// never sent twice (each one sends the user another password).
import {
	accountCredential,
	byId,
	fake,
	findSecrets,
	huaweiNode,
	runSurface,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

useFake();

const RESET = '/v1/usg/acs/password/admin/reset';
const reset = (params: Record<string, unknown> = {}) => huaweiNode('user', 'resetPassword', params);
const member = (account: string) =>
	fake.addUser(account, { password: `old-${account}-pw`, admin: false });
/** The passwords Huawei sent to `account`, newest last. */
const sentTo = (account: string) =>
	(fake.passwordNotices ?? [])
		.filter((n: any) => n.account === account)
		.map((n: any) => n.password);

test('a reset sends only the account; the user gets a new password the run never shows', async () => {
	const { credentials } = accountCredential();
	member('frank@corp');
	const result = await runWorkflow(reset({ account: byId('frank@corp') }), { credentials });
	expect(result.status).toBe('success');
	expect(fake.calls(RESET)).toHaveLength(1);
	expect(fake.calls(RESET)[0]).toMatchObject({ method: 'PUT', body: { account: 'frank@corp' } });
	expect(Object.keys(fake.calls(RESET)[0].body)).toEqual(['account']);
	const [fresh] = sentTo('frank@corp');
	expect(fake.users.get('frank@corp').password).toBe(fresh);
	expect(fresh).not.toBe('old-frank@corp-pw');
	expect(Object.keys(result.output('Vendor')[0].json).sort()).toEqual(
		['account', 'notified', 'requestId', 'success'].sort(),
	);
	expect(findSecrets(runSurface(result), [fresh])).toEqual([]);
	expect(secretScan(result)).toEqual([]);
});

test("nothing of Huawei's answer reaches the output, so a password in an answer never would", async () => {
	const { credentials } = accountCredential();
	member('gina@corp');
	const leaked = 'Leaked-Pa55word-9f3c';
	fake.inject({
		kind: 'status',
		status: 200,
		path: /password\/admin\/reset$/,
		body: { account: 'gina@corp', newPassword: leaked, pwd: leaked },
	});
	const result = await runWorkflow(reset({ account: byId('gina@corp') }), { credentials });
	expect(result.status).toBe('success');
	expect(findSecrets(runSurface(result), [leaked])).toEqual([]);
});

test('a reset that meets a connection reset is reported, never resent', async () => {
	const { credentials } = accountCredential();
	member('hal@corp');
	fake.inject({ kind: 'reset', path: /password\/admin\/reset$/ });
	const result = await runWorkflow(reset({ account: byId('hal@corp') }), { credentials });
	expect(result.status).toBe('error');
	expect(fake.calls(RESET)).toHaveLength(1);
	expect(sentTo('hal@corp')).toHaveLength(0);
});

test("an unknown account fails with Huawei's code, naming the item; other items go on", async () => {
	const { credentials } = accountCredential();
	member('ivy@corp');
	const wf = reset({ account: '={{ { __rl: true, mode: "id", value: $json.a } }}' });
	wf.nodes[1].onError = 'continueRegularOutput';
	const result = await runWorkflow(wf, {
		credentials,
		items: [{ json: { a: 'nobody@corp' } }, { json: { a: 'ivy@corp' } }],
	});
	const [bad, ok] = result.output('Vendor');
	expect(bad.json.error).toBe(
		'Huawei Cloud Meeting error USG.000010016: account nobody@corp does not exist',
	);
	expect(ok.json).toMatchObject({ success: true, account: 'ivy@corp' });
	const fresh = sentTo('ivy@corp');
	expect(fresh).toHaveLength(1);
	expect(findSecrets(runSurface(result), fresh)).toEqual([]);
});

test('Dry Run shows the planned reset (the account only) and sends nothing', async () => {
	const { credentials } = accountCredential();
	member('jo@corp');
	const result = await runWorkflow(
		reset({ account: byId('jo@corp'), options: { retryDelayMs: 5, dryRun: true } }),
		{ credentials },
	);
	expect(result.status).toBe('success');
	expect(fake.requests).toHaveLength(0);
	expect(result.output('Vendor')[0].json).toEqual({
		dryRun: true,
		sent: false,
		calls: [
			{
				call: 1,
				sharedBy: 1,
				method: 'PUT',
				path: RESET,
				body: { account: 'jo@corp' },
				idempotent: false,
			},
		],
	});
	expect(fake.users.get('jo@corp').password).toBe('old-jo@corp-pw');
});

test('a bad account is refused before anything is sent', async () => {
	const { credentials } = accountCredential();
	const result = await runWorkflow(reset({ account: byId('../admin') }), { credentials });
	expect(result.nodeError('Vendor').message).toMatch(/^User in item 1: must not contain/);
	expect(fake.calls(RESET)).toHaveLength(0);
});
