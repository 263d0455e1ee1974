import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceId } from '../../descriptions/fields';
import { conferenceCall } from './control';

/** Lock and unlock are one DingTalk API (LockConference) with a different `action`. */
export async function setLock(
	this: IExecuteFunctions,
	i: number,
	action: 'lock' | 'unlock',
): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const response = await conferenceCall(this, i, id, {
		suffix: '/lock',
		api: 'LockConference',
		body: { action },
		idempotent: true,
	});
	return { conferenceId: id, action, success: response.success ?? true };
}
