import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { NO_ANSWER, defineField, defineTime, idList, requiredText } from '../../../core';
import { huaweiUtcMinute } from '../../descriptions/time';
import { HUAWEI } from '../../../../credentials/common/huawei';
import { huawei, huaweiApiRequest } from '../../transport';

export const MIN_LENGTH = 15;
export const MAX_LENGTH = 1440;

export const subject = defineField(
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		required: true,
		default: '',
		description: 'The meeting topic (up to 128 characters)',
	},
	requiredText('a subject').pipe(z.string().max(128, 'is longer than 128 characters')),
);

const startTime = defineTime(
	{
		displayName: 'Start Time',
		name: 'startTime',
		description:
			"When the meeting starts, in the workflow's timezone unless the value names one (sent to Huawei as UTC). Leave empty to start it now.",
	},
	false,
);

export const length = defineField(
	{
		displayName: 'Length (Minutes)',
		name: 'length',
		type: 'number',
		typeOptions: { minValue: MIN_LENGTH, maxValue: MAX_LENGTH },
		default: 30,
		description: `How long the meeting lasts, ${MIN_LENGTH} to ${MAX_LENGTH} minutes`,
	},
	z
		.number({ invalid_type_error: 'must be a number' })
		.int('must be a whole number')
		.min(MIN_LENGTH, `must be at least ${MIN_LENGTH} minutes`)
		.max(MAX_LENGTH, `must be at most ${MAX_LENGTH} minutes`),
);

export const mediaTypes = defineField(
	{
		displayName: 'Media',
		name: 'mediaTypes',
		type: 'options',
		options: [
			{ name: 'HD Video', value: 'HDVideo' },
			{ name: 'Voice Only', value: 'Voice' },
		],
		default: 'HDVideo',
		description: "The meeting's media (Huawei's mediaTypes)",
	},
	z.enum(['HDVideo', 'Voice'], { errorMap: () => ({ message: 'must be HDVideo or Voice' }) }),
);

const attendees = defineField(
	{
		displayName: 'Attendees',
		name: 'attendees',
		type: 'string',
		default: '',
		placeholder: 'alice@example, bob@example',
		description:
			'Accounts to invite (third-party user IDs with App ID credentials), separated by commas or new lines, or an expression returning an array. Leave empty to invite nobody.',
	},
	z.preprocess(
		(v) => (v === '' || v === undefined || (Array.isArray(v) && v.length === 0) ? undefined : v),
		idList({ noun: 'attendee', maxIdLength: 128, maxTotal: 500 }).optional(),
	),
);

const vmrId = defineField(
	{
		displayName: 'Cloud Meeting Room ID',
		name: 'vmrId',
		type: 'string',
		default: '',
		description:
			'Hold the meeting in this cloud meeting room: its unique "ID" from Get Many (not the numeric VMR ID). Leave empty for a random meeting ID.',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(64, 'is longer than 64 characters'),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['create'] } },
	[
		subject.property,
		startTime.property,
		length.property,
		mediaTypes.property,
		attendees.property,
		vmrId.property,
	],
);

/** Books a meeting (CreateMeeting). Huawei answers with the meeting, including its passwords. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const topic = subject.read(this, i);
	const when = startTime.read(this, i);
	const minutes = length.read(this, i);
	const media = mediaTypes.read(this, i);
	const invited = attendees.read(this, i) ?? [];
	const room = vmrId.read(this, i);
	const body: IDataObject = { subject: topic, mediaTypes: media, length: minutes };
	if (when !== undefined) body.startTime = huaweiUtcMinute(when);
	if (invited.length) {
		const creds = await huawei.credentials(this);
		// App ID mode: accountId is the third-party user ID and appId must come with it.
		const appId = creds.authMode === 'appId' ? String(creds.appId ?? '').trim() : undefined;
		body.attendees = invited.map((accountId) => ({
			accountId,
			name: accountId,
			role: 0,
			...(appId ? { appId } : {}),
		}));
	}
	if (room) Object.assign(body, { vmrFlag: 1, vmrID: room });
	const { body: answer, requestId } = await huaweiApiRequest.call(this, i, {
		path: '/v1/mmc/management/conferences',
		api: 'conferences/create',
		body,
		// A second CreateMeeting books a second meeting: never resent.
		idempotent: false,
		context: { subject: topic },
	});
	// CreateMeeting answers with an array; the kernel hands arrays over as an object with numeric keys.
	const meetings = Array.isArray(answer) ? answer : Object.values(answer);
	// Booked or not, the item never succeeds (or vanishes) without the meeting it booked.
	if (!meetings.some((m) => m && typeof m === 'object' && (m as IDataObject).conferenceID)) {
		throw huawei.fail(
			this,
			i,
			{
				code: NO_ANSWER,
				message: `${HUAWEI} did not answer with the meeting it booked`,
				advice:
					'The call succeeded but its answer holds no meeting, so whether one was booked is unknown; check the meeting list in Huawei Cloud Meeting before creating it again.',
			},
			{ subject: topic, requestId },
		);
	}
	return meetings.map((meeting) => ({ ...(meeting as IDataObject), requestId }));
}
