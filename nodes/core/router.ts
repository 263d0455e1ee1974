import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runItems } from './execute';
import type { RunOptions, VendorDefaults } from './options';
import { readRunOptions } from './options';

/** One operation: its parameters and what it does for one input item. */
export interface Operation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number, run: RunOptions): Promise<IDataObject | IDataObject[]>;
}

/** Dispatches to the chosen resource/operation and runs it over every input item. */
export async function route(
	ctx: IExecuteFunctions,
	operations: Record<string, Record<string, Operation>>,
	defaults: VendorDefaults,
): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = operations[resource]?.[operation];
	if (!op) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}
	const run = readRunOptions(ctx, defaults);
	return await runItems(ctx, async (i) => await op.execute.call(ctx, i, run), run.concurrency);
}
