// Combining input items into shared calls (issue 14 part 1) on the member commands that set a state:
// items with the same target (command, group and everything else but the account list) share calls
// up to the command's limit; every item still gets its own output, in order.
import { ALONE, accounts, continueOnFail, jsonOf, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');
const oneEach = (list: string[], extra: Record<string, unknown> = {}) =>
	list.map((a) => ({ json: { a, ...extra } }));
const bodies = () => ctx.fake.businessCalls().map((r: any) => r.body);

describe('Group Member: items combined into shared calls', () => {
	test('1,000 one-account unban items to one group take ⌈1000/20⌉ = 50 calls; 1,000 outputs in order', async () => {
		const { credentials } = newApp();
		const list = accounts(1000, 'u');
		const groupId = newGroup({ banned: [...list, 'other'] });
		const result = await run(wf('unban', { groupId, memberAccounts: '={{ $json.a }}' }), {
			credentials,
			items: oneEach(list),
		});
		expect(result.status).toBe('success');
		const out = result.output('Vendor');
		expect(out).toHaveLength(1000);
		expect(out.map((o: any) => o.pairedItem.item)).toEqual(list.map((_, i) => i));
		expect(out.map((o: any) => o.json)).toEqual(
			list.map((a) => ({ groupId, unbanned: 1, calls: 1, memberAccounts: [a] })),
		);
		expect(bodies()).toHaveLength(50);
		expect(
			bodies().every((b: any) => b.GroupId === groupId && b.Members_Account.length === 20),
		).toBe(true);
		expect(
			bodies()
				.flatMap((b: any) => b.Members_Account)
				.sort(),
		).toEqual([...list].sort());
		expect([...ctx.fake.groups.get(groupId).banned.keys()]).toEqual(['other']);
	});

	test('mute: 1,000 items take ⌈1000/500⌉ = 2 calls', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const result = await run(
			wf('mute', { groupId, memberAccounts: '={{ $json.a }}', muteTime: 90 }),
			{ credentials, items: oneEach(accounts(1000, 'm')) },
		);
		expect(jsonOf(result)[999]).toEqual({
			groupId,
			muted: 1,
			muteTime: 90,
			calls: 1,
			memberAccounts: ['m999'],
		});
		expect(bodies().map((b: any) => [b.Members_Account.length, b.MuteTime])).toEqual([
			[500, 90],
			[500, 90],
		]);
	});

	test('ban: another group or another Duration is another target, with calls of its own', async () => {
		const { credentials } = newApp();
		const g1 = newGroup();
		const g2 = newGroup();
		const items = [
			[g1, 60, 'a'],
			[g1, 60, 'b'],
			[g2, 60, 'c'],
			[g1, 120, 'd'],
			[g1, 60, 'e'],
			[g2, 60, 'f'],
		].map(([group, seconds, a]) => ({ json: { group, seconds, a } }));
		const result = await run(
			wf('ban', {
				groupId: '={{ $json.group }}',
				memberAccounts: '={{ $json.a }}',
				duration: '={{ $json.seconds }}',
				description: 'spam',
			}),
			{ credentials, items },
		);
		expect(jsonOf(result).map((j) => [j.groupId, j.duration, j.memberAccounts, j.calls])).toEqual(
			items.map(({ json }) => [json.group, json.seconds, [json.a], 1]),
		);
		const sent = bodies().map((b: any) => [
			b.GroupId,
			b.Duration,
			b.Members_Account.join(),
			b.Description,
		]);
		expect(sent.sort()).toEqual(
			[
				[g1, 120, 'd', 'spam'],
				[g1, 60, 'a,b,e', 'spam'],
				[g2, 60, 'c,f', 'spam'],
			].sort(),
		);
	});

	test('remove: Silent and Reason are part of the target', async () => {
		const { credentials } = newApp();
		const groupId = newGroup({ members: ['r1', 'r2', 'r3', 'stay'] });
		const items = [
			{ json: { a: 'r1', why: 'spam' } },
			{ json: { a: 'r2', why: 'left' } },
			{ json: { a: 'r3', why: 'spam' } },
		];
		const result = await run(
			wf('remove', {
				groupId,
				memberAccounts: '={{ $json.a }}',
				reason: '={{ $json.why }}',
				silence: true,
			}),
			{ credentials, items },
		);
		expect(jsonOf(result).map((j) => j.memberAccounts)).toEqual([['r1'], ['r2'], ['r3']]);
		expect(
			bodies()
				.map((b: any) => [b.MemberToDel_Account.join(), b.Reason, b.Silence])
				.sort(),
		).toEqual([
			['r1,r3', 'spam', 1],
			['r2', 'left', 1],
		]);
		expect([...ctx.fake.groups.get(groupId).members.keys()]).toEqual(['stay']);
	});

	test('one unknown account among 100 items: Tencent refuses the shared list, only its item fails', async () => {
		const { credentials } = newApp();
		const list = accounts(100, 'k');
		list[37] = 'ghost';
		ctx.fake.importAccounts(list.filter((a) => a !== 'ghost'));
		ctx.fake.strictAccounts = true;
		const groupId = newGroup();
		const result = await run(
			continueOnFail(wf('mute', { groupId, memberAccounts: '={{ $json.a }}', muteTime: 60 })),
			{ credentials, items: oneEach(list) },
		);
		const out = jsonOf(result);
		expect(out).toHaveLength(100);
		expect(out.map((j, i) => (j.error ? i : -1)).filter((i) => i >= 0)).toEqual([37]);
		expect(out[37]).toMatchObject({
			error: 'Tencent Cloud Chat error 10019: account ghost does not exist',
			appliedIds: [],
			notAppliedIds: ['ghost'],
			uncertainIds: [],
		});
		expect(out[36]).toEqual({ groupId, muted: 1, muteTime: 60, calls: 1, memberAccounts: ['k36'] });
		expect([...ctx.fake.groups.get(groupId).muted.keys()].sort()).toEqual(
			list.filter((a) => a !== 'ghost').sort(),
		);
		// One call, then halves down to the bad item: far fewer than one call per item.
		expect(bodies().length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(100)) + 1);
	});

	test("add: 600 one-account items take 2 calls; each item reports its own members' Results", async () => {
		const { credentials } = newApp();
		const list = accounts(600, 'n');
		ctx.fake.importAccounts(list);
		const groupId = newGroup({ members: ['n5'] });
		const result = await run(wf('add', { groupId, memberAccounts: '={{ $json.a }}' }), {
			credentials,
			items: oneEach(list),
		});
		const out = jsonOf(result);
		expect(out[0]).toEqual({
			groupId,
			calls: 1,
			added: ['n0'],
			alreadyMembers: [],
			awaitingConfirmation: [],
		});
		expect(out[5]).toEqual({
			groupId,
			calls: 1,
			added: [],
			alreadyMembers: ['n5'],
			awaitingConfirmation: [],
		});
		expect(out.map((j) => [...j.added, ...j.alreadyMembers])).toEqual(list.map((a) => [a]));
		expect(bodies().map((b: any) => b.MemberList.length)).toEqual([300, 300]);
	});

	test('add with Continue On Fail: an account Tencent answers Result 0 for fails its own item only, no extra call', async () => {
		const { credentials } = newApp();
		const list = accounts(50, 'q');
		ctx.fake.importAccounts(list.filter((a) => a !== 'q7' && a !== 'q40'));
		const groupId = newGroup();
		const result = await run(
			continueOnFail(wf('add', { groupId, memberAccounts: '={{ $json.a }}' })),
			{ credentials, items: oneEach(list) },
		);
		const out = jsonOf(result);
		expect(out.map((j, i) => (j.error ? i : -1)).filter((i) => i >= 0)).toEqual([7, 40]);
		expect(out[7].error).toMatch(
			/^Tencent Cloud Chat error 10019: 1 of 1 members to add failed \(q7: 10019\)/,
		);
		expect(out[8]).toEqual({
			groupId,
			calls: 1,
			added: ['q8'],
			alreadyMembers: [],
			awaitingConfirmation: [],
		});
		expect(bodies()).toHaveLength(1);
	});

	test('a throttled shared call is retried as a whole: every item succeeds, one extra call', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		ctx.fake.failNext(60007, 'REST API call frequency exceeded', 1, { after: 1 });
		const result = await run(wf('unban', { groupId, memberAccounts: '={{ $json.a }}' }), {
			credentials,
			items: oneEach(accounts(45, 't')),
		});
		expect(result.status).toBe('success');
		expect(jsonOf(result).every((j, i) => j.memberAccounts[0] === `t${i}` && j.calls === 1)).toBe(
			true,
		);
		// 3 calls (20 + 20 + 5), the throttled one sent again with the same 20 accounts.
		expect(
			bodies()
				.map((b: any) => b.Members_Account.length)
				.sort(),
		).toEqual([20, 20, 20, 5]);
		expect(new Set(bodies().flatMap((b: any) => b.Members_Account)).size).toBe(45);
	});

	test('Continue On Fail off and bad input in item 3: the run fails and nothing is sent', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const items = oneEach(['a0', 'a1', 'a2', '', 'a4']);
		const result = await run(wf('unban', { groupId, memberAccounts: '={{ $json.a }}' }), {
			credentials,
			items,
		});
		expect(result.status).toBe('error');
		expect(result.nodeError('Vendor').message).toMatch(
			/Member Accounts in item 4: at least one account is required/,
		);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('with Combine Items off each item sends its own calls, as before', async () => {
		const { credentials } = newApp();
		const groupId = newGroup();
		const result = await run(
			wf('unban', { groupId, memberAccounts: '={{ $json.a }}', options: ALONE }),
			{ credentials, items: oneEach(accounts(5, 'x')) },
		);
		expect(jsonOf(result).map((j) => j.memberAccounts)).toEqual([
			['x0'],
			['x1'],
			['x2'],
			['x3'],
			['x4'],
		]);
		expect(
			bodies()
				.map((b: any) => b.Members_Account)
				.sort(),
		).toEqual([['x0'], ['x1'], ['x2'], ['x3'], ['x4']]);
	});
});
