// The credential test (the node's `testedBy`) as the n8n editor runs it.
import {
	allSecrets,
	findSecrets,
	accountCredential,
	appCredential,
	fake,
	secret,
	testCredential,
	useFake,
} from './setup';

useFake();

describe('credential test (as the n8n editor runs it)', () => {
	test('OK with a valid account and password', async () => {
		const { credentials } = accountCredential();
		expect(await testCredential('huaweiCloudMeetingApi', credentials['cred-1'].data)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(fake.tokenCalls()).toHaveLength(1);
		expect(fake.calls('/v1/usg/dcs/corp/vmr')[0].query).toEqual({ offset: '0', limit: '1' });
	});

	test('OK with a valid App ID (SP mode)', async () => {
		const { credentials } = appCredential({ sp: true });
		expect(await testCredential('huaweiCloudMeetingApi', credentials['cred-1'].data)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
	});

	test("Error with Huawei's message when the password is wrong", async () => {
		const { credentials } = accountCredential();
		const wrong = secret('not-the-password');
		const result = await testCredential('huaweiCloudMeetingApi', {
			...credentials['cred-1'].data,
			password: wrong,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/USG\.000000003: Incorrect account or password/);
		expect(findSecrets([result], allSecrets())).toEqual([]);
	});

	test('a wrong password fails even with a working token saved in the credential', async () => {
		const { credentials } = accountCredential();
		const { data } = credentials['cred-1'];
		expect((await testCredential('huaweiCloudMeetingApi', data)).status).toBe('OK');
		const saved = fake.calls('/v1/usg/dcs/corp/vmr')[0].headers['x-access-token'];
		const result = await testCredential('huaweiCloudMeetingApi', {
			...data,
			password: secret('edited-wrong'),
			accessToken: saved,
		});
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^Huawei Cloud Meeting error USG\.000000003: Incorrect account or password\. Check the credential.*\(HTTP 401, request ID /,
			),
		});
		expect(fake.calls('/v1/usg/dcs/corp/vmr')).toHaveLength(1);
	});

	test('every test fetches a fresh token: a password changed at Huawei fails although a token is cached', async () => {
		const { credentials } = accountCredential();
		const { data } = credentials['cred-1'];
		expect((await testCredential('huaweiCloudMeetingApi', data)).status).toBe('OK');
		fake.users.get(data.account).password = secret('changed-at-huawei');
		expect((await testCredential('huaweiCloudMeetingApi', data)).message).toMatch(/USG\.000000003/);
		expect(fake.tokenCalls()).toHaveLength(2);
	});

	test("a 200 that says failure (no administrator rights on the listing) fails with Huawei's code", async () => {
		const { credentials } = accountCredential();
		fake.inject({
			kind: 'status',
			status: 200,
			body: { error_code: 'USG.000000017', error_msg: 'No permission', request_id: 'rid-17' },
			path: /corp\/vmr/,
		});
		const result = await testCredential('huaweiCloudMeetingApi', credentials['cred-1'].data);
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^Huawei Cloud Meeting error USG\.000000017: No permission.*request ID rid-17/,
			),
		});
	});
});
