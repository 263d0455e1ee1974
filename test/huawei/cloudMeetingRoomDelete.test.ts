// Cloud meeting rooms: Delete, and Continue On Fail across items (reclaim).
import {
	FAST,
	RECLAIM,
	seq,
	accountCredential,
	fake,
	getAll,
	memberWithVmrs,
	node,
	pickerContext,
	reclaim,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

useFake();

describe('Continue On Fail', () => {
	test('3 items with a bad middle one give 3 outputs in order with pairedItem', async () => {
		const { credentials } = accountCredential();
		const first = memberWithVmrs(`cof-a-${seq}`, 1);
		const third = memberWithVmrs(`cof-c-${seq}`, 1);
		const wf = reclaim();
		wf.nodes[1].onError = 'continueRegularOutput';
		const items = [
			{ json: { account: `cof-a-${seq}`, vmrIds: first } },
			{ json: { account: 'bad/account', vmrIds: ['x'] } },
			{ json: { account: `cof-c-${seq}`, vmrIds: third } },
		];
		const result = await runWorkflow(wf, { credentials, items });
		expect(result.status).toBe('success');
		const out = result.output('Vendor');
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({ success: true, reclaimed: 1 });
		expect(out[1].json.error).toMatch(/^Account in item 2: must not contain/);
		expect(out[2].json).toMatchObject({ success: true, reclaimed: 1 });
		expect(fake.calls(RECLAIM)).toHaveLength(2);
		expect(secretScan(result)).toEqual([]);
	});

	test('a failed chunk says which VMRs were applied and carries the request id', async () => {
		const { credentials } = accountCredential();
		const owner = `chunk-${seq}`;
		const ids = memberWithVmrs(owner, 150);
		// One item's own chunks, one after another (combined calls may go out side by side).
		const wf = reclaim({ options: { ...FAST, combineItems: false } });
		wf.nodes[1].onError = 'continueRegularOutput';
		// The second reclaim call is refused as Huawei refuses it (its error body names the request).
		fake.inject({
			kind: 'status',
			status: 400,
			path: RECLAIM,
			skip: 1,
			times: 1,
			body: (r: any) => ({
				error_code: 'USG.000010136',
				error_msg: 'not assigned',
				request_id: r.headers['x-request-id'],
			}),
		});
		const result = await runWorkflow(wf, {
			credentials,
			items: [{ json: { account: owner, vmrIds: ids } }],
		});
		const [item] = result.output('Vendor');
		const second = fake.calls(RECLAIM)[1].headers['x-request-id'];
		expect(item.json).toMatchObject({
			error: 'Huawei Cloud Meeting error USG.000010136: not assigned',
			failedCall: 2,
			calls: 2,
			requestId: second,
			vendorCode: 'USG.000010136',
		});
		expect(item.json.earlierRequestIds).toEqual([fake.calls(RECLAIM)[0].headers['x-request-id']]);
		expect(item.json.appliedIds).toEqual(ids.slice(0, 100));
		expect(item.json.notAppliedIds).toEqual(ids.slice(100));
		expect(item.json.description).toMatch(new RegExp(`request ID ${second}`));
	});
});

describe('Cloud Meeting Room: Delete', () => {
	const DELETE = '/v1/usg/dcs/corp/vmr/delete';

	test('230 rooms are deleted in calls of 100, 100 and 30; deleted rooms leave the list', async () => {
		const { credentials } = accountCredential();
		const ids = fake.addVmrs(230, `del-${seq}`);
		const result = await runWorkflow(node('delete', { vmrIds: '={{ $json.vmrIds }}' }), {
			credentials,
			items: [{ json: { vmrIds: ids } }],
		});
		expect(result.output('Vendor')[0].json).toMatchObject({
			success: true,
			deleted: 230,
			calls: 3,
		});
		expect(fake.calls(DELETE).map((c: any) => [c.method, c.body.length])).toEqual([
			['POST', 100],
			['POST', 100],
			['POST', 30],
		]);
		const listed = await runWorkflow(getAll({ returnAll: true, searchKey: `del-${seq}` }), {
			credentials,
		});
		expect(listed.output('Vendor')).toEqual([]);
	});

	test("an unknown room fails the call with Huawei's code; the earlier call is named as applied", async () => {
		const { credentials } = accountCredential();
		const ids = [...fake.addVmrs(100), 'no-such-room'];
		const result = await runWorkflow(node('delete', { vmrIds: ids }), { credentials });
		const error = result.nodeError('Vendor');
		expect(error.message).toBe(
			'Huawei Cloud Meeting error USG.000010134: VMR no-such-room does not exist',
		);
		expect(error.context).toMatchObject({
			failedCall: 2,
			calls: 2,
			appliedIds: ids.slice(0, 100),
			notAppliedIds: ['no-such-room'],
		});
	});

	test('no rooms is refused before anything is sent', async () => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(node('delete', { vmrIds: '={{ [] }}' }), { credentials });
		expect(result.nodeError('Vendor').message).toMatch(
			/^Cloud Meeting Rooms in item 1: at least one VMR ID is required/,
		);
		expect(fake.requests).toHaveLength(0);
	});

	test('the room picker lists every room with its member, by unique id', async () => {
		const { credentials } = accountCredential();
		fake.vmrs.clear();
		fake.addVmrs(150);
		const owned = memberWithVmrs(`owner-${seq}@corp`, 1);
		const { ctx, methods } = await pickerContext(credentials['cred-1'].data);
		const options = await methods.loadOptions.getRooms.call(ctx);
		expect(options).toContainEqual({
			name: expect.stringContaining(`owner-${seq}@corp`),
			value: owned[0],
		});
		// Pages of 100: 151 rooms take two calls.
		expect(options.length).toBe(151);
		expect(fake.calls('/v1/usg/dcs/corp/vmr').map((c: any) => c.query.offset)).toEqual([
			'0',
			'100',
		]);
	});
});
