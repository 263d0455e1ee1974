import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceId } from '../../descriptions/fields';
import { conferenceCall } from './control';

/** MuteAll: POST …/allMembers/mute {action: "mute" | "un_mute", forceMute}. */
export async function setMuteAll(
	this: IExecuteFunctions,
	i: number,
	mute: boolean,
	forceMute?: boolean,
): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const body: IDataObject = {
		action: mute ? 'mute' : 'un_mute',
		...(forceMute !== undefined ? { forceMute } : {}),
	};
	const response = await conferenceCall(this, i, id, {
		suffix: '/allMembers/mute',
		api: 'MuteAll',
		body,
		idempotent: true,
	});
	return { conferenceId: id, ...body, success: response.success ?? true };
}
