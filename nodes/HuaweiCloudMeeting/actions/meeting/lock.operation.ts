import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { controlMeeting, controlProperties } from './control';

export const description: INodeProperties[] = controlProperties('lock');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await controlMeeting.call(this, i, 'lock');
}
