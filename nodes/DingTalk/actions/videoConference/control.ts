import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pathSegment } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { dingTalkApiRequest } from '../../transport';

/** The description of a conference operation: the conference picker first, then its own fields. */
export const conferenceOperation = (operation: string, properties: INodeProperties[] = []) =>
	updateDisplayOptions({ show: { resource: ['videoConference'], operation: [operation] } }, [
		conferenceId.property,
		...properties,
	]);

/** One call on /v1.0/conference/videoConferences/{conferenceId}{suffix}. */
export async function conferenceCall(
	ctx: IExecuteFunctions,
	i: number,
	id: string,
	call: {
		suffix: string;
		api: string;
		method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
		body?: IDataObject;
		qs?: IDataObject;
		idempotent: boolean;
		context?: IDataObject;
	},
): Promise<IDataObject> {
	return await dingTalkApiRequest.call(ctx, i, {
		method: call.method ?? 'POST',
		path: `/v1.0/conference/videoConferences/${pathSegment(id)}${call.suffix}`,
		api: call.api,
		body: call.body,
		qs: call.qs,
		idempotent: call.idempotent,
		context: { conferenceId: id, ...(call.context ?? {}) },
	});
}
