import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { runPlanAlone } from '../../../core';
import { memberVmrProperties, planMemberVmrs } from './memberVmr';

export const description: INodeProperties[] = memberVmrProperties('assignToMember');

/** What one item asks for; items for the same member and account type share calls. */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	return await planMemberVmrs.call(this, i, 'assignToMember');
}

/** Gives cloud meeting rooms to a user, a meeting terminal, a smart screen or an IdeaHub. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await runPlanAlone(this, await plan.call(this, i));
}
