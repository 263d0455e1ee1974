import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Operation } from '../../core';
import { route } from '../../core';
import { TENCENT_DEFAULTS } from '../transport';
import * as groupMember from './groupMember';

const operations: Record<string, Record<string, Operation>> = {
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
	return await route(this, operations, TENCENT_DEFAULTS);
}
