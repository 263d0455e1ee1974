import type { IExecuteFunctions } from 'n8n-workflow';

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
}

const states = new WeakMap<IExecuteFunctions, RunState>();

export function runState(ctx: IExecuteFunctions): RunState {
	let state = states.get(ctx);
	if (!state) {
		state = { options: readRunOptions(ctx), stopped: false, scrubber: new Scrubber(), credentials: new Map(), keys: new Map() };
		states.set(ctx, state);
	}
	return state;
}
