// Pipelined sending (issue 20 item 8) through n8n's engine and real HTTP: a target's calls go out
// while later items are still being read. The order is observed, not timed: each item's account is
// a getter that notes how many calls the fake had answered when n8n read that item's parameters.
import { accounts, useFake, workflowFor } from './setup';

const { ctx, newApp, newGroup, run } = useFake();
const wf = workflowFor('groupMember');

test('1,000 unban items, one group: the fake answers calls before the last item is read; 50 calls, outputs in order', async () => {
	const { credentials } = newApp();
	const list = accounts(1000, 'p');
	const groupId = newGroup({ banned: list });
	const seenAtRead: number[] = [];
	const items = list.map((a, i) => ({
		json: {
			get a() {
				seenAtRead[i] = ctx.fake.businessCalls().length;
				return a;
			},
		},
	}));
	const result = await run(
		wf('unban', { groupId, memberAccounts: '={{ $json.a }}', options: { concurrency: 1 } }),
		{ credentials, items },
	);
	expect(result.status).toBe('success');
	const out = result.output('Vendor');
	expect(out.map((o: any) => o.pairedItem.item)).toEqual(list.map((_, i) => i));
	expect(out.map((o: any) => o.json.memberAccounts[0])).toEqual(list);
	expect(ctx.fake.businessCalls()).toHaveLength(50);
	// Nothing is sent before the first call is full (20 accounts)…
	expect(seenAtRead[19]).toBe(0);
	// …and the calls queued ahead of the reading stay bounded: most were answered before the last item was read.
	expect(seenAtRead[999]).toBeGreaterThanOrEqual(40);
});
