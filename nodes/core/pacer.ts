import { sleep } from 'n8n-workflow';

/** Slack for clock and network jitter between our send and the vendor's count. */
const MARGIN_MS = 30;

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

	constructor(readonly perSecond: number) {}

	async wait(): Promise<void> {
		if (!(this.perSecond > 0)) return;
		const turn = this.queue.then(async () => await this.acquire());
		this.queue = turn;
		await turn;
	}

	private async acquire(): Promise<void> {
		const capacity = Math.max(1, Math.floor(this.perSecond));
		const windowMs = (1000 * capacity) / this.perSecond + MARGIN_MS;
		// Half the mean interval: smooth enough for the vendor, and a timer that fired late can be
		// caught up on; the window above is what bounds the rate.
		const spacing = 500 / this.perSecond;
		for (;;) {
			const now = Date.now();
			while (this.sent.length > 0 && this.sent[0] <= now - windowMs) this.sent.shift();
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
		pacer = new Pacer(perSecond);
		pacers.set(id, pacer);
	}
	return pacer;
}
