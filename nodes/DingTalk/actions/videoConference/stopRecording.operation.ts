import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceOperation } from './control';
import { hostProperty, setRecording } from './recording';

export const description = conferenceOperation('stopRecording', [hostProperty]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await setRecording.call(this, i, false);
}
