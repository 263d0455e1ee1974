'use strict';
// Every workflow in examples/ runs through n8n's engine against the fake vendors, as the demo does.
const fs = require('node:fs');
const path = require('node:path');
const { runWorkflow, loadPackage } = require('../devkit/engine');
const { startDemoVendors } = require('../devkit/fakes/demo');

const dir = path.join(__dirname, '..', 'examples');
const files = fs
	.readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort();
const triggerFiles = fs
	.readdirSync(path.join(dir, 'triggers'))
	.filter((f) => f.endsWith('.json'))
	.map((f) => `triggers/${f}`);
let demo;

beforeAll(async () => {
	await loadPackage();
	demo = await startDemoVendors();
});
afterAll(async () => demo.stop());

test.each(files)('%s runs and every node of ours succeeds', async (file) => {
	const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	demo.restore();
	const result = await runWorkflow(demo.localize(workflow), { credentials: demo.credentials });
	expect(result.status).toBe('success');
	// Our nodes, and n8n's HTTP Request node with one of our credentials (examples/any-api-http-request.json).
	const ourCredential = (n) =>
		demo.vendors.some((v) => v.credential.type === n.parameters?.nodeCredentialType);
	const ours = workflow.nodes.filter(
		(n) => n.type.startsWith('n8n-nodes-meeting-admin.') || ourCredential(n),
	);
	expect(ours.length).toBeGreaterThan(0);
	for (const node of ours) {
		expect(Object.keys(demo.credentials)).toContain(Object.values(node.credentials)[0].id);
		const items = result.output(node.name);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.json.error).toBeUndefined();
		// Tencent answers its refusals with HTTP 200, which the HTTP Request node passes on.
		for (const item of items) expect(item.json.ActionStatus).not.toBe('FAIL');
	}
	expect(demo.vendors.reduce((n, v) => n + v.fake.requests.length, 0)).toBeGreaterThan(0);
});

// Off-boarding: what each fake was asked to do, and the state it was left in.
test('offboarding-across-vendors.json hands groups over before removing and deleting the leavers', async () => {
	const file = path.join(dir, 'offboarding-across-vendors.json');
	demo.restore();
	const result = await runWorkflow(demo.localize(JSON.parse(fs.readFileSync(file, 'utf8'))), {
		credentials: demo.credentials,
	});
	expect(result.status).toBe('success');
	const fake = (name) => demo.vendors.find((v) => v.name === name).fake;
	const tencent = fake('Tencent Cloud Chat');
	const calls = tencent.businessCalls().map((r) => [r.path.split('/').pop(), r.body]);
	const names = calls.map(([name]) => name);
	expect(calls.filter(([name]) => name === 'change_group_owner')).toEqual([
		['change_group_owner', { GroupId: '@TGS#2APOLLO01', NewOwner_Account: 'brennanli3' }],
	]);
	expect(names.indexOf('change_group_owner')).toBeLessThan(names.indexOf('delete_group_member'));
	expect(calls.filter(([name]) => name === 'account_delete')).toEqual([
		['account_delete', { DeleteItem: [{ UserID: 'alice' }, { UserID: 'bob' }] }],
	]);
	expect(names.lastIndexOf('delete_group_member')).toBeLessThan(names.indexOf('account_delete'));
	const apollo = tencent.groups.get('@TGS#2APOLLO01');
	expect(apollo.owner).toBe('brennanli3');
	expect([...apollo.members.keys()]).toEqual(['brennanli3']);
	expect(tencent.groups.get('@TGS#aJRGC4MH6').members.has('alice')).toBe(false);
	expect(tencent.isImported('alice') || tencent.isImported('bob')).toBe(false);
	const huawei = fake('Huawei Cloud Meeting');
	expect(['alice@demo', 'bob@demo'].map((a) => huawei.users.get(a).state)).toEqual([
		'disabled',
		'disabled',
	]);
	expect([...huawei.vmrs.values()].filter((v) => v.member)).toEqual([]);
	// Administrator rights: listed once, taken from the leaver who had them (alice), in one call.
	const adminCalls = huawei.requests.filter((r) => r.path.startsWith('/v1/usg/dcs/corp/admin'));
	expect(adminCalls.map((r) => [r.method, r.path, r.body])).toEqual([
		['GET', '/v1/usg/dcs/corp/admin', undefined],
		['POST', '/v1/usg/dcs/corp/admin/delete', ['alice@demo']],
	]);
	expect(huawei.users.get('alice@demo').admin).toBe(false);
	// …before the accounts are disabled.
	const order = huawei.requests.map((r) => r.path);
	expect(order.indexOf('/v1/usg/dcs/corp/admin/delete')).toBeLessThan(
		order.indexOf('/v1/usg/dcs/corp/member/status/1'),
	);
});

test('huawei-recording-retention.json downloads the old recording, then deletes only it', async () => {
	const file = 'huawei-recording-retention.json';
	const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	demo.restore();
	const huawei = demo.vendors.find((v) => v.credential.type === 'huaweiCloudMeetingApi').fake;
	const result = await runWorkflow(demo.localize(workflow), { credentials: demo.credentials });
	expect(result.status).toBe('success');
	const [file1] = result.output('Download recording');
	expect(file1.json).toMatchObject({
		confUUID: 'de00000000000000000000000000aa01',
		bytes: 3 * 1024 * 1024,
	});
	expect(Buffer.from(file1.binary.data.data, 'base64')).toHaveLength(3 * 1024 * 1024);
	const deletes = huawei.requests.filter(
		(r) => r.method === 'DELETE' && r.path === '/v1/mmc/management/record/files',
	);
	expect(deletes.map((r) => r.query)).toEqual([{ confUUIDs: 'de00000000000000000000000000aa01' }]);
	expect([...huawei.recordings.keys()]).toEqual(['de00000000000000000000000000aa02']);
	const files = huawei.requests.filter((r) => r.path.startsWith('/obs/'));
	expect(files.map((r) => r.headers['x-access-token'] ?? r.headers.authorization)).toEqual([
		undefined,
	]);
});

// A newcomer opens an example in the editor: a note says how to run it and what to change, and the
// timezone is explicit (a default n8n would run "18:00" at 18:00 America/New_York).
test.each([...files, ...triggerFiles])(
	'%s has a Try it note that names its explicit timezone',
	(file) => {
		const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
		const timezone = workflow.settings?.timezone;
		expect(typeof timezone).toBe('string');
		expect(new Intl.DateTimeFormat('en', { timeZone: timezone }).resolvedOptions().timeZone).toBe(
			timezone,
		);
		const notes = workflow.nodes.filter(
			(n) => n.type === 'n8n-nodes-base.stickyNote' && /^## Try it\n/.test(n.parameters.content),
		);
		expect(notes).toHaveLength(1);
		expect(notes[0].parameters.content).toContain(timezone);
	},
);

// Meetings last week → attendance sheet: one row per attendee from both vendors, and each vendor
// asked for exactly the ended list and each ended meeting's attendance.
test('attendance-sheet.json: one row per attendee, from the calls the fakes expect', async () => {
	const workflow = JSON.parse(fs.readFileSync(path.join(dir, 'attendance-sheet.json'), 'utf8'));
	demo.restore();
	const result = await runWorkflow(demo.localize(workflow), { credentials: demo.credentials });
	expect(result.status).toBe('success');
	const rows = result.output('One sheet').map((i) => i.json);
	expect(rows.map((r) => [r.vendor, r.meeting, r.attendeeId])).toEqual([
		['DingTalk', 'Design sync', 'demo-admin'],
		['DingTalk', 'Design sync', 'demo-user-3'],
		['DingTalk', 'Weekly review', 'demo-admin'],
		['DingTalk', 'Weekly review', 'demo-user-1'],
		['DingTalk', 'Weekly review', 'demo-user-2'],
		['Huawei Cloud Meeting', 'Quarterly planning', 'alice@demo'],
		['Huawei Cloud Meeting', 'Quarterly planning', 'bob@demo'],
		['Huawei Cloud Meeting', 'Vendor review', 'alice@demo'],
	]);
	expect(rows.find((r) => r.attendeeId === 'demo-user-1').minutes).toBe(55);
	expect(rows.find((r) => r.attendeeId === 'bob@demo').minutes).toBe(35);
	const sheet = result.output('Attendance sheet (CSV)');
	expect(sheet).toHaveLength(1);
	expect(sheet[0].binary.data.fileName).toMatch(/^attendance-\d{4}-\d{2}-\d{2}\.csv$/);
	const calls = (name, pattern) =>
		demo.vendors
			.find((v) => v.name === name)
			.fake.requests.filter((r) => pattern.test(r.path))
			.map((r) => `${r.method} ${r.path}${r.query.confUUID ? `?${r.query.confUUID}` : ''}`)
			.sort();
	expect(calls('DingTalk', /^\/v1\.0\//)).toEqual([
		'GET /v1.0/conference/videoConferences/demo-ended-1/details',
		'GET /v1.0/conference/videoConferences/demo-ended-2/details',
		'GET /v1.0/conference/videoConferences/histories/dataLists',
	]);
	expect(calls('Huawei Cloud Meeting', /^\/v1\/mmc\/management\/conferences\/history/)).toEqual([
		'GET /v1/mmc/management/conferences/history',
		'GET /v1/mmc/management/conferences/history/confAttendeeRecord?demo0ended0000000000000000000001',
		'GET /v1/mmc/management/conferences/history/confAttendeeRecord?demo0ended0000000000000000000002',
	]);
});
