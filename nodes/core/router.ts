import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ListCall } from './combine';
import { runCombined } from './combine';
import { runItems } from './execute';
import { runState } from './run';

/** One operation: its parameters and what it does for one input item (n8n's Teams v2 shape). */
export interface Operation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
	/** List-taking operations: what one item asks for, so items with the same target share calls. */
	plan?(this: IExecuteFunctions, itemIndex: number): Promise<ListCall>;
}

export type OperationTable = Record<string, Record<string, Operation>>;

/** Dispatches to the chosen resource/operation and runs it over every input item. */
export async function route(ctx: IExecuteFunctions, operations: OperationTable): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const op = operations[resource]?.[operation];
	if (!op) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}
	if (op.plan && runState(ctx).options.combineItems) {
		const plan = op.plan;
		return await runCombined(ctx, async (i) => await plan.call(ctx, i));
	}
	return await runItems(ctx, async (i) => await op.execute.call(ctx, i));
}
