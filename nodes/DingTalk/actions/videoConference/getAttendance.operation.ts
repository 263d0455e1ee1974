import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, pathId, readLimit, returnAllOrLimit } from '../../../core';
import { locator } from '../../descriptions/fields';
import { attendancePage } from '../../helpers/history';
import { dingTalk } from '../../transport';

const nick = defineField(
	{
		displayName: 'Nickname',
		name: 'nick',
		type: 'string',
		default: '',
		description: 'Only the attendees with this nickname (DingTalk\'s "nick" filter); empty for all',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(256, 'is longer than 256 characters'),
);

/** The conference whose attendance is read: "From List" shows those that ended in the last 30 days. */
const conferenceId = defineField(
	locator({
		name: 'conferenceId',
		displayName: 'Conference',
		noun: 'conference',
		searchListMethod: 'searchEndedConferences',
		placeholder: '6449d8a6414xxxxxxxx01464af9f0',
		description:
			'The video conference, ended or going on. "From List" shows those that ended in the last 30 days; Get Many Ended gives the IDs of any period.',
	}),
	pathId('a conference ID'),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['videoConference'], operation: ['getAttendance'] } },
	[conferenceId.property, ...returnAllOrLimit, nick.property],
);

/**
 * GetConfDetailData: GET …/{id}/details, one item per attendance record (unionId, nick, role,
 * joinTime, leaveTime and duration in ms, deviceType, status). Works for ended conferences.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const id = conferenceId.read(this, i);
	const limit = readLimit(this, i);
	const name = nick.read(this, i) || undefined;
	return await dingTalk.paginate<string>({
		ctx: this,
		itemIndex: i,
		limit,
		fetch: async (cursor, want) => await attendancePage(this, i, id, cursor, want, name),
	});
}
