import type { IExecuteFunctions, IHookFunctions, ILoadOptionsFunctions, IPollFunctions, ITriggerFunctions, IWebhookFunctions } from 'n8n-workflow';

import type { RunOptions } from './runOptions';
import { readRunOptions } from './runOptions';
import { Scrubber } from './scrub';

/**
 * What one node run shares across its items: the options (read and clamped once), the stop
 * flag (set at the first failure without "Continue On Fail"), the decrypted credentials and
 * every secret seen so far, for scrubbing.
 */
export interface RunState {
	options: RunOptions;
	stopped: boolean;
	scrubber: Scrubber;
	credentials: Map<string, Promise<object>>;
	keys: Map<string, string>;
	/** How many must-not-repeat calls each item made per API and path in this try. */
	onceCalls: Map<string, number>;
}

/**
 * Every n8n context the pack calls a vendor from: a node run, a picker's search in the editor (no
 * items, no Options to read), webhook registration (hook), a trigger, a webhook delivery and a poll.
 */
export type CallContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | ITriggerFunctions | IWebhookFunctions | IPollFunctions;

export const isExecution = (ctx: CallContext): ctx is IExecuteFunctions => 'getInputData' in ctx;

const states = new WeakMap<CallContext, RunState>();

export function runState(ctx: CallContext): RunState {
	let state = states.get(ctx);
	if (!state) {
		state = { options: readRunOptions(isExecution(ctx) ? ctx : undefined), stopped: false, scrubber: new Scrubber(), credentials: new Map(), keys: new Map(), onceCalls: new Map() };
		states.set(ctx, state);
	}
	return state;
}
