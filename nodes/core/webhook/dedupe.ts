/**
 * Remembers event ids for a while so a redelivered event starts no second execution. Bounded in
 * time (entries expire after `ttlMs`) and in size (the oldest entries go first), so a flood of
 * distinct ids cannot grow memory without limit. Per process: in queue mode each main instance
 * keeps its own memory, which is fine because a vendor retries to the same URL within seconds.
 */
export class DedupeStore {
	private readonly seen = new Map<string, number>();

	constructor(
		private readonly ttlMs = 10 * 60 * 1000,
		private readonly maxEntries = 10000,
	) {}

	/** Records `id`; returns false when it was already seen within the window. */
	firstSeen(id: string, now = Date.now()): boolean {
		this.evict(now);
		const at = this.seen.get(id);
		if (at !== undefined && now - at < this.ttlMs) return false;
		this.seen.delete(id);
		this.seen.set(id, now);
		while (this.seen.size > this.maxEntries) {
			const oldest = this.seen.keys().next().value as string;
			this.seen.delete(oldest);
		}
		return true;
	}

	/** Forgets `id`, e.g. when a delivery was refused after being recorded. */
	forget(id: string): void {
		this.seen.delete(id);
	}

	get size(): number {
		return this.seen.size;
	}

	private evict(now: number): void {
		// Map keeps insertion order, so expired entries sit at the front.
		for (const [id, at] of this.seen) {
			if (now - at < this.ttlMs) break;
			this.seen.delete(id);
		}
	}
}

const stores = new Map<string, DedupeStore>();

/** One store per workflow and trigger node, shared by every request this process serves. */
export function dedupeStoreFor(key: string, ttlMs?: number): DedupeStore {
	let store = stores.get(key);
	if (!store) {
		store = new DedupeStore(ttlMs);
		stores.set(key, store);
	}
	return store;
}
