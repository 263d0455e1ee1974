import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { hangUp, participantProperties } from './control';

export const description = participantProperties('remove');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await hangUp.call(this, i);
}
