// Recordings: Get Many, Get Download Links, Download (streamed, size-capped, no credentials sent to
// object storage) and Delete, through n8n's engine against the fake.
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

const MB = 1024 * 1024;
const recording = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('recording', operation, params);
const OBS = /^\/obs\//;

describe('Recording: Get Many, Get Download Links, Delete', () => {
	test('Get Many lists recordings in the range; deleted ones vanish from it', async () => {
		const { credentials } = accountCredential();
		const old = fake.addRecording({ subject: 'Old', start: Date.now() - 20 * 86400000 });
		const recent = fake.addRecording({ subject: 'Recent', start: Date.now() - 86400000 });
		const list = (from: string) =>
			runWorkflow(recording('getAll', { startDate: from, returnAll: true }), { credentials });
		const all = await list('={{ $now.minus({ days: 30 }).toISO() }}');
		expect(all.output('Vendor').map((i: any) => i.json.confUUID)).toEqual([recent, old]);
		const [call] = fake.calls('/v1/mmc/management/record/files');
		expect(call.query).toMatchObject({ offset: '0', limit: '500', sortType: 'DSC_StartTIME' });
		expect(Number(call.query.endDate) - Number(call.query.startDate)).toBeGreaterThan(
			29 * 86400000,
		);

		const del = await runWorkflow(recording('delete', { confUUIDs: old }), { credentials });
		expect(del.output('Vendor')[0].json).toMatchObject({ success: true, deletedConfUUIDs: [old] });
		const [deleteCall] = fake.calls(/record\/files/).filter((c: any) => c.method === 'DELETE');
		expect(deleteCall.query).toEqual({ confUUIDs: old });
		const after = await list('={{ $now.minus({ days: 30 }).toISO() }}');
		expect(after.output('Vendor').map((i: any) => i.json.confUUID)).toEqual([recent]);
		expect(secretScan(after)).toEqual([]);
	});

	test('Delete of 230 recordings goes in calls of 100, 100, 30 and is never resent', async () => {
		const { credentials } = accountCredential();
		const ids = Array.from({ length: 230 }, () => fake.addRecording());
		const result = await runWorkflow(recording('delete', { confUUIDs: ids }), { credentials });
		expect(result.output('Vendor')[0].json.calls).toBe(3);
		expect(ids.filter((id) => fake.recordings.has(id))).toEqual([]);
		fake.reset();
		const again = fake.addRecording();
		fake.inject({ kind: 'reset', path: /record\/files/, times: 1 });
		const failed = await runWorkflow(recording('delete', { confUUIDs: again }), { credentials });
		expect(failed.nodeError('Vendor')).toBeTruthy();
		expect(fake.calls(/record\/files/)).toHaveLength(1);
	});

	test('Get Download Links gives one item per file, without the download token', async () => {
		const { credentials } = accountCredential();
		const id = fake.addRecording({ sizes: [1000, 2000] });
		const result = await runWorkflow(recording('getDownloadLinks', { confUUID: byId(id) }), {
			credentials,
		});
		const out = result.output('Vendor').map((i: any) => i.json);
		expect(out.map((o: any) => o.fileType)).toEqual(['Hd', 'Aux']);
		expect(out.every((o: any) => o.confUUID === id && o.url.includes(`/obs/${id}/`))).toBe(true);
		expect(findSecrets([out], [...fake.downloadTokens])).toEqual([]);
	});

	test('bad input is refused before anything is sent', async () => {
		const { credentials } = accountCredential();
		const noFrom = await runWorkflow(recording('getAll', { startDate: '={{ "" }}' }), {
			credentials,
		});
		expect(noFrom.nodeError('Vendor').message).toMatch(/From.*item 1|item 1.*From/);
		const comma = await runWorkflow(recording('delete', { confUUIDs: '={{ ["a,b"] }}' }), {
			credentials,
		});
		expect(comma.nodeError('Vendor').message).toMatch(/comma/);
		expect(fake.requests).toHaveLength(0);
	});

	test('the "From list" picker lists recent recordings', async () => {
		const { credentials } = accountCredential();
		const id = fake.addRecording({ subject: 'Board review' });
		const { ctx, methods } = await pickerContext(credentials['cred-1'].data);
		const found = await methods.listSearch.searchRecordings.call(ctx, 'Board');
		expect(found.results).toEqual([{ name: expect.stringContaining('Board review'), value: id }]);
	});
});

describe('Recording: Download', () => {
	test('a 6 MB file is streamed into binary data; no credential goes to the file host', async () => {
		const { credentials } = accountCredential();
		const id = fake.addRecording({ sizes: [6 * MB + 123] });
		const result = await runWorkflow(recording('download', { confUUID: byId(id) }), {
			credentials,
		});
		expect(result.status).toBe('success');
		const [item] = result.output('Vendor');
		expect(item.json).toMatchObject({ confUUID: id, fileType: 'Hd', bytes: 6 * MB + 123 });
		const data = Buffer.from(item.binary.data.data, 'base64');
		expect(data.length).toBe(6 * MB + 123);
		// The fake's pattern: each 64 KiB chunk filled with its offset modulo 251.
		expect([data[0], data[64 * 1024], data[6 * MB]]).toEqual([
			0,
			(64 * 1024) % 251,
			(6 * MB) % 251,
		]);
		expect(item.binary.data.mimeType).toBe('video/mp4');
		const [get] = fake.calls(OBS);
		for (const h of ['authorization', 'x-access-token', 'x-conference-authorization'])
			expect(get.headers[h]).toBeUndefined();
		expect(secretScan(result)).toEqual([]);
	});

	test('a file above Max File Size is refused with a clear error', async () => {
		const { credentials } = accountCredential();
		const id = fake.addRecording({ sizes: [3 * MB] });
		const result = await runWorkflow(
			recording('download', { confUUID: byId(id), maxFileSizeMb: 2 }),
			{ credentials },
		);
		const error = result.nodeError('Vendor');
		expect(error.message).toMatch(
			new RegExp(`item 1 is ${3 * MB} bytes, above Max File Size \\(${2 * MB} bytes\\)`),
		);
		expect(fake.calls(OBS)).toHaveLength(1);
	});

	test('a redirect from the file host is not followed and its signature shows nowhere', async () => {
		const { credentials } = accountCredential();
		const id = fake.addRecording({ sizes: [100] });
		fake.inject({
			kind: 'status',
			status: 302,
			path: OBS,
			headers: { Location: 'http://127.0.0.1:9/elsewhere' },
			body: {},
			times: 1,
		});
		const result = await runWorkflow(recording('download', { confUUID: byId(id) }), {
			credentials,
		});
		const error = result.nodeError('Vendor');
		expect(error).toBeTruthy();
		expect(fake.calls(OBS)).toHaveLength(1);
		const signature = String(fake.calls(OBS)[0].query.Signature);
		const reported = [error.message, error.description, error.context, error.stack];
		expect(findSecrets(reported, [`Signature=${signature}`, ...allSecrets()])).toEqual([]);
	});
});
