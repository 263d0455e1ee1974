import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { defineCollection, defineTime, withProperty } from '../../../core';
import { meetingId } from '../../descriptions/fields';
import { huaweiUtcMinute } from '../../descriptions/time';
import { huawei, huaweiApiRequest } from '../../transport';
import { length, mediaTypes, subject } from './create.operation';

const MEETINGS_PATH = '/v1/mmc/management/conferences';
const UTC_MINUTE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

const newStart = defineTime(
	{
		displayName: 'New Start Time',
		name: 'newStartTime',
		description:
			"Move the meeting to this time (in the workflow's timezone unless the value names one; sent to Huawei as UTC). Leave empty to keep it.",
	},
	false,
);
const updateFields = defineCollection(
	{ displayName: 'Update Fields', name: 'updateFields' },
	{
		subject: withProperty(subject, { required: false }),
		length: length,
		mediaTypes: mediaTypes,
	},
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['update'] } },
	[meetingId.property, newStart.property, updateFields.property],
);

/**
 * Changes a booked meeting (UpdateMeeting, PUT …/conferences?conferenceID, a RestScheduleConfDTO
 * body like CreateMeeting's). Whether Huawei keeps fields a body leaves out is UNCONFIRMED, so the
 * meeting is read first (ShowMeetingDetail) and the body names subject, start, length and media
 * every time. Huawei refuses changes once the meeting has started.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const conferenceID = meetingId.read(this, i);
	const start = newStart.read(this, i);
	const changes = updateFields.read(this, i);
	if (start === undefined && Object.keys(changes).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`Update Fields in item ${i + 1}: choose at least one field to change, or a New Start Time`,
			{ itemIndex: i, description: 'Nothing was sent.' },
		);
	}
	const { body: detail } = await huaweiApiRequest.call(this, i, {
		method: 'GET',
		path: `${MEETINGS_PATH}/confDetail`,
		api: 'conferences/confDetail',
		qs: { conferenceID },
		idempotent: true,
		context: { conferenceID },
	});
	const current = (detail.conferenceData ?? {}) as IDataObject;
	const from = String(current.startTime ?? '').match(UTC_MINUTE);
	const to = String(current.endTime ?? '').match(UTC_MINUTE);
	if (!from || !to || typeof current.mediaTypes !== 'string') {
		throw huawei.fail(
			this,
			i,
			{
				code: 'MALFORMED_ANSWER',
				message:
					'ShowMeetingDetail did not answer with the meeting\'s startTime, endTime and mediaTypes ("yyyy-MM-dd HH:mm" UTC)',
			},
			{ conferenceID },
		);
	}
	const ms = (m: RegExpMatchArray) => Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
	const body: IDataObject = {
		subject: current.subject ?? '',
		startTime: current.startTime,
		length: Math.round((ms(to) - ms(from)) / 60000),
		mediaTypes: current.mediaTypes,
		...changes,
	};
	if (start !== undefined) body.startTime = huaweiUtcMinute(start);
	const { body: answer, requestId } = await huaweiApiRequest.call(this, i, {
		method: 'PUT',
		path: MEETINGS_PATH,
		api: 'conferences/update',
		qs: { conferenceID },
		body,
		// The same full body twice leaves the same meeting.
		idempotent: true,
		context: { conferenceID },
	});
	// UpdateMeeting answers with the meeting as an array (ConferenceInfo[]), like CreateMeeting.
	const meetings = (Object.values(answer) as IDataObject[]).filter(
		(m) => m && typeof m === 'object' && m.conferenceID,
	);
	if (meetings.length === 0)
		throw huawei.fail(
			this,
			i,
			{ code: 'NO_ANSWER', message: 'UpdateMeeting did not answer with the meeting', requestId },
			{ conferenceID },
		);
	return meetings.map((m) => ({ ...m, requestId }));
}
