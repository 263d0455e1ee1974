import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { errorItemJson } from './errors';

export type ItemHandler = (itemIndex: number) => Promise<IDataObject | IDataObject[]>;

/**
 * Runs one handler per input item with at most `concurrency` items in flight, and returns the
 * outputs in input order with their pairedItem. With "Continue On Fail" a failed item becomes an
 * error item in its own place, so items out == items in; without it the first failure stops the run.
 */
export async function runItems(
	ctx: IExecuteFunctions,
	handler: ItemHandler,
	concurrency: number,
): Promise<INodeExecutionData[][]> {
	const count = ctx.getInputData().length;
	const results: INodeExecutionData[][] = new Array(count);
	const continueOnFail = ctx.continueOnFail();
	const failed: { first?: { index: number; error: unknown } } = {};
	let next = 0;

	const worker = async () => {
		while (failed.first === undefined && next < count) {
			const i = next++;
			try {
				const out = await handler(i);
				results[i] = (Array.isArray(out) ? out : [out]).map((json) => ({ json, pairedItem: { item: i } }));
			} catch (error) {
				if (continueOnFail) {
					results[i] = [{ json: errorItemJson(error), pairedItem: { item: i } }];
				} else if (!failed.first || i < (failed.first as { index: number }).index) {
					failed.first = { index: i, error };
				}
			}
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, count));
	await Promise.all(Array.from({ length: workers }, worker));

	if (failed.first !== undefined) {
		const { index, error } = failed.first;
		if (error instanceof Error && 'context' in error) {
			(error as NodeOperationError).context.itemIndex = index;
			throw error;
		}
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex: index });
	}
	return [results.flat()];
}
