import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pathSegment } from '../../../core';
import { operatorUnionId, scheduleConferenceId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduledConference'], operation: ['get'] } },
	[scheduleConferenceId.property, operatorUnionId.property],
);

/** QueryScheduleConference: GET …/scheduleConferences/{id}/infos?requestUnionId. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = scheduleConferenceId.read(this, i);
	const requestUnionId = await readOperator(this, i, true);
	const response = await dingTalkApiRequest.call(this, i, {
		method: 'GET',
		path: `/v1.0/conference/scheduleConferences/${pathSegment(id)}/infos`,
		api: 'QueryScheduleConference',
		qs: { requestUnionId },
		idempotent: true,
		context: { scheduleConferenceId: id },
	});
	const rest = { ...response };
	delete rest.requestId;
	return rest;
}
