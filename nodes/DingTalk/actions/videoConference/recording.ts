import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { conferenceId, operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { expectCode200 } from '../../transport';
import { conferenceCall } from './control';

export const hostProperty = {
	...operatorUnionId.property,
	description:
		'The unionId of the host (only the host may record). Leave empty to use the Operator Union ID of the credential.',
};

/** StartCloudRecord / StopCloudRecord: POST …/cloudRecords/start|stop, answer {code: "200"}. */
export async function setRecording(
	this: IExecuteFunctions,
	i: number,
	start: boolean,
	extra: IDataObject = {},
): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const unionId = await readOperator(this, i, true);
	const response = await conferenceCall(this, i, id, {
		suffix: start ? '/cloudRecords/start' : '/cloudRecords/stop',
		api: start ? 'StartCloudRecord' : 'StopCloudRecord',
		body: { unionId, ...extra },
		idempotent: true,
	});
	expectCode200(this, i, response, { conferenceId: id });
	return { conferenceId: id, recording: start, ...extra };
}
