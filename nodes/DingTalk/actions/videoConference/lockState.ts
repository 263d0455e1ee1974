import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { pathSegment } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { dingTalkApiRequest } from '../../transport';

/** Lock and unlock are one DingTalk API with a different `action`. */
export async function setLock(this: IExecuteFunctions, i: number, action: 'lock' | 'unlock'): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const response = await dingTalkApiRequest.call(this, i, {
		path: `/v1.0/conference/videoConferences/${pathSegment(id)}/lock`,
		api: 'conference/videoConferences/lock',
		body: { action },
		idempotent: true,
		context: { conferenceId: id },
	});
	return { conferenceId: id, action, success: response.success ?? true };
}
