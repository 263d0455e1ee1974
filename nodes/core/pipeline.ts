import { sleep } from 'n8n-workflow';

/**
 * Runs jobs as they are queued, at most `limit` at once, in queue order. The combined run loop
 * queues each call as soon as it is full, while later items are still being read.
 */
export class Pipeline<J> {
	private queue: Array<J | undefined> = [];
	private head = 0;
	private running = 0;
	private waiters: Array<() => void> = [];
	/** A job that threw (the run loop's own jobs catch the vendor's errors: this is a bug's). */
	failure?: { error: unknown };

	constructor(
		private readonly limit: number,
		private readonly run: (job: J) => Promise<void>,
	) {}

	/** Jobs running now. */
	get inFlight(): number {
		return this.running;
	}

	/** Jobs queued or running. */
	get backlog(): number {
		return this.queue.length - this.head + this.running;
	}

	push(job: J): void {
		this.queue.push(job);
		this.pump();
	}

	/** Resolves once `done()` holds, checked whenever a job ends. */
	async until(done: () => boolean): Promise<void> {
		while (!done()) await new Promise<void>((resolve) => this.waiters.push(resolve));
	}

	private pump(): void {
		while (this.running < this.limit && this.head < this.queue.length) {
			const job = this.queue[this.head] as J;
			this.queue[this.head++] = undefined;
			// Memory is bounded by what is queued, not by every call the run made.
			if (this.head > 1024 && this.head * 2 > this.queue.length) {
				this.queue = this.queue.slice(this.head);
				this.head = 0;
			}
			this.running++;
			void this.run(job)
				.catch((error: unknown) => {
					this.failure ??= { error };
				})
				.finally(() => {
					this.running--;
					this.pump();
					const waiting = this.waiters;
					this.waiters = [];
					waiting.forEach((resolve) => resolve());
				});
		}
	}
}

/**
 * Lets the event loop handle the answers of calls in flight, then resumes. A message on a fresh
 * channel is handled in the same loop turn as ready sockets, without the ≥1 ms timer `sleep(0)`
 * waits (which, under load, costs several ms each time); `sleep(0)` where there is no channel.
 */
export async function yieldToAnswers(): Promise<void> {
	if (typeof MessageChannel !== 'function') return await sleep(0);
	await new Promise<void>((resolve) => {
		const channel = new MessageChannel();
		channel.port1.once('message', () => {
			channel.port1.close();
			resolve();
		});
		channel.port2.postMessage(0);
	});
}
