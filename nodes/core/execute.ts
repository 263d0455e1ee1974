import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { errorItemJson } from './errors';
import { withDuplicatesDropped } from './list';
import { beginTry } from './onceOnly';
import { wasNotSent } from './policy';
import { runState } from './run';
import { scrubbed } from './scrub';

/** Files (n8n binary data) that travel beside an output's json: see `withBinary`. */
const files = new WeakMap<IDataObject, IBinaryKeyData>();

/** An operation's output that carries files beside its json (a downloaded recording, say). */
export function withBinary(json: IDataObject, binary: IBinaryKeyData): IDataObject {
	files.set(json, binary);
	return json;
}

export type ItemHandler = (itemIndex: number) => Promise<IDataObject | IDataObject[]>;

/**
 * Runs one handler per input item with at most `concurrency` items in flight, and returns the
 * outputs in input order with their pairedItem. With "Continue On Fail" a failed item becomes an
 * error item in its own place, so items out == items in; without it the first failure stops the
 * run: no new item starts and no new call of an item in flight is sent.
 */
export async function runItems(
	ctx: IExecuteFunctions,
	handler: ItemHandler,
): Promise<INodeExecutionData[][]> {
	const state = runState(ctx);
	const count = ctx.getInputData().length;
	const results: INodeExecutionData[][] = new Array(count);
	const continueOnFail = ctx.continueOnFail();
	let first: { index: number; error: unknown } | undefined;
	let next = 0;
	let failures = 0;

	const worker = async () => {
		while (!state.stopped && next < count) {
			const i = next++;
			try {
				const out = await handler(i);
				const list = Array.isArray(out) ? out : [out];
				const binaries = list.map((json) => files.get(json));
				results[i] = withDuplicatesDropped(ctx, i, list).map((json, n) => ({
					json,
					...(binaries[n] ? { binary: binaries[n] } : {}),
					pairedItem: { item: i },
				}));
			} catch (error) {
				if (continueOnFail) {
					results[i] = [
						{ json: state.scrubber.value(errorItemJson(error)), pairedItem: { item: i } },
					];
				} else {
					state.stopped = true;
					// A call the stopping run held back is not the failure: the vendor's error is reported.
					if (!wasNotSent(error)) failures++;
					if (
						!first ||
						(wasNotSent(first.error) && !wasNotSent(error)) ||
						(i < first.index && wasNotSent(error) === wasNotSent(first.error))
					)
						first = { index: i, error };
				}
			}
		}
	};
	const workers = Math.max(1, Math.min(state.options.concurrency, count));
	const endTry = beginTry(ctx);
	try {
		await Promise.all(Array.from({ length: workers }, worker));
	} finally {
		endTry();
	}

	if (first !== undefined) {
		const error = scrubbed(first.error, state.scrubber);
		if (error instanceof Error && 'context' in error) {
			const e = error as NodeOperationError;
			e.context.itemIndex = first.index;
			// Items that never started or whose call was held back: not sent, told apart from the failure.
			const unsent = count - results.filter(Boolean).length - failures;
			if (unsent > 0 && !wasNotSent(first.error)) {
				e.context.notSentItems = unsent;
				e.description = [
					e.description,
					`${unsent} other ${unsent === 1 ? 'item was' : 'items were'} not sent: the node stops at the first failure.`,
				]
					.filter(Boolean)
					.join(' ');
			}
			throw error;
		}
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex: first.index });
	}
	return [results.flat()];
}
