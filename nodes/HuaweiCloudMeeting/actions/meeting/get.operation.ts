import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { meetingId } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['get'] } },
	[meetingId.property],
);

/** A meeting that has not ended (ShowMeetingDetail): its data and its first participants. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const conferenceID = meetingId.read(this, i);
	const { body, requestId } = await huaweiApiRequest.call(this, i, {
		method: 'GET',
		path: '/v1/mmc/management/conferences/confDetail',
		api: 'conferences/confDetail',
		qs: { conferenceID },
		idempotent: true,
		context: { conferenceID },
	});
	const meeting = (body.conferenceData ?? {}) as IDataObject;
	const participants = ((body.data as IDataObject | undefined)?.data ?? []) as IDataObject[];
	return { ...meeting, participants, requestId };
}
