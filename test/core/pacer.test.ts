import { Pacer } from '../../nodes/core/pacer';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Runs `n` waiters on one pacer under fake time and returns the moments each was let through. */
async function release(pacer: Pacer, n: number, budgetMs = 60000): Promise<number[]> {
	const start = Date.now();
	const times: number[] = [];
	const all = Promise.all(Array.from({ length: n }, async () => {
		await pacer.wait();
		times.push(Date.now() - start);
	}));
	for (let t = 0; t < budgetMs && times.length < n; t += 5) await jest.advanceTimersByTimeAsync(5);
	await all;
	return times.sort((a, b) => a - b);
}

test('never lets more than the limit through in any one-second window', async () => {
	const times = await release(new Pacer(20), 100);
	for (let i = 20; i < times.length; i++) expect(times[i] - times[i - 20]).toBeGreaterThanOrEqual(1000);
	// ...and keeps close to the limit: 100 calls at 20/s take about 5 s, not much more.
	expect(times[99]).toBeLessThan(5600);
});

test('0 or a negative rate means no pacing at all', async () => {
	const times = await release(new Pacer(0), 50);
	expect(times[49]).toBe(0);
});
