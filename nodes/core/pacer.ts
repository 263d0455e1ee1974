import { sleep } from 'n8n-workflow';

/**
 * Spaces calls evenly so a credential never exceeds the vendor's calls-per-second limit,
 * however many items run at once. One pacer per credential and API, shared process-wide.
 */
export class Pacer {
	private next = 0;

	constructor(readonly perSecond: number) {}

	async wait(): Promise<void> {
		if (!(this.perSecond > 0)) return;
		const interval = 1000 / this.perSecond;
		const now = Date.now();
		const slot = Math.max(now, this.next);
		this.next = slot + interval;
		if (slot > now) await sleep(slot - now);
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
