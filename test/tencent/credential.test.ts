// The credential: UserSig generation (byte-compatible with Tencent's library), caching and renewal, and the credential test.
import * as path from 'node:path';
import * as zlib from 'node:zlib';

import { ALONE, PACKAGE_DIR, testCredential, useFake, workflowFor } from './setup';

const { ctx, seen, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');

describe('UserSig', () => {
	test("compatible with Tencent's tls-sig-api-v2: same JSON and TLS.sig for the same inputs and time", () => {
		const { genUserSig, zlibStored } = require(
			path.join(PACKAGE_DIR, 'dist/credentials/common/tencent.js'),
		); // eslint-disable-line @typescript-eslint/no-require-imports
		const TLSSigAPIv2 = require('tls-sig-api-v2'); // eslint-disable-line @typescript-eslint/no-require-imports
		const inflate = (sig: string) =>
			JSON.parse(
				zlib
					.inflateSync(
						Buffer.from(sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64'),
					)
					.toString(),
			);
		const now = 1700000123456;
		const realNow = Date.now;
		Date.now = () => now;
		let official: string;
		try {
			official = new TLSSigAPIv2.Api(1400123456, 'a1b2c3d4e5f6secret-key-value').genUserSig(
				'administrator',
				86400,
			);
		} finally {
			Date.now = realNow;
		}
		const ours = genUserSig(
			1400123456,
			'a1b2c3d4e5f6secret-key-value',
			'administrator',
			86400,
			now / 1000,
		);
		expect(inflate(ours)).toEqual(inflate(official));
		expect(JSON.stringify(inflate(ours))).toBe(JSON.stringify(inflate(official)));
		expect(inflate(ours)['TLS.sig']).toBe(inflate(official)['TLS.sig']);
		expect(inflate(ours)['TLS.time']).toBe(1700000123);
		expect(/^[A-Za-z0-9*_-]+$/.test(ours)).toBe(true);
		// The stored-block writer also holds data longer than one block (65535 bytes).
		const big = Buffer.from('x'.repeat(150000) + 'end');
		expect(zlib.inflateSync(zlibStored(big)).equals(big)).toBe(true);
	});

	test('one signature serves many items; every request has its own random', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const items = Array.from({ length: 12 }, (_, i) => ({ json: { a: `acc${i}` } }));
		const result = await run(
			wf('unban', { groupId, memberAccounts: '={{ $json.a }}', options: ALONE }),
			{ credentials, items },
		);
		expect(result.output('Vendor')).toHaveLength(12);
		expect(ctx.fake.usersigs.size).toBe(1);
		expect(new Set(ctx.fake.requests.map((r: any) => r.query.random)).size).toBe(12);
		// A second run of the same credential still uses the cached signature.
		await run(wf('unban', { groupId, memberAccounts: 'again' }), { credentials });
		expect(ctx.fake.usersigs.size).toBe(1);
	});

	test('ErrorCode 70001 (expired): a new UserSig is made and the call is sent once more', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: ['u1'] });
		await run(wf('unban', { groupId, memberAccounts: 'warm-up' }), { credentials });
		ctx.fake.reset();
		ctx.fake.failNext(70001, 'UserSig expired', 1);
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('success');
		expect(ctx.fake.requests).toHaveLength(2);
		const [first, second] = ctx.fake.requests.map((r: any) => r.query.usersig);
		expect(second).not.toBe(first);
		expect(ctx.fake.groups.get(groupId).banned.has('u1')).toBe(false);
		// Later calls keep the new signature.
		await run(wf('unban', { groupId, memberAccounts: 'u2' }), { credentials });
		expect(ctx.fake.requests.at(-1).query.usersig).toBe(second);
	});

	test('70001 twice in a row: renewed only once, then the error', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		ctx.fake.failNext(70001, 'UserSig expired', 5);
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.nodeError('Vendor').message).toBe(
			'Tencent Cloud Chat error 70001: UserSig expired',
		);
		expect(ctx.fake.requests).toHaveLength(2);
	});
});

describe('credential test', () => {
	test('OK with the right key', async () => {
		const { data } = newApp();
		expect(await testCredential('tencentCloudChatApi', data)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(ctx.fake.requests.at(-1)).toMatchObject({
			path: '/v4/im_open_login_svc/account_check',
			body: { CheckItem: [{ UserID: 'administrator' }] },
		});
	});

	test("Tencent's ErrorCode and meaning with a wrong key, a wrong region or a non-admin", async () => {
		const { data } = newApp();
		const wrongKey = await testCredential('tencentCloudChatApi', {
			...data,
			secretKey: 'not-the-key',
		});
		expect(wrongKey).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^Tencent Cloud Chat error 70009: .+\. ErrorCode 70009: .*Secret Key does not belong to this SDKAppID/,
			),
		});
		const wrongRegion = await testCredential('tencentCloudChatApi', {
			...data,
			sdkAppId: 1288888888,
		});
		expect(wrongRegion.message).toMatch(/ErrorCode 70020/);
		const notAdmin = await testCredential('tencentCloudChatApi', { ...data, identifier: 'alice' });
		expect(notAdmin.message).toMatch(/ErrorCode 60010/);
		seen.secrets.push('not-the-key');
	});

	test('every test signs a fresh UserSig, never the cached one', async () => {
		const { data } = newApp();
		expect((await testCredential('tencentCloudChatApi', data)).status).toBe('OK');
		expect((await testCredential('tencentCloudChatApi', data)).status).toBe('OK');
		const sigs = ctx.fake.requests.map((r: { query: { usersig: string } }) => r.query.usersig);
		expect(sigs).toHaveLength(2);
		expect(new Set(sigs).size).toBe(2);
	});
});
