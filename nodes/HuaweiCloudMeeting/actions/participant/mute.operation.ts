import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { muteEach, participantProperties } from './control';

export const description = participantProperties('mute');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await muteEach.call(this, i, 1);
}
