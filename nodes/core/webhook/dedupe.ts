import { createHash } from 'node:crypto';

import { now } from './clock';

/**
 * Remembers event ids for a while so a redelivered event starts no second execution. Bounded in
 * time (entries expire after `ttlMs`) and in size (the oldest entries go first), so a flood of
 * distinct ids cannot grow memory without limit; ids are kept as fixed-size hashes, so a long id
 * costs no more than a short one. Per process: in queue mode each webhook process keeps its own
 * memory (a vendor retries to the same URL, which the load balancer may send elsewhere).
 */
export class DedupeStore {
	private readonly seen = new Map<string, number>();

	constructor(
		public ttlMs = 10 * 60 * 1000,
		private readonly maxEntries = 10000,
	) {}

	/** Records `id`; returns false when it was already seen within the window. */
	firstSeen(id: string, at = now()): boolean {
		this.evict(at);
		const key = createHash('sha256').update(id, 'utf8').digest('base64');
		const seenAt = this.seen.get(key);
		if (seenAt !== undefined && at - seenAt < this.ttlMs) return false;
		this.seen.delete(key);
		this.seen.set(key, at);
		while (this.seen.size > this.maxEntries) {
			const oldest = this.seen.keys().next().value as string;
			this.seen.delete(oldest);
		}
		return true;
	}

	get size(): number {
		return this.seen.size;
	}

	private evict(at: number): void {
		// Map keeps insertion order, so expired entries sit at the front.
		for (const [key, seenAt] of this.seen) {
			if (at - seenAt < this.ttlMs) break;
			this.seen.delete(key);
		}
	}
}

const stores = new Map<string, DedupeStore>();

/**
 * One store per workflow and trigger node, shared by every request this process serves. `ttlMs`
 * follows the node's current settings (a changed replay window applies at the next delivery).
 */
export function dedupeStoreFor(key: string, ttlMs?: number, maxEntries?: number): DedupeStore {
	let store = stores.get(key);
	if (!store) {
		store = new DedupeStore(ttlMs, maxEntries);
		stores.set(key, store);
	} else if (ttlMs !== undefined) store.ttlMs = ttlMs;
	return store;
}
