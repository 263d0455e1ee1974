'use strict';
// DingTalk node + credential through n8n-core's engine against the fake DingTalk server.
const { runWorkflow, singleNodeWorkflow, testCredential, loadPackage, captureLogs } = require('../devkit/engine');
const { findSecrets, runSurface } = require('../devkit/secrets');
const { FakeDingTalk } = require('../devkit/fakes/dingtalk');

let fake;
let logs;
let appSeq = 0;
const seen = { secrets: [] };

beforeAll(async () => {
	logs = captureLogs();
	await loadPackage();
	fake = await new FakeDingTalk().start();
});
afterAll(async () => {
	await fake.stop();
	// Every secret any test used, against every log line any test produced.
	expect(findSecrets([logs], seen.secrets)).toEqual([]);
});
beforeEach(() => fake.reset());

/** A fresh app per test: the token cache is per credential and process-wide. */
function newApp(extra = {}) {
	appSeq++;
	const app = { clientId: `ding-app-${appSeq}`, clientSecret: `ding-secret-${appSeq}-${Math.random().toString(36).slice(2)}`, corpId: `ding-corp-${appSeq}`, ...extra };
	fake.addApp(app);
	seen.secrets.push(app.clientSecret);
	const credentials = { 'cred-1': { type: 'dingTalkApi', data: { appType: 'internal', clientId: app.clientId, clientSecret: app.clientSecret, baseUrl: fake.url, ...(extra.credential ?? {}) } } };
	return { app, credentials };
}

const FAST = { retryDelayMs: 5 };
const removeUsers = (ids, extra = {}) =>
	singleNodeWorkflow('dingTalk', { resource: 'roomBookingBlocklist', operation: 'removeUsers', blacklistUnionIds: ids, unionId: 'operator-1', options: FAST, ...extra }, 'dingTalkApi');
const lock = (operation, conferenceId = '={{ $json.conferenceId }}', extra = {}) =>
	singleNodeWorkflow('dingTalk', { resource: 'videoConference', operation, conferenceId, options: FAST, ...extra }, 'dingTalkApi');
const control = (params = {}) =>
	singleNodeWorkflow('dingTalk', {
		resource: 'meetingRoom', operation: 'sendCentralControl', roomId: '={{ $json.roomId }}', unionId: 'operator-1',
		controlBody: '{ "version": "1.0.0", "request": { "requestId": "r1", "service": "DTRooms.Meeting", "method": "subscribe" } }',
		options: FAST, ...params,
	}, 'dingTalkApi');

function secretScan(result) {
	const tokens = fake.tokenCalls().length ? [...fake.tokens.keys()] : [];
	return findSecrets(runSurface(result), [...seen.secrets, ...tokens]);
}

describe('Room Booking Blocklist: Remove Users (seed 000)', () => {
	test('sends the documented request and reports what it removed', async () => {
		const { app, credentials } = newApp();
		const result = await runWorkflow(removeUsers('2iPOLxxxxx, 3kQRMyyyyy'), { credentials });
		expect(result.status).toBe('success');
		expect(result.output('Vendor')).toEqual([
			{ json: { success: true, removed: 2, calls: 1, blacklistUnionIds: ['2iPOLxxxxx', '3kQRMyyyyy'] }, pairedItem: { item: 0 } },
		]);
		const [token, call] = fake.requests;
		expect(token).toMatchObject({ method: 'POST', path: '/v1.0/oauth2/accessToken', body: { appKey: app.clientId, appSecret: app.clientSecret } });
		expect(call).toMatchObject({ method: 'POST', path: '/v1.0/rooms/bookings/blacklist/remove', body: { blacklistUnionIds: ['2iPOLxxxxx', '3kQRMyyyyy'], unionId: 'operator-1' } });
		expect(call.headers['content-type']).toMatch(/^application\/json/);
		expect(fake.tokens.has(call.headers['x-acs-dingtalk-access-token'])).toBe(true);
		expect(secretScan(result)).toEqual([]);
	});

	test('250 ids from an expression array become calls of 100, 100 and 50', async () => {
		const { credentials } = newApp();
		const ids = Array.from({ length: 250 }, (_, i) => `union-${i}`);
		const result = await runWorkflow(removeUsers('={{ $json.ids }}'), { credentials, items: [{ json: { ids } }] });
		expect(result.output('Vendor')[0].json).toMatchObject({ removed: 250, calls: 3 });
		const sizes = fake.calls('/v1.0/rooms/bookings/blacklist/remove').map((r) => r.body.blacklistUnionIds.length);
		expect(sizes).toEqual([100, 100, 50]);
		expect(fake.calls('/v1.0/rooms/bookings/blacklist/remove').flatMap((r) => r.body.blacklistUnionIds)).toEqual(ids);
	});

	test('newline-separated text with a trailing newline is a list', async () => {
		const { credentials } = newApp();
		await runWorkflow(removeUsers('a1\nb2\n\n'), { credentials });
		expect(fake.businessCalls()[0].body.blacklistUnionIds).toEqual(['a1', 'b2']);
	});
});

describe('Video Conference: Lock / Unlock (seed 002)', () => {
	test('lock and unlock post the action to the encoded conference path', async () => {
		const { credentials } = newApp();
		fake.addConference('644272f14ba3310xxxxxxxxx');
		fake.addConference('conf with space+x');
		const locked = await runWorkflow(lock('lock'), { credentials, items: [{ json: { conferenceId: '644272f14ba3310xxxxxxxxx' } }, { json: { conferenceId: 'conf with space+x' } }] });
		expect(locked.output('Vendor').map((i) => i.json)).toEqual([
			{ conferenceId: '644272f14ba3310xxxxxxxxx', action: 'lock', success: true },
			{ conferenceId: 'conf with space+x', action: 'lock', success: true },
		]);
		expect(fake.businessCalls().map((r) => r.path).sort()).toEqual([
			'/v1.0/conference/videoConferences/644272f14ba3310xxxxxxxxx/lock',
			'/v1.0/conference/videoConferences/conf%20with%20space%2Bx/lock',
		]);
		expect(fake.conferences.get('conf with space+x').locked).toBe(true);
		await runWorkflow(lock('unlock'), { credentials, items: [{ json: { conferenceId: 'conf with space+x' } }] });
		expect(fake.businessCalls().at(-1).body).toEqual({ action: 'unlock' });
		expect(fake.conferences.get('conf with space+x').locked).toBe(false);
	});

	test.each([['..'], ['.'], ['a/b'], ['a\\b'], ['x?y=1'], ['x#y'], ['%2e%2e'], ['a\nb']])('a conference ID that would change the path (%j) is refused before sending', async (id) => {
		const { credentials } = newApp();
		const wf = lock('lock');
		wf.nodes[1].onError = 'continueRegularOutput';
		const result = await runWorkflow(wf, { credentials, items: [{ json: { conferenceId: id } }] });
		const out = result.output('Vendor');
		expect(out).toHaveLength(1);
		expect(out[0].json.error).toMatch(/^Conference ID in item 0: must not contain/);
		expect(fake.businessCalls()).toHaveLength(0);
	});

	test('a closed conference gives DingTalk\'s code, message, request id and advice', async () => {
		const { credentials } = newApp();
		fake.addConference('closed-1', { closed: true });
		const result = await runWorkflow(lock('lock', 'closed-1'), { credentials });
		expect(result.status).toBe('error');
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('DingTalk error confClosed: confClosed');
		expect(error.description).toMatch(/already ended/);
		expect(error.description).toMatch(/HTTP 400, request ID [0-9A-F-]{36}/);
	});
});

describe('Meeting Room: Send Central Control Signal (seed 001)', () => {
	test('sends controlBody as the JSON string the seed shows', async () => {
		const { credentials } = newApp();
		fake.addRoom('0ffb7xxxxx');
		const result = await runWorkflow(control(), { credentials, items: [{ json: { roomId: '0ffb7xxxxx' } }] });
		expect(result.output('Vendor')[0].json).toEqual({ roomId: '0ffb7xxxxx', result: true });
		const call = fake.calls('/v1.0/rooms/central/control')[0];
		expect(typeof call.body.controlBody).toBe('string');
		expect(JSON.parse(call.body.controlBody)).toEqual({ version: '1.0.0', request: { requestId: 'r1', service: 'DTRooms.Meeting', method: 'subscribe' } });
		expect(call.body).toMatchObject({ roomId: '0ffb7xxxxx', unionId: 'operator-1' });
	});

	test('an object from an expression is sent as a JSON string', async () => {
		const { credentials } = newApp();
		fake.addRoom('room-obj');
		await runWorkflow(control({ controlBody: '={{ $json.signal }}' }), { credentials, items: [{ json: { roomId: 'room-obj', signal: { version: '1.0.0', request: { method: 'subscribe' } } } }] });
		expect(JSON.parse(fake.calls('/v1.0/rooms/central/control')[0].body.controlBody)).toEqual({ version: '1.0.0', request: { method: 'subscribe' } });
	});

	test('room without central control: api.control.close with advice', async () => {
		const { credentials } = newApp();
		fake.addRoom('room-off', { centralControl: false });
		const result = await runWorkflow(control(), { credentials, items: [{ json: { roomId: 'room-off' } }] });
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('DingTalk error api.control.close: API CONTROL ClOSE');
		expect(error.description).toMatch(/Central control is not enabled for this meeting room/);
	});

	test('operator outside the organization: user.not.org with advice', async () => {
		const { credentials } = newApp();
		fake.addRoom('room-2');
		const result = await runWorkflow(control({ unionId: 'outsider' }), { credentials, items: [{ json: { roomId: 'room-2' } }] });
		expect(result.nodeError('Vendor').message).toBe('DingTalk error user.not.org: User Not In Org');
		expect(result.nodeError('Vendor').description).toMatch(/not a member of this organization/);
	});

	test('a signal that may have arrived (reset, 500) is never sent twice', async () => {
		const { credentials } = newApp();
		fake.addRoom('room-3');
		fake.inject({ kind: 'reset', path: /central/ });
		const reset = await runWorkflow(control(), { credentials, items: [{ json: { roomId: 'room-3' } }] });
		expect(reset.nodeError('Vendor').message).toBe('DingTalk error ECONNRESET: The connection failed before an answer arrived');
		expect(reset.nodeError('Vendor').description).toMatch(/not sent again/);
		expect(fake.calls('/v1.0/rooms/central/control')).toHaveLength(1);

		fake.reset();
		fake.inject({ kind: 'status', status: 500, body: { code: 'system.error', message: 'System Error' }, path: /central/ });
		const failed = await runWorkflow(control(), { credentials, items: [{ json: { roomId: 'room-3' } }] });
		expect(failed.nodeError('Vendor').message).toBe('DingTalk error system.error: System Error');
		expect(fake.calls('/v1.0/rooms/central/control')).toHaveLength(1);
		expect(fake.rooms.get('room-3').signals).toHaveLength(0);
	});

	test('a throttled signal surely did not arrive, so it is retried', async () => {
		const { credentials } = newApp();
		fake.addRoom('room-4');
		fake.inject({ kind: 'status', status: 403, body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps' }, path: /central/ });
		const result = await runWorkflow(control(), { credentials, items: [{ json: { roomId: 'room-4' } }] });
		expect(result.status).toBe('success');
		expect(fake.calls('/v1.0/rooms/central/control')).toHaveLength(2);
		expect(fake.rooms.get('room-4').signals).toHaveLength(1);
	});
});

describe('access tokens', () => {
	test('50 items share one token fetch', async () => {
		const { credentials } = newApp();
		const items = Array.from({ length: 50 }, (_, i) => ({ json: { conferenceId: `c-${i}` } }));
		items.forEach((i) => fake.addConference(i.json.conferenceId));
		const result = await runWorkflow(lock('lock'), { credentials, items });
		expect(result.output('Vendor')).toHaveLength(50);
		expect(fake.tokenCalls()).toHaveLength(1);
		expect(fake.businessCalls()).toHaveLength(50);
	});

	test('a cached token is reused by the next execution', async () => {
		const { credentials } = newApp();
		fake.addConference('reuse-1');
		await runWorkflow(lock('lock', 'reuse-1'), { credentials });
		await runWorkflow(lock('unlock', 'reuse-1'), { credentials });
		expect(fake.tokenCalls()).toHaveLength(1);
	});

	test('400 InvalidAuthentication: one new token for all items, each call retried once', async () => {
		const { credentials } = newApp();
		const items = Array.from({ length: 10 }, (_, i) => ({ json: { conferenceId: `exp-${i}` } }));
		items.forEach((i) => fake.addConference(i.json.conferenceId));
		await runWorkflow(lock('lock', 'exp-0'), { credentials });
		fake.reset();
		fake.expireTokens();
		const result = await runWorkflow(lock('lock'), { credentials, items, });
		expect(result.status).toBe('success');
		expect(fake.tokenCalls()).toHaveLength(1);
		const calls = fake.businessCalls();
		const rejected = calls.filter((c) => c.headers['x-acs-dingtalk-access-token'] !== calls.at(-1).headers['x-acs-dingtalk-access-token']);
		expect(calls.length).toBe(10 + rejected.length);
		expect(rejected.length).toBeGreaterThanOrEqual(1);
		expect(rejected.length).toBeLessThanOrEqual(10);
	});

	test('a token close to its expiry is renewed before use', async () => {
		const { credentials } = newApp();
		fake.tokenTtl = 2; // lifetime far below the renewal margin: renew after half of it
		fake.addConference('ttl-1');
		try {
			await runWorkflow(lock('lock', 'ttl-1'), { credentials });
			await new Promise((r) => setTimeout(r, 1100));
			await runWorkflow(lock('unlock', 'ttl-1'), { credentials });
		} finally {
			fake.tokenTtl = 7200;
		}
		expect(fake.tokenCalls()).toHaveLength(2);
		expect(fake.businessCalls()).toHaveLength(2);
	});

	test('third-party app: unified per-corporation token endpoint, no suiteTicket', async () => {
		const { app, credentials } = newApp();
		credentials['cred-1'].data = { ...credentials['cred-1'].data, appType: 'thirdParty', corpId: app.corpId };
		fake.addConference('tp-1');
		const result = await runWorkflow(lock('lock', 'tp-1'), { credentials });
		expect(result.status).toBe('success');
		expect(fake.tokenCalls()[0]).toMatchObject({
			path: `/v1.0/oauth2/${app.corpId}/token`,
			body: { client_id: app.clientId, client_secret: app.clientSecret, grant_type: 'client_credentials' },
		});
	});

	test('a wrong secret fails with DingTalk\'s code and no business call', async () => {
		const { credentials } = newApp();
		credentials['cred-1'].data.clientSecret = 'wrong-secret-value';
		seen.secrets.push('wrong-secret-value');
		const result = await runWorkflow(lock('lock', 'x'), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(/DingTalk error invalidClientIdOrSecret/);
		expect(fake.businessCalls()).toHaveLength(0);
		expect(secretScan(result)).toEqual([]);
	});
});

describe('credential test (as the n8n editor runs it)', () => {
	test('OK with valid app details', async () => {
		const { credentials } = newApp();
		expect(await testCredential('dingTalkApi', credentials['cred-1'].data)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(fake.tokenCalls().length).toBeGreaterThanOrEqual(1);
	});
	test('shows DingTalk\'s message when the secret is wrong', async () => {
		const { credentials } = newApp();
		const result = await testCredential('dingTalkApi', { ...credentials['cred-1'].data, clientSecret: 'not-the-secret' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/invalidClientIdOrSecret/);
		expect(result.message).not.toMatch(/not-the-secret/);
	});
});

describe('throttling and server faults', () => {
	test('403 QpsLimit is retried after a pause, then succeeds', async () => {
		const { credentials } = newApp();
		fake.addConference('q-1');
		fake.inject({ kind: 'status', status: 403, body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' }, path: /lock/ });
		const result = await runWorkflow(lock('lock', 'q-1'), { credentials });
		expect(result.status).toBe('success');
		expect(fake.businessCalls()).toHaveLength(2);
	});

	test('throttling that never ends gives a clear error after the bounded retries', async () => {
		const { credentials } = newApp();
		fake.addConference('q-2');
		fake.inject({ kind: 'status', status: 403, body: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', message: 'qps limit' }, path: /lock/, times: 10 });
		const result = await runWorkflow(lock('lock', 'q-2', { options: { retryDelayMs: 5, maxRetries: 1 } }), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.message).toBe('DingTalk error Forbidden.AccessDenied.QpsLimitForAppkeyAndApi: qps limit');
		expect(error.description).toMatch(/Gave up after 2 attempts/);
		expect(fake.businessCalls()).toHaveLength(2);
	});

	test.each([
		['HTTP 500', { kind: 'status', status: 500, body: { code: 'systemError', message: 'systemError' } }],
		['an HTML error page', { kind: 'html', status: 502 }],
		['malformed JSON', { kind: 'malformed', status: 200 }],
		['a connection reset', { kind: 'reset' }],
	])('idempotent calls are retried after %s', async (_name, fault) => {
		const { credentials } = newApp();
		fake.addConference('f-1');
		fake.inject({ ...fault, path: /lock/ });
		const result = await runWorkflow(lock('lock', 'f-1'), { credentials });
		expect(result.status).toBe('success');
		expect(fake.businessCalls()).toHaveLength(2);
	});

	test('missing permission names the scope to grant', async () => {
		const { credentials } = newApp({ missingScope: true });
		const result = await runWorkflow(removeUsers('u1'), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.message).toMatch(/Forbidden.AccessDenied.AccessTokenPermissionDenied/);
		expect(error.description).toMatch(/grant VideoConference\.Conference\.Write/);
	});
});

describe('bad input is rejected before anything is sent', () => {
	const cases = [
		['no ids', () => removeUsers('={{ $json.noSuchField }}'), /Blocklist Union IDs in item 0: at least one unionId is required/],
		['an empty id', () => removeUsers('a,,b'), /Blocklist Union IDs \(entry 2\) in item 0: an unionId is empty/],
		['an empty id in an array', () => removeUsers('={{ ["a", " "] }}'), /Blocklist Union IDs \(entry 2\) in item 0: an unionId is empty/],
		['an id longer than allowed', () => removeUsers(`ok,${'x'.repeat(300)}`), /entry 2\) in item 0: an unionId is longer than 256 characters/],
		['more ids than an item may carry', () => removeUsers(`={{ Array.from({ length: 10001 }, (_, i) => "u" + i) }}`), /at most 10000 unionIds per item/],
		['invalid controlBody JSON', () => control({ roomId: 'r1', controlBody: '{ "version": ' }), /Control Body \(JSON\) in item 0: is not valid JSON/],
		['an empty room id', () => control({ roomId: '={{ "" }}' }), /Room ID in item 0: a room ID is required/],
		['an empty conferenceId', () => lock('lock', '  '), /Conference ID in item 0: a conference ID is required/],
	];
	test.each(cases)('%s', async (_name, workflow, message) => {
		const { credentials } = newApp();
		const result = await runWorkflow(workflow(), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Continue On Fail', () => {
	test('every input item gives exactly one output item, in order, with pairedItem', async () => {
		const { credentials } = newApp();
		['ok-1', 'ok-3'].forEach((c) => fake.addConference(c));
		fake.addConference('closed-2', { closed: true });
		const wf = lock('lock');
		wf.nodes[1].onError = 'continueRegularOutput';
		const items = ['ok-1', '', 'closed-2', 'ok-3'].map((conferenceId) => ({ json: { conferenceId } }));
		const result = await runWorkflow(wf, { credentials, items });
		expect(result.status).toBe('success');
		const out = result.output('Vendor');
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(out[0].json).toEqual({ conferenceId: 'ok-1', action: 'lock', success: true });
		expect(out[1].json.error).toMatch(/Conference ID in item 1/);
		expect(out[2].json).toMatchObject({ error: 'DingTalk error confClosed: confClosed', vendorCode: 'confClosed' });
		expect(out[3].json).toEqual({ conferenceId: 'ok-3', action: 'lock', success: true });
		expect(secretScan(result)).toEqual([]);
	});

	test('a failed chunk says which ids were applied and which were not', async () => {
		const { credentials } = newApp();
		const wf = removeUsers('={{ $json.ids }}');
		wf.nodes[1].onError = 'continueRegularOutput';
		fake.inject({ kind: 'status', status: 400, body: { code: 'param.error', message: 'Param Error' }, path: /blacklist/, times: 1 });
		// the fault hits the first call; make it the second by letting one call through first
		fake.faults[0].times = 0;
		const ids = Array.from({ length: 150 }, (_, i) => `id-${i}`);
		let calls = 0;
		const original = fake.handle.bind(fake);
		fake.handle = async (r) => (r.path.includes('blacklist') && ++calls === 2 ? { status: 400, body: { code: 'param.error', message: 'Param Error', requestid: 'REQ-2' } } : original(r));
		try {
			const result = await runWorkflow(wf, { credentials, items: [{ json: { ids } }] });
			const [item] = result.output('Vendor');
			expect(item.json).toMatchObject({ error: 'DingTalk error param.error: Param Error', failedCall: 2, calls: 2, requestId: 'REQ-2' });
			expect(item.json.appliedIds).toEqual(ids.slice(0, 100));
			expect(item.json.notAppliedIds).toEqual(ids.slice(100));
		} finally {
			fake.handle = original;
		}
	});
});
