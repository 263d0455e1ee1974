import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { changeMemberVmrs, memberVmrProperties } from './memberVmr';

export const description: INodeProperties[] = memberVmrProperties('assignToMember');

/** Gives cloud meeting rooms to a user, a meeting terminal, a smart screen or an IdeaHub. */
export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	return await changeMemberVmrs.call(this, i, run, 'assignToMember');
}
