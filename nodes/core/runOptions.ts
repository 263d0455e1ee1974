import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RetryPolicy } from './http';

export interface RunOptions {
	concurrency: number;
	callsPerSecond: number;
	retry: RetryPolicy;
	timeoutMs: number;
}

export interface VendorDefaults {
	/** Calls per second the vendor documents (or a conservative guess), per app and API. */
	callsPerSecond: number;
}

/** Client timeout: above every vendor's own server timeout (Tencent's is 3 s). */
const TIMEOUT_MS = 30000;
const CONCURRENCY = 8;

/**
 * The "Options" collection every node of the pack offers for bulk runs. Defaults are literals
 * (n8n's scanner insists); 0 for Calls Per Second stands for the vendor's own limit.
 */
export function runOptionsProperty(extra: INodeProperties[] = []): INodeProperties {
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
				typeOptions: { minValue: 0, numberPrecision: 1 },
				default: 0,
				description:
					'Upper bound on calls per second for this credential and API, shared by every item of the run. 0 stays just under the vendor limit: DingTalk 19 (of 20), Tencent Cloud Chat 190 (of 200), Huawei Cloud Meeting 10 (no documented limit).',
			},
			{
				displayName: 'Concurrency',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 64 },
				default: 8,
				description: 'How many input items are processed at the same time. 1 processes them strictly one after another. Output order always matches input order.',
			},
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 10 },
				default: 3,
				description: 'How often a throttled or failed call is retried (with exponential backoff) before the item fails',
			},
			{
				displayName: 'Retry Delay (Ms)',
				name: 'retryDelayMs',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 1000,
				description: 'Base delay before the first retry; each further retry doubles it, with jitter. A Retry-After from the vendor wins when longer.',
			},
			{
				displayName: 'Timeout (Ms)',
				name: 'timeoutMs',
				type: 'number',
				typeOptions: { minValue: 100 },
				default: 30000,
				description: 'How long to wait for the vendor to answer one call',
			},
			...extra,
		],
	};
}

export function readRunOptions(ctx: IExecuteFunctions, defaults: VendorDefaults): RunOptions {
	const o = ctx.getNodeParameter('options', 0, {}) as Record<string, number | undefined>;
	return {
		concurrency: o.concurrency ?? CONCURRENCY,
		callsPerSecond: o.callsPerSecond && o.callsPerSecond > 0 ? o.callsPerSecond : defaults.callsPerSecond,
		retry: { maxRetries: o.maxRetries ?? 3, baseDelayMs: o.retryDelayMs ?? 1000 },
		timeoutMs: o.timeoutMs ?? TIMEOUT_MS,
	};
}
