import { createHash } from 'node:crypto';

interface Entry<T> {
	value?: T;
	/** Epoch ms after which the value must not be handed out any more. */
	freshUntil: number;
	inflight?: Promise<T>;
}

export interface Issued<T> {
	value: T;
	/** Seconds the vendor says the value stays valid. */
	ttlSeconds: number;
}

/** Entries kept at most; an n8n with more live credentials than this refetches the oldest. */
const MAX_ENTRIES = 10000;

/**
 * Caches short-lived credentials (access tokens, signatures) per credential identity, for the
 * whole n8n process. Concurrent callers share one in-flight fetch, and a value is renewed a margin
 * before the vendor's expiry so no call goes out with a token about to die.
 */
export class TokenCache<T = string> {
	private readonly entries = new Map<string, Entry<T>>();

	constructor(private readonly marginSeconds: number) {}

	async get(key: string, issue: () => Promise<Issued<T>>, force = false): Promise<T> {
		let entry = this.entries.get(key);
		if (!entry) {
			if (this.entries.size >= MAX_ENTRIES)
				this.entries.delete(this.entries.keys().next().value as string);
			entry = { freshUntil: 0 };
			this.entries.set(key, entry);
		}
		if (entry.inflight) return await entry.inflight;
		if (!force && entry.value !== undefined && Date.now() < entry.freshUntil) return entry.value;
		const target = entry;
		target.inflight = (async () => {
			try {
				const issued = await issue();
				const lifetime = Math.max(issued.ttlSeconds - this.marginSeconds, issued.ttlSeconds / 2);
				target.value = issued.value;
				target.freshUntil = Date.now() + lifetime * 1000;
				return issued.value;
			} finally {
				target.inflight = undefined;
			}
		})();
		return await target.inflight;
	}

	/** The value held now, if any: the kernel scrubs it from everything it reports. */
	peek(key: string): T | undefined {
		return this.entries.get(key)?.value;
	}

	/** Forget a value the vendor rejected, unless someone already replaced it. */
	invalidate(key: string, rejected?: T): void {
		const entry = this.entries.get(key);
		if (entry && (rejected === undefined || entry.value === rejected)) {
			entry.value = undefined;
			entry.freshUntil = 0;
		}
	}
}

/** A cache key that changes when any identifying field or the secret changes, without holding the secret. */
export function credentialKey(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
