import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { eventOperation, eventRoomCall } from './calendar';

export const description = eventOperation('releaseFromEvent');

/** RemoveMeetingRooms: the room leaves the event and is free for others to book. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await eventRoomCall(this, i, 'release');
}
