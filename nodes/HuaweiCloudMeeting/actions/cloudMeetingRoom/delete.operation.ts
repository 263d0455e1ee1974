import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { check, sendInChunks } from '../../../core';
import { MAX_PER_CALL, vmrIdList } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';

/** The rooms, picked from the enterprise's rooms (their unique ID) or given by an expression. */
const property: INodeProperties = {
	displayName: 'Cloud Meeting Rooms',
	name: 'vmrIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getRooms' },
	required: true,
	default: [],
	description:
		'The rooms to delete: their unique ID from Get Many, not the numeric VMR ID. Huawei takes at most 100 per call; longer lists are sent in several calls. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const description = updateDisplayOptions(
	{ show: { resource: ['cloudMeetingRoom'], operation: ['delete'] } },
	[property],
);

/** Deletes the enterprise's cloud meeting rooms (DeleteCorpVmr), 100 per call. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const ids = check(
		this.getNode(),
		i,
		{ name: property.name, label: property.displayName },
		vmrIdList,
		this.getNodeParameter(property.name, i, []),
	);
	const requestIds: Array<string | undefined> = [];
	const { calls } = await sendInChunks(this.getNode(), ids, MAX_PER_CALL, async (part) => {
		const result = await huaweiApiRequest.call(this, i, {
			path: '/v1/usg/dcs/corp/vmr/delete',
			api: 'corp/vmr/delete',
			body: part,
			// A resent delete would fail on rooms that are already gone: report instead of resending.
			idempotent: false,
			context: requestIds.length ? { earlierRequestIds: [...requestIds] } : {},
		});
		requestIds.push(result.requestId);
	});
	return { success: true, deleted: ids.length, calls, vmrIds: ids, requestIds };
}
