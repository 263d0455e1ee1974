import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ListCall } from './combine';
import { runCombined, runPlanAlone } from './combine';
import { dryRunExecute, dryRunOutputs, dryRunPlan } from './dryRun';
import { runItems } from './execute';
import { runState } from './run';

/**
 * One operation: its parameters and what it does for one input item (n8n's Teams v2 shape). A
 * list-taking operation gives only its `plan` (what one item asks for): the router combines items
 * with the same target into shared calls, or runs each plan alone when combining is off.
 */
export type Operation = { description: INodeProperties[] } & (
	| {
			execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
			plan?: never;
	  }
	| { plan(this: IExecuteFunctions, itemIndex: number): Promise<ListCall>; execute?: never }
);

export type OperationTable = Record<string, Record<string, Operation>>;

/** Dispatches to the chosen resource/operation and runs it over every input item. */
export async function route(
	ctx: IExecuteFunctions,
	operations: OperationTable,
): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const found = operations[resource]?.[operation];
	if (!found) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The operation "${operation}" is not supported for "${resource}"`,
		);
	}
	const state = runState(ctx);
	if (!state.options.dryRun) return await run(ctx, found);
	// Dry Run: the same run, with calls recorded instead of sent and outputs replaced by the plan.
	const { description } = found;
	const dry: Operation = found.plan
		? { description, plan: dryRunPlan(found.plan) }
		: { description, execute: dryRunExecute(state, found.execute) };
	return dryRunOutputs(state, await run(ctx, dry));
}

async function run(ctx: IExecuteFunctions, op: Operation): Promise<INodeExecutionData[][]> {
	if (op.plan) {
		const plan = op.plan;
		if (runState(ctx).options.combineItems)
			return await runCombined(ctx, async (i) => await plan.call(ctx, i));
		return await runItems(ctx, async (i) => await runPlanAlone(ctx, await plan.call(ctx, i)));
	}
	const execute = op.execute;
	return await runItems(ctx, async (i) => await execute.call(ctx, i));
}
