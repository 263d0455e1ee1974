import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, idList, requiredText } from '../../../core';
import { readOperator } from '../../helpers/operator';
import { dingTalkApiRequest } from '../../transport';

/** DingTalk keeps the first 50 characters of a title and refuses more than 256. */
export const TITLE_KEPT = 50;
export const TITLE_MAX = 256;
/** How many invitees one create may name: UNCONFIRMED, 100 assumed. */
export const MAX_INVITEES = 100;

const title = defineField(
	{
		displayName: 'Title',
		name: 'confTitle',
		type: 'string',
		required: true,
		default: '',
		description: `The conference title. DingTalk keeps the first ${TITLE_KEPT} characters and refuses more than ${TITLE_MAX}.`,
	},
	requiredText('a title').pipe(z.string().max(TITLE_MAX, `is longer than ${TITLE_MAX} characters`)),
);
const host = defineField(
	{
		displayName: 'Host Union ID',
		name: 'hostUnionId',
		type: 'string',
		default: '',
		description:
			"The unionId of the host (DingTalk's userId field). Leave empty to use the Operator Union ID of the credential.",
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(256, 'is longer than 256 characters'),
);
const invitees = defineField(
	{
		displayName: 'Invite Union IDs',
		name: 'inviteUserIds',
		type: 'string',
		default: '',
		description: `The unionIds of people of the same organization to invite (at most ${MAX_INVITEES}), separated by commas or new lines`,
	},
	z.union([z.literal(''), idList({ noun: 'unionId', maxIdLength: 256, maxTotal: MAX_INVITEES })]),
);
const inviteCaller = defineField(
	{
		displayName: 'Call the Host',
		name: 'inviteCaller',
		type: 'boolean',
		default: true,
		description: 'Whether DingTalk rings the host when the conference starts',
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['videoConference'], operation: ['create'] } },
	[title.property, host.property, invitees.property, inviteCaller.property],
);

/** CreateVideoConference: POST /v1.0/conference/videoConferences {userId (a unionId), confTitle, inviteUserIds, inviteCaller}. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = title.read(this, i);
	const invite = invitees.read(this, i);
	const caller = inviteCaller.read(this, i);
	const userId = await readOperator(this, i, true, host);
	const response = await dingTalkApiRequest.call(this, i, {
		path: '/v1.0/conference/videoConferences',
		api: 'CreateVideoConference',
		body: {
			userId,
			confTitle: name,
			inviteCaller: caller,
			...(Array.isArray(invite) ? { inviteUserIds: invite } : {}),
		},
		idempotent: false,
		context: { confTitle: name },
	});
	return { ...response, title: name, hostUnionId: userId };
}
