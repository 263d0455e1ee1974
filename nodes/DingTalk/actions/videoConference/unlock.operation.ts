import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceOperation } from './control';
import { setLock } from './lockState';

export const description = conferenceOperation('unlock');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await setLock.call(this, i, 'unlock');
}
