import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, defineTime, requiredText } from '../../../core';
import { operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';

const blacklistUnionId = defineField(
	{
		displayName: 'User Union ID',
		name: 'blacklistUnionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '2iPOLxxxxx',
		description:
			'The unionId of the user who may no longer book meeting rooms (one user per call, as DingTalk takes it)',
	},
	requiredText('a unionId').pipe(z.string().max(256, 'is longer than 256 characters')),
);
const startTime = defineTime(
	{
		displayName: 'Start',
		name: 'startTime',
		required: true,
		description: "When the ban starts (in the workflow's timezone unless the value names one)",
	},
	true,
);
const endTime = defineTime(
	{
		displayName: 'End',
		name: 'endTime',
		description: "When the ban ends. Leave empty for a permanent ban (DingTalk's rule).",
	},
	false,
);
const memo = defineField(
	{
		displayName: 'Memo',
		name: 'memo',
		type: 'string',
		default: '',
		description:
			'Why the user is banned (shown to admins); limit UNCONFIRMED, 200 characters assumed',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(200, 'is longer than 200 characters'),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['roomBookingBlocklist'], operation: ['addUser'] } },
	[
		blacklistUnionId.property,
		startTime.property,
		endTime.property,
		memo.property,
		operatorUnionId.property,
	],
);

/** CreateBookingBlacklist: POST /v1.0/rooms/bookings/blacklist, one user, times as ms epoch. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const user = blacklistUnionId.read(this, i);
	const start = startTime.read(this, i) as number;
	const end = endTime.read(this, i);
	if (end !== undefined && end <= start) {
		throw new NodeOperationError(this.getNode(), `End in item ${i + 1}: must be after Start`, {
			itemIndex: i,
			description: '"End" was rejected before any request was sent.',
		});
	}
	const note = memo.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		path: '/v1.0/rooms/bookings/blacklist',
		api: 'CreateBookingBlacklist',
		body: {
			unionId,
			blacklistUnionId: user,
			startTime: start,
			...(end !== undefined ? { endTime: end } : {}),
			...(note ? { memo: note } : {}),
		},
		// DingTalk has no API to read the blocklist, so a second arrival could not be checked.
		idempotent: false,
		context: { blacklistUnionId: user },
	});
	return {
		blacklistUnionId: user,
		startTime: new Date(start).toISOString(),
		endTime: end !== undefined ? new Date(end).toISOString() : null,
		permanent: end === undefined,
		result: response.result ?? true,
	};
}
