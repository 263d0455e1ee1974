import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationTable } from '../../core';
import { route } from '../../core';
import * as meetingRoom from './meetingRoom';
import * as roomBookingBlocklist from './roomBookingBlocklist';
import * as videoConference from './videoConference';

export const operations: OperationTable = {
	roomBookingBlocklist: { removeUsers: roomBookingBlocklist.removeUsers },
	meetingRoom: { sendCentralControl: meetingRoom.sendCentralControl },
	videoConference: { lock: videoConference.lock, unlock: videoConference.unlock },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations);
}
