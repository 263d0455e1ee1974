'use strict';
// Tencent Cloud Chat node + credential through n8n-core's engine against the fake Tencent IM server.
const zlib = require('node:zlib');
const path = require('node:path');
const { runWorkflow, singleNodeWorkflow, testCredential, loadPackage, captureLogs, PACKAGE_DIR } = require('../devkit/engine');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { FakeTencent, decodeUserSig } = require('../devkit/fakes/tencent');

let fake;
let logs;
let appSeq = 0;
const seen = { secrets: [], usersigs: new Set(), surfaces: [] };

beforeAll(async () => {
	logs = captureLogs();
	await loadPackage();
	fake = await new FakeTencent().start();
});
afterEach(() => {
	for (const s of fake.usersigs) seen.usersigs.add(s);
});
afterAll(async () => {
	await fake.stop();
	// Every secret key and every UserSig the fake saw, against every output, error and log line.
	expect(findSecrets([...seen.surfaces, logs], [...seen.secrets, ...seen.usersigs])).toEqual([]);
});
beforeEach(() => fake.reset());

/** A fresh app per test: the UserSig cache is per credential and process-wide. */
function newApp({ admins, banning, credential = {} } = {}) {
	appSeq++;
	const app = { sdkAppId: 1400000000 + appSeq * 7 + Math.floor(Math.random() * 5), secretKey: `tencent-key-${appSeq}-${Math.random().toString(36).slice(2)}` };
	fake.addApp({ ...app, admins, banning });
	seen.secrets.push(app.secretKey);
	const data = { sdkAppId: app.sdkAppId, secretKey: app.secretKey, identifier: 'administrator', region: 'custom', baseUrl: fake.url, ...credential };
	return { app, data, credentials: { 'cred-1': { type: 'tencentCloudChatApi', data } } };
}

let groupSeq = 0;
const newGroup = (state) => {
	const id = `@TGS#group${++groupSeq}`;
	fake.addGroup(id, state);
	return id;
};

const FAST = { retryDelayMs: 5 };
const wf = (operation, params = {}) =>
	singleNodeWorkflow('tencentCloudChat', { resource: 'groupMember', operation, options: FAST, ...params }, 'tencentCloudChatApi');

async function run(workflow, options) {
	const result = await runWorkflow(workflow, options);
	seen.surfaces.push(...runSurface(result));
	return result;
}
const jsonOf = (result) => result.output('Vendor').map((i) => i.json);
const accounts = (n, prefix = 'user') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('Group Member: Unban (seed 003)', () => {
	test('sends the documented request, signed in the query string, and reports what it did', async () => {
		const { app, credentials } = newApp();
		const groupId = newGroup({ banned: ['brennanli3', 'brennanli12', 'other'] });
		const result = await run(wf('unban', { groupId, memberAccounts: 'brennanli3, brennanli12' }), { credentials });
		expect(result.status).toBe('success');
		expect(result.output('Vendor')).toEqual([
			{ json: { groupId, unbanned: 2, calls: 1, memberAccounts: ['brennanli3', 'brennanli12'] }, pairedItem: { item: 0 } },
		]);
		expect(fake.requests).toHaveLength(1);
		const [call] = fake.requests;
		expect(call).toMatchObject({ method: 'POST', path: '/v4/group_open_http_svc/unban_group_member', body: { GroupId: groupId, Members_Account: ['brennanli3', 'brennanli12'] } });
		expect(call.query).toMatchObject({ sdkappid: String(app.sdkAppId), identifier: 'administrator', contenttype: 'json' });
		expect(Number(call.query.random)).toBeGreaterThanOrEqual(0);
		expect(Number(call.query.random)).toBeLessThanOrEqual(4294967295);
		expect(decodeUserSig(call.query.usersig)).toMatchObject({ 'TLS.ver': '2.0', 'TLS.identifier': 'administrator', 'TLS.sdkappid': app.sdkAppId });
		expect([...fake.groups.get(groupId).banned.keys()]).toEqual(['other']);
	});

	test('45 accounts from an expression array become calls of 20, 20 and 5, in order', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const list = accounts(45);
		const result = await run(wf('unban', { groupId: '={{ $json.group }}', memberAccounts: '={{ $json.accounts }}' }), { credentials, items: [{ json: { group: groupId, accounts: list } }] });
		expect(jsonOf(result)[0]).toMatchObject({ unbanned: 45, calls: 3 });
		const calls = fake.businessCalls();
		expect(calls.map((r) => r.body.Members_Account.length)).toEqual([20, 20, 5]);
		expect(calls.flatMap((r) => r.body.Members_Account)).toEqual(list);
	});

	test('newline-separated text with a trailing newline is a list', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		await run(wf('unban', { groupId, memberAccounts: 'a1\nb2\n\n' }), { credentials });
		expect(fake.businessCalls()[0].body.Members_Account).toEqual(['a1', 'b2']);
	});

	test('a failing chunk reports which call failed and which accounts were already unbanned', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const list = accounts(45);
		fake.failNext(10004, 'invalid Members_Account', 1, { after: 1 });
		const workflow = wf('unban', { groupId, memberAccounts: '={{ $json.accounts }}' });
		workflow.nodes[1].onError = 'continueRegularOutput';
		const result = await run(workflow, { credentials, items: [{ json: { accounts: list } }] });
		const [out] = jsonOf(result);
		expect(out.error).toBe('Tencent Cloud Chat error 10004: invalid Members_Account');
		expect(out).toMatchObject({ failedCall: 2, calls: 3, appliedIds: list.slice(0, 20), notAppliedIds: list.slice(20), uncertainIds: [] });
		expect(fake.businessCalls()).toHaveLength(2);
	});
});

describe('Group Member: Ban, Get Banned', () => {
	test('ban sends Duration and Description; Get Banned returns the banned members', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const banned = await run(wf('ban', { groupId, memberAccounts: 'spam1, spam2', duration: 600, description: 'spamming' }), { credentials });
		expect(jsonOf(banned)).toEqual([{ groupId, banned: 2, duration: 600, calls: 1, memberAccounts: ['spam1', 'spam2'] }]);
		expect(fake.businessCalls()[0].body).toEqual({ GroupId: groupId, Members_Account: ['spam1', 'spam2'], Duration: 600, Description: 'spamming' });
		const listed = await run(wf('getBanned', { groupId, returnAll: true }), { credentials });
		expect(jsonOf(listed).map((j) => j.Member_Account)).toEqual(['spam1', 'spam2']);
		expect(jsonOf(listed)[0]).toMatchObject({ groupId, Member_Account: 'spam1', BannedUntil: expect.any(Number) });
	});

	test('an empty description is left out of the request', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		await run(wf('ban', { groupId, memberAccounts: 'x', duration: 60 }), { credentials });
		expect(fake.businessCalls()[0].body).toEqual({ GroupId: groupId, Members_Account: ['x'], Duration: 60 });
	});

	test('Return All follows NextOffset: 250 banned members in pages of 100', async () => {
		const { credentials } = newApp();
		const list = accounts(250, 'b');
		const groupId = newGroup({ banned: list });
		const result = await run(wf('getBanned', { groupId, returnAll: true }), { credentials });
		expect(jsonOf(result).map((j) => j.Member_Account)).toEqual(list);
		expect(result.output('Vendor').every((i) => i.pairedItem.item === 0)).toBe(true);
		expect(fake.businessCalls().map((r) => [r.body.Limit, r.body.Offset])).toEqual([[100, 0], [100, 100], [100, 200]]);
	});

	test('Limit 130 takes two pages (100 + 30) and stops', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: accounts(250, 'c') });
		const result = await run(wf('getBanned', { groupId, returnAll: false, limit: 130 }), { credentials });
		expect(jsonOf(result)).toHaveLength(130);
		expect(fake.businessCalls().map((r) => [r.body.Limit, r.body.Offset])).toEqual([[100, 0], [30, 100]]);
	});

	test('banning needs the edition and console switch: 10007 with advice', async () => {
		const { credentials } = newApp({ banning: false });
		const groupId = newGroup();
		const result = await run(wf('ban', { groupId, memberAccounts: 'x', duration: 60 }), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('Tencent Cloud Chat error 10007: audio-video group member banning is not enabled');
		expect(error.description).toMatch(/ErrorCode 10007: .*Pro.*Audio-video group member banning/);
		expect(fake.requests).toHaveLength(1);
	});
});

describe('Group Member: Mute, Unmute, Get Muted', () => {
	test('mute sends MuteTime, Get Muted lists, unmute sends MuteTime 0', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const muted = await run(wf('mute', { groupId, memberAccounts: 'm1\nm2\nm3', muteTime: 120 }), { credentials });
		expect(jsonOf(muted)).toEqual([{ groupId, muted: 3, muteTime: 120, calls: 1, memberAccounts: ['m1', 'm2', 'm3'] }]);
		expect(fake.businessCalls()[0]).toMatchObject({ path: '/v4/group_open_http_svc/forbid_send_msg', body: { GroupId: groupId, Members_Account: ['m1', 'm2', 'm3'], MuteTime: 120 } });

		const listed = await run(wf('getMuted', { groupId }), { credentials });
		expect(jsonOf(listed).map((j) => j.Member_Account)).toEqual(['m1', 'm2', 'm3']);
		expect(jsonOf(listed)[0]).toMatchObject({ groupId, ShuttedUntil: expect.any(Number) });
		expect(fake.businessCalls().at(-1)).toMatchObject({ path: '/v4/group_open_http_svc/get_group_muted_account', body: { GroupId: groupId } });

		const unmuted = await run(wf('unmute', { groupId, memberAccounts: 'm2' }), { credentials });
		expect(jsonOf(unmuted)).toEqual([{ groupId, unmuted: 1, calls: 1, memberAccounts: ['m2'] }]);
		expect(fake.businessCalls().at(-1).body).toEqual({ GroupId: groupId, Members_Account: ['m2'], MuteTime: 0 });
		expect([...fake.groups.get(groupId).muted.keys()]).toEqual(['m1', 'm3']);
	});

	test('mute also goes 20 accounts per call (Tencent documents no maximum)', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		await run(wf('mute', { groupId, memberAccounts: '={{ $json.a }}', muteTime: 60 }), { credentials, items: [{ json: { a: accounts(45) } }] });
		expect(fake.businessCalls().map((r) => r.body.Members_Account.length)).toEqual([20, 20, 5]);
	});
});

describe('UserSig', () => {
	test('compatible with Tencent\'s tls-sig-api-v2: same JSON and TLS.sig for the same inputs and time', () => {
		const { genUserSig, zlibStored } = require(path.join(PACKAGE_DIR, 'dist/credentials/common/tencent.js'));
		const TLSSigAPIv2 = require('tls-sig-api-v2');
		const inflate = (sig) => JSON.parse(zlib.inflateSync(Buffer.from(sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64')).toString());
		const now = 1700000123456;
		const realNow = Date.now;
		Date.now = () => now;
		let official;
		try {
			official = new TLSSigAPIv2.Api(1400123456, 'a1b2c3d4e5f6secret-key-value').genUserSig('administrator', 86400);
		} finally {
			Date.now = realNow;
		}
		const ours = genUserSig(1400123456, 'a1b2c3d4e5f6secret-key-value', 'administrator', 86400, now / 1000);
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
		const result = await run(wf('unban', { groupId, memberAccounts: '={{ $json.a }}' }), { credentials, items });
		expect(result.output('Vendor')).toHaveLength(12);
		expect(fake.usersigs.size).toBe(1);
		expect(new Set(fake.requests.map((r) => r.query.random)).size).toBe(12);
		// A second run of the same credential still uses the cached signature.
		await run(wf('unban', { groupId, memberAccounts: 'again' }), { credentials });
		expect(fake.usersigs.size).toBe(1);
	});

	test('ErrorCode 70001 (expired): a new UserSig is made and the call is sent once more', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: ['u1'] });
		await run(wf('unban', { groupId, memberAccounts: 'warm-up' }), { credentials });
		fake.reset();
		fake.failNext(70001, 'UserSig expired', 1);
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('success');
		expect(fake.requests).toHaveLength(2);
		const [first, second] = fake.requests.map((r) => r.query.usersig);
		expect(second).not.toBe(first);
		expect(fake.groups.get(groupId).banned.has('u1')).toBe(false);
		// Later calls keep the new signature.
		await run(wf('unban', { groupId, memberAccounts: 'u2' }), { credentials });
		expect(fake.requests.at(-1).query.usersig).toBe(second);
	});

	test('70001 twice in a row: renewed only once, then the error', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		fake.failNext(70001, 'UserSig expired', 5);
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.nodeError('Vendor').message).toBe('Tencent Cloud Chat error 70001: UserSig expired');
		expect(fake.requests).toHaveLength(2);
	});
});

describe('Tencent errors', () => {
	const cases = [
		['10004 invalid parameter', () => fake.failNext(10004, 'invalid parameter GroupId'), {}, 10004, /check the Group ID/],
		['10010 group missing', () => {}, { groupId: '@TGS#missing' }, 10010, /does not exist/],
		['60010 not an app admin', () => {}, { credential: { identifier: 'someone' }, admins: ['administrator', 'someone-else'] }, 60010, /App admin/],
		['70009 wrong secret key', () => {}, { credential: { secretKey: 'wrong-key-value' } }, 70009, /Secret Key/],
		['70020 wrong region', () => {}, { credential: { sdkAppId: 1299999999 } }, 70020, /Region/],
	];
	test.each(cases)('%s: error names ErrorCode and ErrorInfo, with advice, sent once', async (_name, arrange, opts, code, advice) => {
		const { credentials } = newApp({ credential: opts.credential, admins: opts.admins });
		const groupId = opts.groupId ?? newGroup();
		arrange();
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('error');
		const error = result.nodeError('Vendor');
		expect(error.message).toMatch(new RegExp(`^Tencent Cloud Chat error ${code}: \\S`));
		expect(error.description).toMatch(new RegExp(`ErrorCode ${code}: `));
		expect(error.description).toMatch(advice);
		expect(fake.requests).toHaveLength(1);
	});

	test.each([[60007], [10002], [60011], [10006]])('%s is retried and then succeeds', async (code) => {
		const { credentials } = newApp();
		const groupId = newGroup();
		fake.failNext(code, `transient ${code}`, 2);
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('success');
		expect(fake.requests).toHaveLength(3);
	});

	test('throttling that does not stop: bounded retries, then an error that says so', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		fake.failNext(60007, 'REST API call frequency exceeded', 100);
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1', options: { ...FAST, maxRetries: 2 } }), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('Tencent Cloud Chat error 60007: REST API call frequency exceeded');
		expect(error.description).toMatch(/Gave up after 3 attempts/);
		expect(fake.requests).toHaveLength(3);
	});

	test('an HTTP 502 HTML page is retried', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		fake.inject({ kind: 'html', status: 502 });
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('success');
		expect(fake.requests).toHaveLength(2);
	});

	test('a connection reset is retried (the calls are idempotent)', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ banned: ['u1'] });
		fake.inject({ kind: 'reset' });
		const result = await run(wf('unban', { groupId, memberAccounts: 'u1' }), { credentials });
		expect(result.status).toBe('success');
		expect(fake.requests).toHaveLength(2);
		expect(fake.groups.get(groupId).banned.size).toBe(0);
	});

	test('the fake\'s own rate limit (200/s per SDKAppID and API) is never hit at the default pace', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const items = Array.from({ length: 60 }, (_, i) => ({ json: { a: `r${i}` } }));
		const result = await run(wf('unban', { groupId, memberAccounts: '={{ $json.a }}', options: { ...FAST, concurrency: 16 } }), { credentials, items });
		expect(result.output('Vendor')).toHaveLength(60);
		expect(fake.rate.rejected).toBe(0);
	});
});

describe('bad input is refused before anything is sent', () => {
	const cases = [
		['empty groupId', 'unban', { groupId: '  ', memberAccounts: 'a' }, /Group ID in item 0: .*required/],
		['no accounts', 'unban', { memberAccounts: '={{ $json.none }}' }, /Member Accounts in item 0: at least one account is required/],
		['an empty account', 'ban', { memberAccounts: 'a,,b', duration: 5 }, /Member Accounts \(entry 2\) in item 0: an account is empty/],
		['description over 1000 bytes', 'ban', { memberAccounts: 'a', duration: 5, description: '禁'.repeat(334) }, /Description in item 0: must be at most 1000 bytes/],
		['negative duration', 'ban', { memberAccounts: 'a', duration: -1 }, /Duration \(Seconds\) in item 0: must not be negative/],
		['negative mute time', 'mute', { memberAccounts: 'a', muteTime: -5 }, /Mute Time \(Seconds\) in item 0: must not be negative/],
	];
	test.each(cases)('%s', async (_name, operation, params, message) => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const result = await run(wf(operation, { groupId, ...params }), { credentials, items: [{ json: { none: [] } }] });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('continueOnFail', () => {
	test('3 items, the middle one bad: 3 outputs in order with pairedItem 0, 1, 2', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const workflow = wf('unban', { groupId: '={{ $json.group }}', memberAccounts: '={{ $json.a }}' });
		workflow.nodes[1].onError = 'continueRegularOutput';
		const items = [{ json: { group: groupId, a: 'x1' } }, { json: { group: '', a: 'x2' } }, { json: { group: groupId, a: 'x3' } }];
		const result = await run(workflow, { credentials, items });
		const out = result.output('Vendor');
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({ unbanned: 1, memberAccounts: ['x1'] });
		expect(out[1].json.error).toMatch(/Group ID in item 1/);
		expect(out[2].json).toMatchObject({ unbanned: 1, memberAccounts: ['x3'] });
		expect(fake.businessCalls()).toHaveLength(2);
	});

	test('a Tencent error becomes an error item with ErrorCode, ErrorInfo and advice', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const workflow = wf('unban', { groupId: '={{ $json.group }}', memberAccounts: 'a' });
		workflow.nodes[1].onError = 'continueRegularOutput';
		const result = await run(workflow, { credentials, items: [{ json: { group: groupId } }, { json: { group: '@TGS#nope' } }] });
		const [good, bad] = jsonOf(result);
		expect(good).toMatchObject({ unbanned: 1 });
		expect(bad).toMatchObject({ error: 'Tencent Cloud Chat error 10010: group does not exist', vendorCode: '10010', failedCall: 1, appliedIds: [] });
		expect(bad.description).toMatch(/ErrorCode 10010/);
	});
});

describe('credential test', () => {
	test('OK with the right key', async () => {
		const { data } = newApp();
		expect(await testCredential('tencentCloudChatApi', data)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(fake.requests.at(-1)).toMatchObject({ path: '/v4/im_open_login_svc/account_check', body: { CheckItem: [{ UserID: 'administrator' }] } });
	});

	test('Tencent\'s ErrorCode and meaning with a wrong key, a wrong region or a non-admin', async () => {
		const { data } = newApp();
		const wrongKey = await testCredential('tencentCloudChatApi', { ...data, secretKey: 'not-the-key' });
		expect(wrongKey).toEqual({ status: 'Error', message: expect.stringMatching(/^Tencent Cloud Chat ErrorCode 70009: .*Secret Key/) });
		const wrongRegion = await testCredential('tencentCloudChatApi', { ...data, sdkAppId: 1288888888 });
		expect(wrongRegion.message).toMatch(/ErrorCode 70020/);
		const notAdmin = await testCredential('tencentCloudChatApi', { ...data, identifier: 'alice' });
		expect(notAdmin.message).toMatch(/ErrorCode 60010/);
		seen.secrets.push('not-the-key');
	});
});
