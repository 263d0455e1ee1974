import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Operation } from '../../core';
import { route } from '../../core';
import { DINGTALK_DEFAULTS } from '../transport';
import * as meetingRoom from './meetingRoom';
import * as roomBookingBlocklist from './roomBookingBlocklist';
import * as videoConference from './videoConference';

const operations: Record<string, Record<string, Operation>> = {
	roomBookingBlocklist: { removeUsers: roomBookingBlocklist.removeUsers },
	meetingRoom: { sendCentralControl: meetingRoom.sendCentralControl },
	videoConference: { lock: videoConference.lock, unlock: videoConference.unlock },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations, DINGTALK_DEFAULTS);
}
