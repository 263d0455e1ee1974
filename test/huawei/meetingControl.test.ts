// Meeting control (lock, unlock, mute all, unmute all) with the conference token.
import {
	accountCredential,
	allSecrets,
	byId,
	fake,
	findSecrets,
	huaweiNode,
	pickerContext,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

useFake();

const meeting = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('meeting', operation, params);
const TOKEN = '/v1/mmc/control/conferences/token';

describe('Meeting control with the conference token', () => {
	const control = (operation: string, conferenceID: string, chairPassword: string) =>
		meeting(operation, { conferenceId: byId(conferenceID), chairPassword });

	test('lock, mute all, unmute all, unlock: one conference token for the meeting, sent as X-Conference-Authorization', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ chairPwd: 'chair-5550123' });
		for (const [operation, check] of [
			['lock', () => m.locked],
			['muteAll', () => m.muted],
			['unmuteAll', () => !m.muted],
			['unlock', () => !m.locked],
		] as const) {
			const result = await runWorkflow(control(operation, m.conferenceID, 'chair-5550123'), {
				credentials,
			});
			expect(result.status).toBe('success');
			expect(check()).toBe(true);
			expect(secretScan(result)).toEqual([]);
			expect(findSecrets([result.output('Vendor')], ['chair-5550123'])).toEqual([]);
		}
		const [tokenCall, ...rest] = fake.calls(/^\/v1\/mmc\/control\//);
		expect(tokenCall).toMatchObject({
			method: 'GET',
			path: TOKEN,
			query: { conferenceID: m.conferenceID },
		});
		expect(tokenCall.headers).toMatchObject({ 'x-password': 'chair-5550123', 'x-login-type': '1' });
		expect(tokenCall.headers['x-access-token']).toBeUndefined();
		expect(rest.map((c: any) => [c.path.split('/').pop(), c.body])).toEqual([
			['lock', { isLock: 1 }],
			['mute', { isMute: 1 }],
			['mute', { isMute: 0 }],
			['lock', { isLock: 0 }],
		]);
		expect(
			rest.every((c: any) => fake.conferenceTokens.has(c.headers['x-conference-authorization'])),
		).toBe(true);
		expect(fake.conferenceTokenCalls()).toHaveLength(1);
		expect(fake.tokenCalls()).toHaveLength(0);
	});

	test('an expired conference token is renewed once and the call succeeds', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ chairPwd: 'chair-7770001' });
		await runWorkflow(control('lock', m.conferenceID, 'chair-7770001'), { credentials });
		fake.expireTokens();
		const result = await runWorkflow(control('muteAll', m.conferenceID, 'chair-7770001'), {
			credentials,
		});
		expect(result.status).toBe('success');
		expect(fake.conferenceTokenCalls()).toHaveLength(2);
	});

	test.each([
		[
			'a wrong chair password',
			{},
			'wrong-chair-01',
			/MMC.111071001: The conference password is incorrect/,
		],
		[
			'a meeting that has not started',
			{ start: Date.now() + 3600000 },
			'chair-9990001',
			/MMC.111071030: The conference has not started/,
		],
	])(
		'%s fails clearly, nothing is controlled and the password shows nowhere',
		async (_n, options, given, message) => {
			const { credentials } = accountCredential();
			const m = fake.addMeeting({ chairPwd: 'chair-9990001', ...options });
			const result = await runWorkflow(control('lock', m.conferenceID, given), { credentials });
			const error = result.nodeError('Vendor');
			expect(error.message).toMatch(message);
			expect(error.description).toMatch(/chair \(host\) password/);
			expect(m.locked).toBe(false);
			expect(fake.calls('/v1/mmc/control/conferences/lock')).toHaveLength(0);
			// Everything the node reports: message, description, context, stack. (n8n's error object also
			// references the node definition, whose parameters hold the password field as saved.)
			const reported = [
				error.message,
				error.description,
				error.context,
				error.stack,
				error.messages,
			];
			expect(findSecrets(reported, [given, 'chair-9990001', ...allSecrets()])).toEqual([]);
		},
	);

	test('the "From list" picker lists meetings that have not ended', async () => {
		const { credentials } = accountCredential();
		const m = fake.addMeeting({ subject: 'Picker meeting' });
		const { ctx, methods } = await pickerContext(credentials['cred-1'].data);
		const found = await methods.listSearch.searchMeetings.call(ctx, 'Picker');
		expect(found.results).toEqual([
			{ name: expect.stringContaining('Picker meeting'), value: m.conferenceID },
		]);
	});
});
