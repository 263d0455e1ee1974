import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { batchProperties, planBatchUsers } from './batch';

export const description: INodeProperties[] = batchProperties('disable');

/** What one item asks for; items with the same account type share calls (BatchUpdateUserStatus). */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	return await planBatchUsers.call(this, i, 'disable');
}
