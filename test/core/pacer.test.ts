import { Pacer, pacerFor } from '../../nodes/core/pacer';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Runs `n` waiters on one pacer under fake time and returns the moments each was let through. */
async function release(pacer: Pacer, n: number, budgetMs = 60000): Promise<number[]> {
	const start = Date.now();
	const times: number[] = [];
	const all = Promise.all(
		Array.from({ length: n }, async () => {
			await pacer.wait();
			times.push(Date.now() - start);
		}),
	);
	for (let t = 0; t < budgetMs && times.length < n; t += 5) await jest.advanceTimersByTimeAsync(5);
	await all;
	return times.sort((a, b) => a - b);
}

test('never lets more than the limit through in any one-second window', async () => {
	const times = await release(new Pacer(20), 100);
	for (let i = 20; i < times.length; i++)
		expect(times[i] - times[i - 20]).toBeGreaterThanOrEqual(1000);
	// ...and keeps close to the limit: 100 calls at 20/s take about 5 s, not much more.
	expect(times[99]).toBeLessThan(5600);
});

test('0 or a negative rate means no pacing at all', async () => {
	const times = await release(new Pacer(0), 50);
	expect(times[49]).toBe(0);
});

/** Waiters that each ask the credential's pacer for their own node's rate, as the transport does per call. */
async function releaseAsking(key: string, rates: number[], budgetMs = 60000): Promise<number[]> {
	const start = Date.now();
	const times: number[] = [];
	const all = Promise.all(
		rates.map(async (rate) => {
			await pacerFor(key, rate).wait();
			times.push(Date.now() - start);
		}),
	);
	for (let t = 0; t < budgetMs && times.length < rates.length; t += 5)
		await jest.advanceTimersByTimeAsync(5);
	await all;
	return times.sort((a, b) => a - b);
}

test('two runs on one credential and API share one pacer at the lower of their rates', async () => {
	// One node asks for 20 calls per second, another (same credential, same API) for 50.
	const rates = Array.from({ length: 120 }, (_, i) => (i % 2 ? 50 : 20));
	const times = await releaseAsking('cred-shared|api', rates);
	for (let i = 20; i < times.length; i++)
		expect(times[i] - times[i - 20]).toBeGreaterThanOrEqual(1000);
});

test('another API or another credential has a pacer of its own', async () => {
	const times = await releaseAsking('cred-x|api', Array(20).fill(20));
	const others = await Promise.all([
		releaseAsking('cred-x|other-api', Array(20).fill(20)),
		releaseAsking('cred-y|api', Array(20).fill(20)),
	]);
	expect(times[19]).toBeLessThan(1000);
	for (const t of others) expect(t[19]).toBeLessThan(1000);
});

test('once the slower run has not asked for a minute, the faster one gets its own rate', async () => {
	await releaseAsking('cred-later|api', Array(5).fill(10));
	await jest.advanceTimersByTimeAsync(61000);
	const pacer = pacerFor('cred-later|api', 50);
	expect(pacer.perSecond).toBe(50);
	expect(pacerFor('cred-later|api', 10).perSecond).toBe(10);
});
