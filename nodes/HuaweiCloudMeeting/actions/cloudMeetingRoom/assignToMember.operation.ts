import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { changeMemberVmrs, memberVmrProperties } from './memberVmr';

export const description: INodeProperties[] = memberVmrProperties('assignToMember');

/** Gives cloud meeting rooms to a user, a meeting terminal, a smart screen or an IdeaHub. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await changeMemberVmrs.call(this, i, 'assignToMember');
}
