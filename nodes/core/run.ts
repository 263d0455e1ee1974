import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

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

/** A node run, or a picker's search in the editor (which has no items and no Options to read). */
export type CallContext = IExecuteFunctions | ILoadOptionsFunctions;

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
