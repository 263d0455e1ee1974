import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, defineTime, requiredText } from '../../../core';
import { operatorUnionId } from '../../descriptions/fields';

export const TITLE_MAX = 256;

export const title = defineField(
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		description: `The conference title. DingTalk keeps the first 50 characters and refuses more than ${TITLE_MAX}.`,
	},
	requiredText('a title').pipe(z.string().max(TITLE_MAX, `is longer than ${TITLE_MAX} characters`)),
);
export const startTime = defineTime(
	{
		displayName: 'Start',
		name: 'startTime',
		required: true,
		description:
			"When the conference starts (in the workflow's timezone unless the value names one)",
	},
	true,
);
export const endTime = defineTime(
	{ displayName: 'End', name: 'endTime', required: true, description: 'When the conference ends' },
	true,
);

export const creatorProperty = {
	...operatorUnionId.property,
	description:
		"The unionId of the creator (DingTalk's creatorUnionId); only the creator may change or cancel it. Leave empty to use the Operator Union ID of the credential.",
};

/** Start and end as ms epoch, end after start; checked before anything is sent. */
export function readPeriod(
	ctx: IExecuteFunctions,
	i: number,
): { startTime: number; endTime: number } {
	const start = startTime.read(ctx, i) as number;
	const end = endTime.read(ctx, i) as number;
	if (end <= start) {
		throw new NodeOperationError(ctx.getNode(), `End in item ${i + 1}: must be after Start`, {
			itemIndex: i,
			description: '"End" was rejected before any request was sent.',
		});
	}
	return { startTime: start, endTime: end };
}
