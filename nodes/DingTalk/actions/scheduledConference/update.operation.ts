import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scheduleConferenceId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';
import { creatorProperty, endTime, readPeriod, startTime, title } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledConference'], operation: ['update'] } },
	[
		scheduleConferenceId.property,
		title.property,
		startTime.property,
		endTime.property,
		creatorProperty,
	],
);

/** UpdateScheduleConference: PUT /v1.0/conference/scheduleConferences; DingTalk needs all five fields. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = scheduleConferenceId.read(this, i);
	const name = title.read(this, i);
	const period = readPeriod(this, i);
	const creatorUnionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		method: 'PUT',
		path: '/v1.0/conference/scheduleConferences',
		api: 'UpdateScheduleConference',
		body: { scheduleConferenceId: id, creatorUnionId, title: name, ...period },
		idempotent: true,
		context: { scheduleConferenceId: id },
	});
	return {
		scheduleConferenceId: id,
		title: name,
		startTime: new Date(period.startTime).toISOString(),
		endTime: new Date(period.endTime).toISOString(),
		success: response.success ?? true,
	};
}
