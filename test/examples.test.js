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
