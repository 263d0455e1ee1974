import { sleep } from 'n8n-workflow';

/** Slack for clock granularity: a slot counts from its call's answer, by when the vendor surely counted it. */
const MARGIN_MS = 5;
/**
 * A call not answered by this long after its release is taken to have reached the vendor by then
 * (covers event-loop stalls between release and send), so a slow vendor does not hold slots longer.
 */
const ARRIVAL_MS = 250;

/** The lowest the adaptive rate goes, as a share of the configured one. */
const MIN_SHARE = 0.05;
/** After a throttling answer the rate drops to this share, at most once a second (one burst is one signal). */
const DECREASE_TO = 0.5;
const DECREASE_EVERY_MS = 1000;
/** For this long after a decrease, one throttling answer is enough for the next one. */
const STRICT_AFTER_MS = 5000;
/** Recovery: the configured rate's share regained per second without throttling. */
const RECOVER_PER_SECOND = 0.01;
/** Calls are spaced out rather than sent together for this long after a decrease, and at first. */
const SHARED_FOR_MS = 120000;
const START_SPACED_MS = 3000;

const noop = () => {};

/**
 * A rate a node asked for binds the credential's API for this long after its last call: two runs
 * on one credential share the lowest rate either asked for, whatever their own settings.
 */
const ASKED_FOR_MS = 60000;

/**
 * Keeps a credential under the vendor's calls-per-second limit, however many items run at once:
 * at most `rate` calls in any sliding window of a second (plus a margin), each counted from its
 * answer — the vendor has surely counted it by then — so calls the event loop sends late cannot
 * land in a window the vendor counts as full. Calls are released together (as the HTTP Request
 * node's batches are; cheaper on CPU than spacing them) after the pacer's first seconds, unless
 * throttling showed the limit is shared. One pacer per credential and API, process-wide, at the
 * lowest rate its callers ask for (`ask`).
 */
export class Pacer {
	/** Per slot: when its call reached the vendor at the latest (its answer, see `wait`, or ARRIVAL_MS). */
	private sent: Array<{ at: number }> = [];

	private nextSpaced = 0;

	/** Calls released in the current group (see `acquire`). */
	private released = 0;

	private groupStart = 0;

	/** Until then calls are spaced: at first (other workers may share the limit) and after throttling. */
	private spacedUntil = Date.now() + START_SPACED_MS;

	/** Waiters take turns, so only the head of the queue runs a timer. */
	private queue: Promise<void> = Promise.resolve();

	/** The rate in force: the configured one, lowered after throttling (several n8n workers share a limit). */
	private rate: number;

	private lastDecrease = 0;

	private lastIncrease = 0;

	private recentThrottles: number[] = [];

	/** Each rate asked for (Infinity: no limit), and when it was last asked for. */
	private asked = new Map<number, number>();

	private ceiling: number;

	constructor(perSecond: number) {
		this.ceiling = perSecond > 0 ? perSecond : Infinity;
		this.rate = this.ceiling;
		this.asked.set(this.ceiling, Date.now());
	}

	/** The configured rate: the lowest any caller asked for lately (0: no pacing). */
	get perSecond(): number {
		return Number.isFinite(this.ceiling) ? this.ceiling : 0;
	}

	get current(): number {
		return this.rate;
	}

	/** A caller's rate (its node's Calls Per Second, or the vendor's limit): the lowest recent one wins. */
	ask(perSecond: number): this {
		const now = Date.now();
		const wanted = perSecond > 0 ? perSecond : Infinity;
		this.asked.set(wanted, now);
		const before = this.ceiling;
		let lowest = wanted;
		for (const [rate, at] of this.asked) {
			if (at < now - ASKED_FOR_MS) this.asked.delete(rate);
			else lowest = Math.min(lowest, rate);
		}
		this.ceiling = lowest;
		// Lowered by throttling, the rate wins back on its own (`succeeded`); else it follows the ceiling.
		this.rate = this.rate >= before ? this.ceiling : Math.min(this.rate, this.ceiling);
		return this;
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
		// Before the first decrease a single refusal is enough: at start-up it most likely means other
		// processes share the limit, and every second spent at the full rate costs refused calls. So
		// it is shortly after a decrease (the other processes have not slowed down yet).
		const needed = this.lastDecrease === 0 || now - this.lastDecrease < STRICT_AFTER_MS ? 1 : 2;
		if (this.recentThrottles.length < needed || now - this.lastDecrease < DECREASE_EVERY_MS) return;
		this.lastDecrease = now;
		this.lastIncrease = now;
		this.spacedUntil = now + SHARED_FOR_MS;
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

	/**
	 * Waits for a free slot. Call what it returns once the call's answer (or failure) is in: the
	 * slot then counts from that moment (if sooner than ARRIVAL_MS after its release).
	 */
	async wait(): Promise<() => void> {
		if (!(this.perSecond > 0)) return noop;
		const turn = this.queue.then(async () => await this.acquire());
		this.queue = turn.then(noop);
		return await turn;
	}

	private async acquire(): Promise<() => void> {
		for (;;) {
			const capacity = Math.max(1, Math.floor(this.rate));
			const windowMs = (1000 * capacity) / this.rate + MARGIN_MS;
			const now = Date.now();
			// Answers arrive out of order: the slots are not sorted.
			this.sent = this.sent.filter((slot) => slot.at > now - windowMs);
			// After a decrease the window may hold more than the new capacity: wait for it to drain.
			if (this.sent.length < capacity && now >= this.nextSpaced) {
				const slot = { at: now + ARRIVAL_MS };
				this.sent.push(slot);
				// Spaced, several processes sharing the limit interleave their calls instead of all
				// bursting into the same second; once alone at the full rate, calls go out together.
				// At first spaced in groups of a quarter of the rate: a slot's next call goes when it
				// frees, so the grouping persists and the process wakes a few times a second, not once
				// per call. After throttling, one call at a time.
				// At first a group's gap counts from its first call: counted from its last, the time the
				// group took to send came on top, and a process alone ran at 80 % of the rate for 3 s.
				const spaced = now < this.spacedUntil || this.rate < this.perSecond;
				const atFirst = this.lastDecrease === 0;
				const group = atFirst ? Math.max(1, Math.floor(capacity / 4)) : 1;
				if (this.released === 0) this.groupStart = now;
				this.released = (this.released + 1) % group;
				this.nextSpaced =
					spaced && this.released === 0
						? atFirst
							? this.groupStart + (500 * group) / this.rate
							: now + (500 * group) / this.rate
						: spaced
							? this.nextSpaced
							: 0;
				return () => this.answered(slot);
			}
			const windowFree =
				this.sent.length >= capacity
					? Math.min(...this.sent.map((slot) => slot.at)) + windowMs
					: now;
			await sleep(Math.max(1, Math.max(windowFree, this.nextSpaced) - now));
		}
	}

	/** An answer proves the call reached the vendor by now. */
	private answered(slot: { at: number }): void {
		slot.at = Math.min(slot.at, Date.now());
	}
}

const pacers = new Map<string, Pacer>();

/** The pacer of one credential and API (`key`), at the lowest rate asked for it lately. */
export function pacerFor(key: string, perSecond: number): Pacer {
	let pacer = pacers.get(key);
	if (!pacer) {
		// A long-lived n8n with many credentials drops the oldest.
		if (pacers.size >= 10000) pacers.delete(pacers.keys().next().value as string);
		pacer = new Pacer(perSecond);
		pacers.set(key, pacer);
	}
	return pacer.ask(perSecond);
}
