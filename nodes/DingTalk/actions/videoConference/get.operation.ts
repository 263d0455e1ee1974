import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceId } from '../../descriptions/fields';
import { conferenceCall, conferenceOperation } from './control';

export const description = conferenceOperation('get');

/** QueryConferenceInfo: GET /v1.0/conference/videoConferences/{id}; the conference is `confInfo`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const response = await conferenceCall(this, i, id, {
		suffix: '',
		api: 'QueryConferenceInfo',
		method: 'GET',
		idempotent: true,
	});
	return (response.confInfo ?? response) as IDataObject;
}
