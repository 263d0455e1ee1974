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

/**
 * Caches short-lived credentials (access tokens, signatures) per credential identity, for the
 * whole n8n process. Concurrent callers share one in-flight fetch, and a value is renewed a margin
 * before the vendor's expiry so no call goes out with a token about to die.
 */
export class TokenCache<T = string> {
	private readonly entries = new Map<string, Entry<T>>();

	constructor(private readonly marginSeconds: number) {}

	async get(key: string, issue: () => Promise<Issued<T>>, force = false): Promise<T> {
		const entry = this.entries.get(key) ?? { freshUntil: 0 };
		this.entries.set(key, entry);
		if (entry.inflight) return await entry.inflight;
		if (!force && entry.value !== undefined && Date.now() < entry.freshUntil) return entry.value;
		entry.inflight = (async () => {
			try {
				const issued = await issue();
				const lifetime = Math.max(issued.ttlSeconds - this.marginSeconds, issued.ttlSeconds / 2);
				entry.value = issued.value;
				entry.freshUntil = Date.now() + lifetime * 1000;
				return issued.value;
			} finally {
				entry.inflight = undefined;
			}
		})();
		return await entry.inflight;
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
