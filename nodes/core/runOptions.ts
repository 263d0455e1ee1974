import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RetryPolicy } from './policy';

export interface RunOptions {
	/** List-taking operations: items with the same target share calls. */
	combineItems: boolean;
	concurrency: number;
	callsPerSecond: number;
	retry: RetryPolicy;
	timeoutMs: number;
	/** Dry Run: plan and show every call, send none (core/dryRun). */
	dryRun: boolean;
}

/** Client timeout: above every vendor's own server timeout (Tencent's is 3 s). */
const TIMEOUT_MS = 30000;
const CONCURRENCY = 8;
/** The longest Retry-After honoured; a vendor asking for more fails the item clearly instead. */
export const MAX_RETRY_AFTER_MS = 60000;

/** What the Calls Per Second help tells: the vendor's own pace, from its transport spec. */
export interface Pacing {
	vendor: string;
	callsPerSecond: number;
}

/**
 * The "Options" collection every node of the pack offers for bulk runs. Defaults are literals
 * (n8n's scanner insists); 0 for Calls Per Second stands for the vendor's own limit, which the
 * help takes from the vendor's transport spec (`pacing`), the number the pacer uses.
 */
export function runOptionsProperty(pacing: Pacing, extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Calls Per Second',
				name: 'callsPerSecond',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1000 },
				default: 0,
				description: `Upper bound on calls per second for this credential and API, shared by every item of the run and by every other run on the same credential and API (the lowest rate asked for wins). 0 paces at ${pacing.vendor}'s own limit as this node knows it: ${pacing.callsPerSecond} calls per second.`,
			},
			{
				displayName: 'Combine Items Into Shared Calls',
				name: 'combineItems',
				type: 'boolean',
				default: true,
				description:
					"Whether operations that take a list of IDs send the IDs of many input items together, up to the vendor's per-call limit, when everything else in the call is the same. Each item still gets its own output item. Turn off to send each item on its own.",
			},
			{
				displayName: 'Concurrency',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 64 },
				default: 8,
				description:
					'How many input items are processed at the same time. 1 processes them strictly one after another. Output order always matches input order.',
			},
			{
				displayName: 'Dry Run',
				name: 'dryRun',
				type: 'boolean',
				default: false,
				description:
					'Whether to only show what would be sent: every item is checked and every call planned (combined calls included), and each output item lists its calls — method, path, query and body, and how many items share each call — while nothing is sent and no token is fetched',
			},
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 10 },
				default: 3,
				description:
					'How often a throttled or failed call is retried (with exponential backoff) before the item fails',
			},
			{
				displayName: 'Retry Delay (Ms)',
				name: 'retryDelayMs',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 60000 },
				default: 1000,
				description:
					'Base delay before the first retry; each further retry doubles it, with jitter. A Retry-After from the vendor wins when longer.',
			},
			{
				displayName: 'Timeout (Ms)',
				name: 'timeoutMs',
				type: 'number',
				typeOptions: { minValue: 100, maxValue: 300000 },
				default: 30000,
				description: 'How long to wait for the vendor to answer one call',
			},
			...extra,
		],
	};
}

/** The bounds the UI enforces, applied again to values that arrive through expressions. */
export const BOUNDS = {
	concurrency: [1, 64],
	callsPerSecond: [0, 1000],
	maxRetries: [0, 10],
	retryDelayMs: [0, 60000],
	timeoutMs: [100, 300000],
} as const;

function clamp(value: unknown, [min, max]: readonly [number, number], fallback: number): number {
	const n = Number(value);
	if (value === undefined || value === null || value === '' || !Number.isFinite(n)) return fallback;
	return Math.min(max, Math.max(min, n));
}

/** The node's Options, clamped to the UI's bounds (the defaults for a picker's search). */
export function readRunOptions(ctx?: IExecuteFunctions): RunOptions {
	const o = ((ctx ? ctx.getNodeParameter('options', 0, {}) : undefined) ?? {}) as Record<
		string,
		unknown
	>;
	const perSecond = clamp(o.callsPerSecond, BOUNDS.callsPerSecond, 0);
	return {
		combineItems: o.combineItems !== false,
		concurrency: Math.floor(clamp(o.concurrency, BOUNDS.concurrency, CONCURRENCY)),
		// 0: the transport paces at its vendor's own limit.
		callsPerSecond: perSecond,
		retry: {
			maxRetries: Math.floor(clamp(o.maxRetries, BOUNDS.maxRetries, 3)),
			baseDelayMs: clamp(o.retryDelayMs, BOUNDS.retryDelayMs, 1000),
			maxWaitMs: MAX_RETRY_AFTER_MS,
		},
		timeoutMs: clamp(o.timeoutMs, BOUNDS.timeoutMs, TIMEOUT_MS),
		dryRun: o.dryRun === true,
	};
}
