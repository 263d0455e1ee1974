import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceId, operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { expectCode200 } from '../../transport';
import { conferenceCall, conferenceOperation } from './control';

export const description = conferenceOperation('close', [
	{
		...operatorUnionId.property,
		description:
			'The unionId of the host (only the host may close a conference). Leave empty to use the Operator Union ID of the credential.',
	},
]);

/** CloseVideoConference: DELETE /v1.0/conference/videoConferences/{id}?unionId, answers {code: 200, cause}. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await conferenceCall(this, i, id, {
		suffix: '',
		api: 'CloseVideoConference',
		method: 'DELETE',
		qs: { unionId },
		idempotent: true,
	});
	expectCode200(this, i, response, { conferenceId: id });
	return { conferenceId: id, closed: true };
}
