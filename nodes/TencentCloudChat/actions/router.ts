import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationTable } from '../../core';
import { route } from '../../core';
import * as groupMember from './groupMember';

export const operations: OperationTable = {
	groupMember: {
		unban: groupMember.unban,
		ban: groupMember.ban,
		getBanned: groupMember.getBanned,
		mute: groupMember.mute,
		unmute: groupMember.unmute,
		getMuted: groupMember.getMuted,
	},
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations);
}
