import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { batchProperties, batchUsers } from './batch';

export const description: INodeProperties[] = batchProperties('delete');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await batchUsers.call(this, i, 'delete');
}
