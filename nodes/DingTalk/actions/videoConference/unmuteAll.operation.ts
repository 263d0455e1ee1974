import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceOperation } from './control';
import { setMuteAll } from './muteState';

export const description = conferenceOperation('unmuteAll');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await setMuteAll.call(this, i, false);
}
