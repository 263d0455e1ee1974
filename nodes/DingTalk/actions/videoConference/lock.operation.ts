import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { conferenceId } from '../../descriptions/fields';
import { setLock } from './lockState';

const displayOptions = { show: { resource: ['videoConference'], operation: ['lock'] } };

export const description = updateDisplayOptions(displayOptions, [conferenceId.property]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await setLock.call(this, i, 'lock');
}
