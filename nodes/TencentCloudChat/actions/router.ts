import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readRunOptions, runItems } from '../../core';
import { TENCENT_DEFAULTS } from '../transport';
import * as groupMember from './groupMember';
import type { TencentOperation } from './types';

const operations: Record<string, Record<string, TencentOperation>> = {
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
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const op = operations[resource]?.[operation];
	if (!op) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}
	const run = readRunOptions(this, TENCENT_DEFAULTS);
	return await runItems(this, async (i) => await op.execute.call(this, i, run), run.concurrency);
}
