import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ListCall } from '../../core';
import { runPlanAlone } from '../../core';

export type Plan = (this: IExecuteFunctions, i: number) => Promise<ListCall>;

/**
 * What one item of a list-taking DingTalk operation asks for. `target` lists everything the call
 * carries besides the ids (conference, operator, flags…), in a fixed order: items whose targets
 * are equal share calls when "Combine Items Into Shared Calls" is on.
 */
export function listCall(
	target: unknown[],
	ids: string[],
	limit: number,
	send: (ids: string[]) => Promise<unknown>,
	output: (calls: number, answers: unknown[]) => IDataObject,
): ListCall {
	return { target: JSON.stringify(target), ids, limit, send, output };
}

/** The operation's `execute` for combining off: the item alone, its ids in calls of at most the limit. */
export const executeAlone = (plan: Plan) =>
	async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
		return await runPlanAlone(this, await plan.call(this, i));
	};
