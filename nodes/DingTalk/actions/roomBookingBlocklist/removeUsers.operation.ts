import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { defineField, idList } from '../../../core';
import { operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalk, dingTalkApiRequest } from '../../transport';

/** DingTalk accepts at most 100 unionIds per call (400 user.over.limit above that). */
export const MAX_IDS_PER_CALL = 100;

const blacklistUnionIds = defineField(
	{
		displayName: 'Blocklist Union IDs',
		name: 'blacklistUnionIds',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: '2iPOLxxxxx, 3kQRMyyyyy',
		description: `The unionIds of the users to remove from the room booking blocklist, separated by commas or new lines, or an expression returning an array. DingTalk takes at most ${MAX_IDS_PER_CALL} per call; longer lists are sent in several calls.`,
	},
	idList({ noun: 'unionId', maxIdLength: 256, maxTotal: 10000 }),
);

const properties: INodeProperties[] = [
	blacklistUnionIds.property,
	{
		...operatorUnionId.property,
		description: 'The unionId of the operator (the admin on whose behalf the users are removed)',
	},
];

const displayOptions = { show: { resource: ['roomBookingBlocklist'], operation: ['removeUsers'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * DeleteBookingBlacklist for one item: the target is the operator (the only other body field), so
 * items with the same operator share calls of up to ${MAX_IDS_PER_CALL} unionIds.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const ids = blacklistUnionIds.read(this, i);
	const unionId = await readOperator(this, i, false);
	const send = async (part: string[]) =>
		await dingTalkApiRequest.call(this, i, {
			path: '/v1.0/rooms/bookings/blacklist/remove',
			api: 'DeleteBookingBlacklist',
			body: { blacklistUnionIds: part, ...(unionId ? { unionId } : {}) },
			idempotent: true,
			context: unionId ? { operatorUnionId: unionId } : {},
		});
	return dingTalk.listCall(this, i, {
		target: [unionId ?? null],
		ids,
		limit: MAX_IDS_PER_CALL,
		send,
		output: (calls) => ({ success: true, removed: ids.length, calls, blacklistUnionIds: ids }),
	});
}
