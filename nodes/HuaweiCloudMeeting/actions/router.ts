import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Operation } from '../../core';
import { route } from '../../core';
import { HUAWEI_DEFAULTS } from '../transport';
import * as cloudMeetingRoom from './cloudMeetingRoom';

const operations: Record<string, Record<string, Operation>> = {
	cloudMeetingRoom: {
		reclaimFromMember: cloudMeetingRoom.reclaimFromMember,
		assignToMember: cloudMeetingRoom.assignToMember,
		getAll: cloudMeetingRoom.getAll,
	},
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations, HUAWEI_DEFAULTS);
}
