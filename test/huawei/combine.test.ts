// Combining input items into shared calls (issue 14 part 1) for the list-taking Huawei operations
// that may arrive twice: Reclaim VMRs (cloudMeetingRoom) and Disable users (user), through n8n's
// engine against the fake, which refuses a whole list for one unknown entry as Huawei does.
import {
	FAST,
	RECLAIM,
	accountCredential,
	fake,
	huaweiNode,
	memberWithVmrs,
	reclaim,
	runWorkflow,
	secretScan,
	seq,
	useFake,
} from './setup';

useFake();

const DISABLE = /^\/v1\/usg\/dcs\/corp\/member\/status\/1$/;

interface Case {
	name: string;
	path: RegExp;
	/** The output field that holds the item's ids. */
	idsField: string;
	counted: string;
	/** A workflow reading `target` (and `type`) and the ids from each item's json. */
	workflow(options?: Record<string, unknown>): any;
	/** `n` ids that exist for target `target`. */
	seed(target: string, n: number): string[];
	/** An id the vendor does not know: it refuses any call carrying it. */
	unknown: string;
	/** An item json for one target and its ids. */
	item(target: string, ids: string[]): Record<string, unknown>;
	/** Bad input for the plan (refused before anything is sent). */
	badItem: Record<string, unknown>;
	badMessage: RegExp;
	/** Whether the fake's state shows the ids as applied. */
	applied(target: string, ids: string[]): boolean;
}

const cases: Case[] = [
	{
		name: 'Cloud Meeting Room: Reclaim From Member',
		path: RECLAIM,
		idsField: 'vmrIds',
		counted: 'reclaimed',
		workflow: (options = {}) =>
			reclaim({ account: '={{ $json.target }}', options: { ...FAST, ...options } }),
		seed: (target, n) => memberWithVmrs(target, n),
		unknown: 'no-such-vmr',
		item: (target, ids) => ({ target, vmrIds: ids }),
		badItem: { target: 'bad/account', vmrIds: ['x'] },
		badMessage: /^Account in item 4: must not contain/,
		applied: (target, ids) => ids.every((id) => fake.vmrs.get(id) && !fake.vmrs.get(id).member),
	},
	{
		name: 'User: Disable',
		path: DISABLE,
		idsField: 'accounts',
		counted: 'disabled',
		workflow: (options = {}) =>
			huaweiNode('user', 'disable', {
				accounts: '={{ $json.accounts }}',
				accountType: '={{ $json.target }}',
				options: { ...FAST, ...options },
			}),
		seed(target, n) {
			const ids = Array.from({ length: n }, (_, k) => `cmb-${seq}-${target}-${k}`);
			for (const id of ids) {
				if (target === '1') fake.addThirdPartyUser(id);
				else fake.addUser(id, { password: 'x-password-1', admin: false });
			}
			return ids;
		},
		unknown: 'nobody@nowhere',
		item: (target, ids) => ({ target, accounts: ids }),
		badItem: { target: '0', accounts: [] },
		badMessage: /^Accounts in item 4: at least one account is required/,
		applied: (target, ids) =>
			ids.every((id) =>
				[...fake.users.entries()].some(
					([a, u]: [string, any]) =>
						(target === '1' ? u.thirdAccount === id : a === id) && u.state === 'disabled',
				),
			),
	},
];

/** The target of a case: a member for reclaim, the account type for disable. */
const targetA = (c: Case) => (c.path === RECLAIM ? `cmb-a-${seq}@corp` : '0');
const targetB = (c: Case) => (c.path === RECLAIM ? `cmb-b-${seq}@corp` : '1');

describe.each(cases.map((c) => [c.name, c] as const))('%s combines items', (_name, c) => {
	test('1,000 one-id items to one target take ⌈1000/100⌉ = 10 calls; 1,000 outputs in order, each with its own ids and call', async () => {
		const { credentials } = accountCredential();
		const target = targetA(c);
		const ids = c.seed(target, 1000);
		const result = await runWorkflow(c.workflow(), {
			credentials,
			items: ids.map((id) => ({ json: c.item(target, [id]) })),
		});
		expect(result.status).toBe('success');
		const calls = fake.calls(c.path);
		expect(calls).toHaveLength(10);
		expect(calls.every((call: any) => call.body.length === 100)).toBe(true);
		const requestOf = new Map<string, string>();
		for (const call of calls)
			for (const id of call.body) requestOf.set(id, call.headers['x-request-id']);
		const out = result.output('Vendor');
		expect(out).toHaveLength(1000);
		out.forEach((o: any, i: number) => {
			expect(o.pairedItem).toEqual({ item: i });
			expect(o.json).toMatchObject({
				success: true,
				[c.counted]: 1,
				calls: 1,
				[c.idsField]: [ids[i]],
				requestIds: [requestOf.get(ids[i])],
			});
		});
		expect(c.applied(target, ids)).toBe(true);
		expect(secretScan(result)).toEqual([]);
	});

	test('items with two different targets go in separate calls', async () => {
		const { credentials } = accountCredential();
		const [a, b] = [targetA(c), targetB(c)];
		const idsA = c.seed(a, 3);
		const idsB = c.seed(b, 3);
		const items = [0, 1, 2].flatMap((k) => [
			{ json: c.item(a, [idsA[k]]) },
			{ json: c.item(b, [idsB[k]]) },
		]);
		const result = await runWorkflow(c.workflow(), { credentials, items });
		expect(result.status).toBe('success');
		const calls = fake.calls(c.path);
		expect(calls).toHaveLength(2);
		expect(calls.map((call: any) => [...call.body].sort()).sort()).toEqual(
			[[...idsA].sort(), [...idsB].sort()].sort(),
		);
		expect(result.output('Vendor').map((o: any) => o.json[c.idsField][0])).toEqual(
			items.map((item: any) => item.json[c.idsField][0]),
		);
		expect(c.applied(a, idsA) && c.applied(b, idsB)).toBe(true);
	});

	test('one unknown id among 20 items: only its item fails, with its own id not applied; the others succeed', async () => {
		const { credentials } = accountCredential();
		const target = targetA(c);
		const ids = c.seed(target, 20);
		ids[7] = c.unknown;
		const wf = c.workflow();
		wf.nodes[1].onError = 'continueRegularOutput';
		const result = await runWorkflow(wf, {
			credentials,
			items: ids.map((id) => ({ json: c.item(target, [id]) })),
		});
		const out = result.output('Vendor');
		expect(out.map((o: any) => o.pairedItem.item)).toEqual(ids.map((_id, i) => i));
		expect(out.filter((o: any) => o.json.error).map((o: any) => o.pairedItem.item)).toEqual([7]);
		expect(out[7].json).toMatchObject({
			vendorCode: expect.stringMatching(/^USG\./),
			appliedIds: [],
			uncertainIds: [],
			notAppliedIds: [c.unknown],
		});
		expect(out[7].json.error).toMatch(new RegExp(c.unknown));
		const good = ids.filter((_id, i) => i !== 7);
		expect(c.applied(target, good)).toBe(true);
		// The first call held all 20; the halves isolate item 7 in a few more.
		expect(fake.calls(c.path).length).toBeLessThanOrEqual(2 * 20);
	});

	test('without Continue On Fail, bad input in item 3 stops the run before anything is sent', async () => {
		const { credentials } = accountCredential();
		const target = targetA(c);
		const ids = c.seed(target, 5);
		const items = ids.map((id, i) => ({ json: i === 3 ? c.badItem : c.item(target, [id]) }));
		const result = await runWorkflow(c.workflow(), { credentials, items });
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(c.badMessage);
		expect(fake.calls(c.path)).toHaveLength(0);
	});

	test('with Combine Items off, each item takes its own call, as before', async () => {
		const { credentials } = accountCredential();
		const target = targetA(c);
		const ids = c.seed(target, 5);
		const result = await runWorkflow(c.workflow({ combineItems: false }), {
			credentials,
			items: ids.map((id) => ({ json: c.item(target, [id]) })),
		});
		expect(result.status).toBe('success');
		const calls = fake.calls(c.path);
		expect(calls.map((call: any) => call.body).sort()).toEqual(ids.map((id) => [id]).sort());
		const out = result.output('Vendor');
		out.forEach((o: any, i: number) =>
			expect(o.json).toMatchObject({
				calls: 1,
				[c.idsField]: [ids[i]],
				requestIds: [calls.find((call: any) => call.body[0] === ids[i]).headers['x-request-id']],
			}),
		);
	});
});

test('an item whose ids span two combined calls reports both request ids', async () => {
	const { credentials } = accountCredential();
	const owner = `span-${seq}@corp`;
	const ids = memberWithVmrs(owner, 150);
	// 99 one-id items, then one item of 51: it fills the first call and opens the second.
	const items = [
		...ids.slice(0, 99).map((id) => ({ json: { target: owner, vmrIds: [id] } })),
		{ json: { target: owner, vmrIds: ids.slice(99) } },
	];
	const result = await runWorkflow(reclaim({ account: '={{ $json.target }}' }), {
		credentials,
		items,
	});
	const calls = fake.calls(RECLAIM);
	expect(calls.map((call: any) => call.body.length).sort()).toEqual([100, 50]);
	const last = result.output('Vendor')[99].json;
	expect(last).toMatchObject({ reclaimed: 51, calls: 2 });
	expect([...last.requestIds].sort()).toEqual(
		calls.map((call: any) => call.headers['x-request-id']).sort(),
	);
});
