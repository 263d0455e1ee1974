import { Pacer } from '../../nodes/core/pacer';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** A vendor that accepts at most `limit` calls in any sliding second, across every caller. */
class Vendor {
	private readonly accepted: number[] = [];

	throttled = 0;

	ok = 0;

	constructor(private readonly limit: number) {}

	call(): boolean {
		const now = Date.now();
		while (this.accepted.length && this.accepted[0] <= now - 1000) this.accepted.shift();
		if (this.accepted.length >= this.limit) {
			this.throttled++;
			return false;
		}
		this.accepted.push(now);
		this.ok++;
		return true;
	}
}

/** A seeded generator, so every run of the simulation is the same run. */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `workers` n8n processes, each with its own pacer set to the vendor's limit, all sending flat out. */
async function simulate(workers: number, limit: number, seconds: number) {
	const vendor = new Vendor(limit);
	const rnd = random(workers * 7919);
	let running = true;
	const sleep = async (ms: number) => await new Promise((r) => setTimeout(r, ms));
	// Each process: its own pacer, 4 items in flight, a 5-45 ms round trip, started at its own moment.
	const loops = Array.from({ length: workers }, async (_, w) => {
		const pacer = new Pacer(limit);
		await sleep(w * 137);
		await Promise.all(
			Array.from({ length: 4 }, async () => {
				while (running) {
					const answered = await pacer.wait();
					await sleep(5 + Math.floor(rnd() * 40));
					const ok = vendor.call();
					// As the kernel's policy does: the slot counts from the answer.
					answered();
					if (ok) pacer.succeeded();
					else pacer.throttled();
				}
			}),
		);
	});
	// Warm-up (the first throttles while the workers find their share), then measure.
	await jest.advanceTimersByTimeAsync(5000);
	vendor.ok = 0;
	vendor.throttled = 0;
	await jest.advanceTimersByTimeAsync(seconds * 1000);
	running = false;
	// Waiters still queued at a lowered rate need a few seconds to drain.
	await jest.advanceTimersByTimeAsync(10000);
	await Promise.all(loops);
	return {
		perSecond: vendor.ok / seconds,
		throttledShare: vendor.throttled / (vendor.ok + vendor.throttled),
	};
}

test.each([[2], [3]])(
	'%i processes sharing a 20/s limit converge under it with few throttled calls',
	async (workers) => {
		const { perSecond, throttledShare } = await simulate(workers, 20, 60);
		expect(perSecond).toBeLessThanOrEqual(20);
		expect(perSecond).toBeGreaterThanOrEqual(0.85 * 20);
		expect(throttledShare).toBeLessThanOrEqual(0.05);
	},
);

test('one process alone keeps the full rate', async () => {
	const { perSecond, throttledShare } = await simulate(1, 20, 30);
	expect(perSecond).toBeGreaterThanOrEqual(0.95 * 20);
	// Only the odd call that network jitter lands at the window's edge; the retry covers it.
	expect(throttledShare).toBeLessThanOrEqual(0.02);
});
