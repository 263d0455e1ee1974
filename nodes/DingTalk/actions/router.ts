import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readRunOptions, runItems } from '../../core';
import { DINGTALK_DEFAULTS } from '../transport';
import * as meetingRoom from './meetingRoom';
import * as roomBookingBlocklist from './roomBookingBlocklist';
import type { DingTalkOperation } from './types';
import * as videoConference from './videoConference';

const operations: Record<string, Record<string, DingTalkOperation>> = {
	roomBookingBlocklist: { removeUsers: roomBookingBlocklist.removeUsers },
	meetingRoom: { sendCentralControl: meetingRoom.sendCentralControl },
	videoConference: { lock: videoConference.lock, unlock: videoConference.unlock },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const op = operations[resource]?.[operation];
	if (!op) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}
	const run = readRunOptions(this, DINGTALK_DEFAULTS);
	return await runItems(this, async (i) => await op.execute.call(this, i, run), run.concurrency);
}
