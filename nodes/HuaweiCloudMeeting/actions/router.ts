import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationTable } from '../../core';
import { route } from '../../core';
import * as cloudMeetingRoom from './cloudMeetingRoom';

export const operations: OperationTable = {
	cloudMeetingRoom: {
		reclaimFromMember: cloudMeetingRoom.reclaimFromMember,
		assignToMember: cloudMeetingRoom.assignToMember,
		getAll: cloudMeetingRoom.getAll,
	},
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations);
}
