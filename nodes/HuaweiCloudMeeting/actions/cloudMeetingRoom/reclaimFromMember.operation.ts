import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { changeMemberVmrs, memberVmrProperties } from './memberVmr';

export const description: INodeProperties[] = memberVmrProperties('reclaimFromMember');

/** Seed 004: an enterprise administrator takes cloud meeting rooms back from a member. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await changeMemberVmrs.call(this, i, 'reclaimFromMember');
}
