import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { eventOperation, eventRoomCall } from './calendar';

export const description = eventOperation('bookForEvent');

/** AddMeetingRooms: the room joins the event, and shows busy for its time. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await eventRoomCall(this, i, 'book');
}
