import { now } from './clock';

/**
 * Whether a vendor timestamp lies within `windowSeconds` of now (either side, so a clock running
 * ahead is tolerated as much as one behind). A window of 0 turns the check off.
 */
export function isFresh(timestampMs: number, windowSeconds: number, nowMs = now()): boolean {
	if (!windowSeconds || windowSeconds <= 0) return true;
	if (!Number.isFinite(timestampMs)) return false;
	return Math.abs(nowMs - timestampMs) <= windowSeconds * 1000;
}

/** Reads a Unix time given in seconds or milliseconds (vendors mix both) as milliseconds. */
export function toMillis(value: unknown): number {
	const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
	if (!Number.isFinite(n) || n <= 0) return NaN;
	return n < 1e12 ? n * 1000 : n;
}
