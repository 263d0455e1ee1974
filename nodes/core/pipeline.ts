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
