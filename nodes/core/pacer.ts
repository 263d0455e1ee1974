import { sleep } from 'n8n-workflow';

/** Slack for clock and network jitter between our send and the vendor's count. */
const MARGIN_MS = 30;

/** The lowest the adaptive rate goes, as a share of the configured one. */
const MIN_SHARE = 0.05;
/** After a throttling answer the rate drops to this share, at most once a second (one burst is one signal). */
const DECREASE_TO = 0.5;
const DECREASE_EVERY_MS = 1000;
/** Recovery: the configured rate's share regained per second without throttling. */
const RECOVER_PER_SECOND = 0.01;

/**
 * Keeps a credential under the vendor's calls-per-second limit, however many items run at once.
 * Calls are spaced evenly, and a sliding one-second window of actual send times is the hard
 * bound: timers that fire late (a busy event loop) cannot bunch calls into a burst the vendor
 * would count as too many. One pacer per credential and API, shared process-wide.
 */
export class Pacer {
	private readonly sent: number[] = [];

	private nextSpaced = 0;

	/** Waiters take turns, so only the head of the queue runs a timer. */
	private queue: Promise<void> = Promise.resolve();

	/** The rate in force: the configured one, lowered after throttling (several n8n workers share a limit). */
	private rate: number;

	private lastDecrease = 0;

	private lastIncrease = 0;

	private recentThrottles: number[] = [];

	constructor(readonly perSecond: number) {
		this.rate = perSecond;
	}

	get current(): number {
		return this.rate;
	}

	/**
	 * The vendor throttled a call: halve the rate (multiplicative decrease). Independent processes
	 * that each do this converge under the vendor's limit without talking to each other.
	 */
	throttled(): void {
		const now = Date.now();
		// One throttled call alone is network jitter at the window's edge (the retry covers it);
		// a second within a second means the limit is shared.
		this.recentThrottles = this.recentThrottles.filter((t) => t > now - 1000);
		this.recentThrottles.push(now);
		if (this.recentThrottles.length < 2 || now - this.lastDecrease < DECREASE_EVERY_MS) return;
		this.lastDecrease = now;
		this.lastIncrease = now;
		this.rate = Math.max(this.perSecond * MIN_SHARE, this.rate * DECREASE_TO);
	}

	/** A call went through: win the rate back a little at a time (additive increase). */
	succeeded(): void {
		if (this.rate >= this.perSecond) return;
		const now = Date.now();
		const seconds = Math.min(1, (now - this.lastIncrease) / 1000);
		this.lastIncrease = now;
		this.rate = Math.min(this.perSecond, this.rate + this.perSecond * RECOVER_PER_SECOND * seconds);
	}

	async wait(): Promise<void> {
		if (!(this.perSecond > 0)) return;
		const turn = this.queue.then(async () => await this.acquire());
		this.queue = turn;
		await turn;
	}

	private async acquire(): Promise<void> {
		for (;;) {
			const capacity = Math.max(1, Math.floor(this.rate));
			const windowMs = (1000 * capacity) / this.rate + MARGIN_MS;
			// Half the mean interval: smooth enough for the vendor, and a timer that fired late can be
			// caught up on; the window above is what bounds the rate.
			const spacing = 500 / this.rate;
			const now = Date.now();
			while (this.sent.length > 0 && this.sent[0] <= now - windowMs) this.sent.shift();
			// After a decrease the window may hold more than the new capacity: wait for it to drain.
			if (this.sent.length < capacity && now >= this.nextSpaced) {
				this.sent.push(now);
				this.nextSpaced = now + spacing;
				return;
			}
			const windowFree = this.sent.length >= capacity ? this.sent[0] + windowMs : now;
			await sleep(Math.max(1, Math.max(windowFree, this.nextSpaced) - now));
		}
	}
}

const pacers = new Map<string, Pacer>();

export function pacerFor(key: string, perSecond: number): Pacer {
	const id = `${key}|${perSecond}`;
	let pacer = pacers.get(id);
	if (!pacer) {
		// One per credential, API and rate; a long-lived n8n with many credentials drops the oldest.
		if (pacers.size >= 10000) pacers.delete(pacers.keys().next().value as string);
		pacer = new Pacer(perSecond);
		pacers.set(id, pacer);
	}
	return pacer;
}
