import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chairPassword, meetingId } from '../../descriptions/fields';
import { huaweiControlRequest } from '../../transport';

export type ControlOperation = 'lock' | 'unlock' | 'muteAll' | 'unmuteAll';

/** LockMeeting (isLock) and MuteMeeting (isMute: everyone but the host), meeting_21_0037 / 21_1506. */
const CALLS: Record<
	ControlOperation,
	{ path: string; api: string; body: IDataObject; result: IDataObject }
> = {
	lock: {
		path: '/v1/mmc/control/conferences/lock',
		api: 'control/lock',
		body: { isLock: 1 },
		result: { locked: true },
	},
	unlock: {
		path: '/v1/mmc/control/conferences/lock',
		api: 'control/lock',
		body: { isLock: 0 },
		result: { locked: false },
	},
	muteAll: {
		path: '/v1/mmc/control/conferences/mute',
		api: 'control/mute',
		body: { isMute: 1 },
		result: { muted: true },
	},
	unmuteAll: {
		path: '/v1/mmc/control/conferences/mute',
		api: 'control/mute',
		body: { isMute: 0 },
		result: { muted: false },
	},
};

export function controlProperties(operation: ControlOperation): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['meeting'], operation: [operation] } }, [
		meetingId.property,
		chairPassword.property,
	]);
}

/**
 * Locks, unlocks, mutes or unmutes a running meeting with its conference token (fetched for the
 * chair password once per meeting and cached for its 30 minutes).
 */
export async function controlMeeting(
	this: IExecuteFunctions,
	i: number,
	operation: ControlOperation,
): Promise<IDataObject> {
	const conferenceId = meetingId.read(this, i);
	const password = chairPassword.read(this, i);
	const call = CALLS[operation];
	const { requestId } = await huaweiControlRequest.call(
		this,
		i,
		{ conferenceId, chairPassword: password },
		{
			method: 'PUT',
			path: call.path,
			api: call.api,
			qs: { conferenceID: conferenceId },
			body: call.body,
			// Locking or muting twice leaves the same state.
			idempotent: true,
		},
	);
	return { success: true, conferenceID: conferenceId, ...call.result, requestId };
}
