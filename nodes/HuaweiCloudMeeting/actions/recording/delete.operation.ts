import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendInChunks } from '../../../core';
import { huaweiApiRequest } from '../../transport';
import { DELETE_PER_CALL, RECORDINGS_PATH, recordingUuids } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['delete'] } },
	[recordingUuids.property],
);

/** DeleteRecordings (DELETE …/record/files?confUUIDs=a,b). Cannot be undone; never resent. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const ids = recordingUuids.read(this, i);
	const { calls, results } = await sendInChunks(
		this.getNode(),
		ids,
		DELETE_PER_CALL,
		async (part) =>
			await huaweiApiRequest.call(this, i, {
				method: 'DELETE',
				path: RECORDINGS_PATH,
				api: 'record/files/delete',
				qs: { confUUIDs: part.join(',') },
				// Sent again after it arrived, it would fail on recordings already gone: report instead.
				idempotent: false,
				context: { confUUIDs: part },
			}),
	);
	return {
		success: true,
		deletedConfUUIDs: ids,
		calls,
		requestIds: results.map((r) => r.requestId),
	};
}
