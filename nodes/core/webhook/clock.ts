/**
 * The triggers' clock (replay windows, de-duplication). Tests move it forward to check behaviour
 * across hours without waiting; nothing else sets it.
 */
let source: () => number = () => Date.now();

export function now(): number {
	return source();
}

/** Replaces the clock; without an argument, goes back to the real time. */
export function setWebhookClock(clock?: () => number): void {
	source = clock ?? (() => Date.now());
}
