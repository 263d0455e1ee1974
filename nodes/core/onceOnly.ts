import { createHash } from 'node:crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { vendorError } from './errors';

/**
 * n8n's "Retry On Fail" runs a node's tries one after another in the same process, at most 5 s
 * apart ("Wait Between Tries" is capped there): a node run's memory outlives its last try by far more.
 */
const IDLE_MS = 10 * 60 * 1000;
/**
 * Fingerprints kept process-wide (about 100 bytes each); above it whole node runs are dropped,
 * least recently used first. A run alone may exceed it: its own calls are always kept.
 */
const MAX_KEPT = 1_000_000;
/** Node runs whose memory was dropped: their retries refuse to send. */
const MAX_DROPPED = 100_000;

interface RunMemory {
	sent: Set<string>;
	/** Tries of this node run in progress. */
	active: number;
	touched: number;
}

export interface Claim {
	fresh: boolean;
	/** The node run's memory was dropped: whether this call went out before is unknown. */
	forgotten?: boolean;
	release: () => void;
}

const noop = () => {};

/**
 * What the must-not-repeat calls of each node run (execution, node, run index) sent, for as long
 * as n8n may retry that run, however many calls it made. If memory ever has to drop a run that
 * may still retry, its later claims are refused (fail closed): nothing is resent blindly.
 */
export class OnceOnly {
	/** In order of last use, least recent first. */
	private runs = new Map<string, RunMemory>();

	private dropped = new Set<string>();

	private kept = 0;

	constructor(
		private readonly maxKept = MAX_KEPT,
		private readonly idleMs = IDLE_MS,
		private readonly now: () => number = Date.now,
	) {}

	/** A try of the node run starts; call what it returns when the try ends. */
	begin(run: string): () => void {
		const memory = this.touch(run);
		memory.active++;
		return () => {
			memory.active--;
			memory.touched = this.now();
		};
	}

	/** Claims `key` in `run`: fresh when no earlier try sent it (release it if the call surely did not apply). */
	claim(run: string, key: string): Claim {
		if (this.dropped.has(run)) return { fresh: false, forgotten: true, release: noop };
		const memory = this.touch(run);
		if (memory.sent.has(key)) return { fresh: false, release: noop };
		memory.sent.add(key);
		this.kept++;
		if (this.kept > this.maxKept) this.evict(run);
		return {
			fresh: true,
			release: () => {
				if (memory.sent.delete(key) && this.runs.get(run) === memory) this.kept--;
			},
		};
	}

	/** How many fingerprints are kept (for tests and diagnostics). */
	get size(): number {
		return this.kept;
	}

	private touch(run: string): RunMemory {
		this.sweep();
		let memory = this.runs.get(run);
		if (memory) this.runs.delete(run);
		else memory = { sent: new Set(), active: 0, touched: 0 };
		memory.touched = this.now();
		this.runs.set(run, memory);
		return memory;
	}

	/** Runs idle far longer than n8n waits between tries are over: forgotten safely. */
	private sweep(): void {
		const cutoff = this.now() - this.idleMs;
		for (const [run, memory] of this.runs) {
			if (memory.touched >= cutoff) break;
			if (memory.active > 0) continue;
			this.forget(run, memory);
		}
	}

	/** Over the cap: drop the least recently used runs (never `current`), marked so their retries fail closed. */
	private evict(current: string): void {
		for (const [run, memory] of this.runs) {
			if (this.kept <= this.maxKept) return;
			if (run === current) continue;
			this.forget(run, memory);
			this.dropped.add(run);
			if (this.dropped.size > MAX_DROPPED)
				this.dropped.delete(this.dropped.values().next().value as string);
		}
	}

	private forget(run: string, memory: RunMemory): void {
		this.kept -= memory.sent.size;
		this.runs.delete(run);
	}
}

const memory = new OnceOnly();
const runKeys = new WeakMap<IExecuteFunctions, string>();

/** The node run a context belongs to: execution, node and n8n's run index (a loop runs a node again). */
function runOf(ctx: IExecuteFunctions): string {
	let key = runKeys.get(ctx);
	if (key === undefined) {
		key = JSON.stringify([
			ctx.getExecutionId(),
			ctx.getNode().name,
			ctx.getWorkflowDataProxy(0).$runIndex,
		]);
		runKeys.set(ctx, key);
	}
	return key;
}

/** Marks one try of a node run that n8n may retry; returns its end. */
export function beginTry(ctx: IExecuteFunctions): () => void {
	if (!ctx.getNode().retryOnFail || ctx.getInputData().length === 0) return noop;
	return memory.begin(runOf(ctx));
}

/**
 * Remembers non-idempotent calls per node run, item and request, so that n8n's own "Retry On
 * Fail", which runs the whole node again in the same execution, cannot send one twice.
 */
export function claimOnce(ctx: IExecuteFunctions, itemIndex: number, request: unknown): Claim {
	// A short digest: a run's memory grows with its calls, so each one costs little.
	return memory.claim(
		runOf(ctx),
		createHash('sha256')
			.update(JSON.stringify([itemIndex, request]))
			.digest('base64')
			.slice(0, 22),
	);
}

/**
 * Claims a must-not-repeat call (the n-th such call of this item, API and path) or throws
 * ALREADY_SENT: an earlier try of this node in this execution sent it, or may have (memory had to
 * drop what this try remembered — fail closed). Returns the release for a call surely not applied.
 */
export function claimOrRefuse(
	ctx: IExecuteFunctions,
	onceCalls: Map<string, number>,
	vendor: string,
	itemIndex: number,
	[api, path]: [string, string],
	context: IDataObject,
): () => void {
	const slot = `${itemIndex}|${api}|${path}`;
	const nth = (onceCalls.get(slot) ?? 0) + 1;
	onceCalls.set(slot, nth);
	const claim = claimOnce(ctx, itemIndex, [api, path, nth]);
	if (claim.fresh) return claim.release;
	throw vendorError(
		ctx.getNode(),
		vendor,
		{
			code: 'ALREADY_SENT',
			message: claim.forgotten
				? 'This call may have been sent by an earlier try of this node in this execution (n8n had to drop what this try remembered), so it was not sent'
				: 'This call was already sent by an earlier try of this node in this execution, so it was not sent again',
			advice: claim.forgotten
				? 'The operation must not arrive twice, so it is not resent when that cannot be ruled out. Check the result on the vendor side.'
				: 'The operation must not arrive twice, so n8n\'s "Retry On Fail" cannot resend it. Check the result on the vendor side.',
		},
		itemIndex,
		context,
	);
}
