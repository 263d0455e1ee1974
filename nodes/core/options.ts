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
	/** Client timeout: above the vendor's own server timeout. */
	timeoutMs: number;
	concurrency?: number;
}

/** The "Options" collection every node of the pack offers for bulk runs. */
export function runOptionsProperty(defaults: VendorDefaults, extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- each vendor's documented limit
			{
				displayName: 'Calls Per Second',
				name: 'callsPerSecond',
				type: 'number',
				typeOptions: { minValue: 0.1, numberPrecision: 1 },
				default: defaults.callsPerSecond,
				description:
					'Upper bound on calls per second for this credential and API, shared by every item of the run. The default stays just under the vendor limit.',
			},
			// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- per-vendor default
			{
				displayName: 'Concurrency',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 64 },
				default: defaults.concurrency ?? 8,
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
			// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- above each vendor's server timeout
			{
				displayName: 'Timeout (Ms)',
				name: 'timeoutMs',
				type: 'number',
				typeOptions: { minValue: 100 },
				default: defaults.timeoutMs,
				description: 'How long to wait for the vendor to answer one call',
			},
			...extra,
		],
	};
}

export function readRunOptions(ctx: IExecuteFunctions, defaults: VendorDefaults): RunOptions {
	const o = ctx.getNodeParameter('options', 0, {}) as Record<string, number | undefined>;
	return {
		concurrency: o.concurrency ?? defaults.concurrency ?? 8,
		callsPerSecond: o.callsPerSecond ?? defaults.callsPerSecond,
		retry: { maxRetries: o.maxRetries ?? 3, baseDelayMs: o.retryDelayMs ?? 1000 },
		timeoutMs: o.timeoutMs ?? defaults.timeoutMs,
	};
}
