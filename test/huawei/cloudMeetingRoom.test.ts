// Cloud meeting rooms: reclaim, assign, list and delete through n8n's engine against the fake.
import {
	RECLAIM,
	UUID,
	seq,
	accountCredential,
	assign,
	fake,
	getAll,
	memberWithVmrs,
	reclaim,
	runWorkflow,
	secretScan,
	useFake,
} from './setup';

useFake();

describe('Cloud Meeting Room: Reclaim From Member (seed 004), account & password', () => {
	test('sends the documented token request and the bare array, and reports the request id', async () => {
		const { account, password, credentials } = accountCredential();
		const ids = memberWithVmrs('example@123', 2);
		const result = await runWorkflow(reclaim(), {
			credentials,
			items: [{ json: { account: 'example@123', vmrIds: ids } }],
		});
		expect(result.status).toBe('success');
		const [tokenCall, call] = fake.requests;
		expect(tokenCall).toMatchObject({
			method: 'POST',
			path: '/v1/usg/acs/auth/account',
			body: { account, clientType: 72 },
		});
		expect(tokenCall.headers.authorization).toBe(
			`Basic ${Buffer.from(`${account}:${password}`).toString('base64')}`,
		);
		expect(call).toMatchObject({
			method: 'POST',
			path: '/v1/usg/dcs/corp/vmr/recycle-from-member/example%40123',
			query: { accountType: '0' },
		});
		expect(call.raw).toBe(JSON.stringify(ids));
		expect(call.headers['content-type']).toMatch(/^application\/json/);
		expect(call.headers['accept-language']).toBe('en-US');
		expect(call.headers['x-request-id']).toMatch(UUID);
		expect(fake.tokens.has(call.headers['x-access-token'])).toBe(true);
		expect(result.output('Vendor')).toEqual([
			{
				json: {
					success: true,
					account: 'example@123',
					accountType: 0,
					reclaimed: 2,
					calls: 1,
					vmrIds: ids,
					requestIds: [call.headers['x-request-id']],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(fake.ownedBy('example@123')).toEqual([]);
		expect(secretScan(result)).toEqual([]);
	});

	test('230 ids become calls of 100, 100 and 30, in order, each with its own request id', async () => {
		const { credentials } = accountCredential();
		const ids = memberWithVmrs('bulk@corp', 230);
		const result = await runWorkflow(reclaim(), {
			credentials,
			items: [{ json: { account: 'bulk@corp', vmrIds: ids } }],
		});
		const calls = fake.calls(RECLAIM);
		expect(calls.map((c) => c.body.length)).toEqual([100, 100, 30]);
		expect(calls.flatMap((c) => c.body)).toEqual(ids);
		const out = result.output('Vendor')[0].json;
		expect(out).toMatchObject({ reclaimed: 230, calls: 3 });
		expect(out.requestIds).toEqual(calls.map((c) => c.headers['x-request-id']));
		expect(new Set(out.requestIds).size).toBe(3);
		expect(fake.ownedBy('bulk@corp')).toEqual([]);
	});

	test('newline separated text (a pasted column) is a list; language zh-CN is sent as Accept-Language', async () => {
		const { credentials } = accountCredential();
		credentials['cred-1'].data.language = 'zh-CN';
		const ids = memberWithVmrs('text@corp', 2);
		const result = await runWorkflow(
			reclaim({ account: 'text@corp', vmrIds: `${ids[0]}\n${ids[1]}\n` }),
			{ credentials },
		);
		expect(result.status).toBe('success');
		expect(fake.calls(RECLAIM)[0].body).toEqual(ids);
		expect(fake.calls(RECLAIM)[0].headers['accept-language']).toBe('zh-CN');
	});

	test('an explicit account type overrides the auth mode default', async () => {
		const { credentials } = accountCredential();
		const ids = memberWithVmrs('tp-user-1', 1, 1);
		const result = await runWorkflow(
			reclaim({ account: 'tp-user-1', vmrIds: ids[0], accountType: 1 }),
			{ credentials },
		);
		expect(result.status).toBe('success');
		expect(fake.calls(RECLAIM)[0].query).toEqual({ accountType: '1' });
	});
});

describe('Cloud Meeting Room: Get Many', () => {
	test('Return All pages through 230 rooms with offset and limit', async () => {
		const { credentials } = accountCredential();
		const prefix = `page-${seq}`;
		const ids = fake.addVmrs(230, prefix);
		const result = await runWorkflow(getAll({ returnAll: true, searchKey: prefix }), {
			credentials,
		});
		const out = result.output('Vendor');
		expect(out.map((i) => i.json.id)).toEqual(ids);
		expect(out.every((i) => i.pairedItem.item === 0)).toBe(true);
		const calls = fake.calls('/v1/usg/dcs/corp/vmr');
		expect(calls.map((c) => [c.query.offset, c.query.limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '100'],
		]);
		expect(out[0].json.requestId).toBe(calls[0].headers['x-request-id']);
		expect(out[229].json.requestId).toBe(calls[2].headers['x-request-id']);
		expect(out[0].json).toMatchObject({ vmrName: `${prefix}-0`, status: 2 });
	});

	test('Limit stops paging early and asks only for what is missing', async () => {
		const { credentials } = accountCredential();
		const prefix = `lim-${seq}`;
		fake.addVmrs(230, prefix);
		const result = await runWorkflow(getAll({ returnAll: false, limit: 150, searchKey: prefix }), {
			credentials,
		});
		expect(result.output('Vendor')).toHaveLength(150);
		expect(fake.calls('/v1/usg/dcs/corp/vmr').map((c) => [c.query.offset, c.query.limit])).toEqual([
			['0', '100'],
			['100', '50'],
		]);
	});

	test('status filter is sent and applied', async () => {
		const { credentials } = accountCredential();
		const owner = `status-owner-${seq}`;
		const owned = memberWithVmrs(owner, 2);
		const result = await runWorkflow(getAll({ returnAll: true, searchKey: owner, status: 0 }), {
			credentials,
		});
		expect(fake.calls('/v1/usg/dcs/corp/vmr')[0].query).toMatchObject({
			status: '0',
			searchKey: owner,
		});
		expect(result.output('Vendor').map((i) => i.json.id)).toEqual(owned);
	});

	test('no rooms: no items', async () => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(
			getAll({ returnAll: true, searchKey: 'nothing-matches-this' }),
			{ credentials },
		);
		expect(result.status).toBe('success');
		expect(result.output('Vendor')).toEqual([]);
	});
});

describe('account in the path', () => {
	test('example@123 is URL-encoded and reaches the right member', async () => {
		const { credentials } = accountCredential();
		const ids = memberWithVmrs('user+x@123', 1);
		const result = await runWorkflow(reclaim(), {
			credentials,
			items: [{ json: { account: 'user+x@123', vmrIds: ids } }],
		});
		expect(result.status).toBe('success');
		expect(fake.calls(RECLAIM)[0].path).toBe(
			'/v1/usg/dcs/corp/vmr/recycle-from-member/user%2Bx%40123',
		);
		expect(fake.ownedBy('user+x@123')).toEqual([]);
	});

	test.each(['a/b', '..', 'x/../y', 'who?x=1', 'frag#1', 'back\\slash'])(
		'"%s" is rejected before anything is sent',
		async (account) => {
			const { credentials } = accountCredential();
			const result = await runWorkflow(reclaim(), {
				credentials,
				items: [{ json: { account, vmrIds: ['abc'] } }],
			});
			expect(result.nodeError('Vendor').message).toMatch(/^Account in item 1: must not contain/);
			expect(fake.requests).toHaveLength(0);
		},
	);
});

describe('bad input is rejected before anything is sent', () => {
	const cases = [
		[
			'no ids',
			() => reclaim({ account: 'someone', vmrIds: '={{ $json.nothing }}' }),
			/^VMR IDs in item 1: at least one VMR ID is required/,
		],
		[
			'an over-long id',
			() => reclaim({ account: 'someone', vmrIds: `ok,${'f'.repeat(65)}` }),
			/^VMR IDs \(entry 2\) in item 1: an VMR ID is longer than 64 characters/,
		],
		[
			'an empty account',
			() => assign({ account: '  ', vmrIds: 'abc' }),
			/^Account in item 1: an account is required/,
		],
		[
			'a bad account type',
			() => reclaim({ account: 'someone', vmrIds: 'abc', accountType: 7 }),
			/^Account Type in item 1: must be 0/,
		],
		['a zero limit', () => getAll({ limit: 0 }), /^Limit in item 1: must be at least 1/],
	];
	test.each(cases)('%s', async (_name, workflow, message) => {
		const { credentials } = accountCredential();
		const result = await runWorkflow(workflow(), { credentials });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});
