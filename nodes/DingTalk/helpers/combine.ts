import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ListCall } from '../../core';
import { runPlanAlone } from '../../core';

export type Plan = (this: IExecuteFunctions, i: number) => Promise<ListCall>;

/** The operation's `execute` for combining off: the item alone, its ids in calls of at most the limit. */
export const executeAlone = (plan: Plan) =>
	async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
		return await runPlanAlone(this, await plan.call(this, i));
	};
