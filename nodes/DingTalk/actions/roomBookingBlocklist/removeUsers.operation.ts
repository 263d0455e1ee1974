import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { RunOptions } from '../../../core';
import { check, chunk, idList } from '../../../core';
import { dingTalkRequest } from '../../transport';

/** DingTalk accepts at most 100 unionIds per call (400 user.over.limit above that). */
export const MAX_IDS_PER_CALL = 100;

const show = { resource: ['roomBookingBlocklist'], operation: ['removeUsers'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Blocklist Union IDs',
		name: 'blacklistUnionIds',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: '2iPOLxxxxx, 3kQRMyyyyy',
		description:
			'The unionIds of the users to remove from the room booking blocklist, separated by commas or new lines, or an expression returning an array. DingTalk takes at most 100 per call; longer lists are sent in several calls.',
		displayOptions: { show },
	},
	{
		displayName: 'Operator Union ID',
		name: 'unionId',
		type: 'string',
		default: '',
		description: 'The unionId of the operator (the admin on whose behalf the users are removed)',
		displayOptions: { show },
	},
];

export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	const node = this.getNode();
	const ids = check(
		node,
		i,
		{ name: 'blacklistUnionIds', label: 'Blocklist Union IDs' },
		idList({ noun: 'unionId', maxIdLength: 256, maxTotal: 10000 }),
		this.getNodeParameter('blacklistUnionIds', i),
	);
	const unionId = check(node, i, { name: 'unionId', label: 'Operator Union ID' }, z.string().trim().max(256), this.getNodeParameter('unionId', i, ''));

	const chunks = chunk(ids, MAX_IDS_PER_CALL);
	let applied = 0;
	for (const [index, part] of chunks.entries()) {
		await dingTalkRequest.call(
			this,
			i,
			{
				method: 'POST',
				path: '/v1.0/rooms/bookings/blacklist/remove',
				api: 'rooms/bookings/blacklist/remove',
				body: { blacklistUnionIds: part, ...(unionId ? { unionId } : {}) },
				idempotent: true,
				context: {
					failedCall: index + 1,
					calls: chunks.length,
					appliedIds: ids.slice(0, applied),
					notAppliedIds: ids.slice(applied),
				},
			},
			run,
		);
		applied += part.length;
	}
	return { success: true, removed: ids.length, calls: chunks.length, blacklistUnionIds: ids };
}
