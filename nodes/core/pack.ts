/** The ids one item puts into one call (an item with more ids than fit spans calls). */
export interface Segment {
	item: number;
	ids: string[];
}

/**
 * Packs one target's items into calls of at most `limit` distinct ids, as they are read: a call is
 * handed to `full` when an id arrives that no longer fits (an id already aboard takes no room), and
 * the last one by `end()`. An item spans calls where it must.
 */
export class Packer {
	private current: Segment[] = [];
	private ids = new Set<string>();

	constructor(
		private readonly limit: number,
		private readonly full: (call: Segment[]) => void,
	) {}

	add(segment: Segment): void {
		let part: string[] = [];
		for (const id of segment.ids) {
			if (!this.ids.has(id) && this.ids.size >= this.limit) {
				if (part.length) this.current.push({ item: segment.item, ids: part });
				this.full(this.current);
				this.current = [];
				this.ids = new Set();
				part = [];
			}
			this.ids.add(id);
			part.push(id);
		}
		if (part.length) this.current.push({ item: segment.item, ids: part });
	}

	end(): void {
		if (this.current.length) this.full(this.current);
		this.current = [];
		this.ids = new Set();
	}
}

/** Packs the items of one target into calls of at most `limit` distinct ids, an item spanning calls where it must. */
export function pack(segments: Segment[], limit: number): Segment[][] {
	const calls: Segment[][] = [];
	const packer = new Packer(limit, (call) => calls.push(call));
	for (const segment of segments) packer.add(segment);
	packer.end();
	return calls;
}
