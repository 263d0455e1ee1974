import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { memberVmrProperties, planMemberVmrs } from './memberVmr';

export const description: INodeProperties[] = memberVmrProperties('assignToMember');

/** What one item asks for; items for the same member and account type share calls. */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	return await planMemberVmrs.call(this, i, 'assignToMember');
}
