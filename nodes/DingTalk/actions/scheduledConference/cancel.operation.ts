import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { scheduleConferenceId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';
import { creatorProperty } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledConference'], operation: ['cancel'] } },
	[scheduleConferenceId.property, creatorProperty],
);

/** CancelScheduleConference: POST …/scheduleConferences/cancel (only conferences created through the API). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = scheduleConferenceId.read(this, i);
	const creatorUnionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		path: '/v1.0/conference/scheduleConferences/cancel',
		api: 'CancelScheduleConference',
		body: { scheduleConferenceId: id, creatorUnionId },
		idempotent: true,
		context: { scheduleConferenceId: id },
	});
	return { scheduleConferenceId: id, cancelled: response.success ?? true };
}
