import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { check, requiredText } from '../../../core';
import { dingTalkRequest } from '../../transport';

export const conferenceIdProperty = (operation: 'lock' | 'unlock'): INodeProperties => ({
	displayName: 'Conference ID',
	name: 'conferenceId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '644272f14ba3310xxxxxxxxx',
	description: 'The meeting ID of the video conference',
	displayOptions: { show: { resource: ['videoConference'], operation: [operation] } },
});

/** Lock and unlock are one DingTalk API with a different `action`. */
export async function setLock(
	this: IExecuteFunctions,
	i: number,
	run: RunOptions,
	action: 'lock' | 'unlock',
): Promise<IDataObject> {
	const conferenceId = check(
		this.getNode(),
		i,
		{ name: 'conferenceId', label: 'Conference ID' },
		requiredText('a conference ID'),
		this.getNodeParameter('conferenceId', i),
	);
	const response = await dingTalkRequest.call(
		this,
		i,
		{
			method: 'POST',
			path: `/v1.0/conference/videoConferences/${encodeURIComponent(conferenceId)}/lock`,
			api: 'conference/videoConferences/lock',
			body: { action },
			idempotent: true,
		},
		run,
	);
	return { conferenceId, action, success: response.success ?? true };
}
