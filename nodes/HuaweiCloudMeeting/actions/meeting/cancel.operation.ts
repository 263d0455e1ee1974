import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField } from '../../../core';
import { meetingId } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';

const endIfRunning = defineField(
	{
		displayName: 'End It If Running',
		name: 'endIfRunning',
		type: 'boolean',
		default: true,
		description:
			"Whether a meeting that has already started is ended too (Huawei's type=1); otherwise only booked meetings can be cancelled",
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['cancel'] } },
	[meetingId.property, endIfRunning.property],
);

/** Cancels a booked meeting (CancelMeeting); administrators may cancel any meeting of the enterprise. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const conferenceID = meetingId.read(this, i);
	const end = endIfRunning.read(this, i);
	const { requestId } = await huaweiApiRequest.call(this, i, {
		method: 'DELETE',
		path: '/v1/mmc/management/conferences',
		api: 'conferences/cancel',
		qs: { conferenceID, type: end ? 1 : 0 },
		// Sent again after it arrived, it would fail on a meeting that is gone: report instead.
		idempotent: false,
		context: { conferenceID },
	});
	return { success: true, conferenceID, cancelled: true, requestId };
}
