import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { attendancePage } from '../../helpers/history';
import { dingTalk } from '../../transport';
import { conferenceOperation } from './control';

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

export const description = conferenceOperation('getAttendance', [
	...returnAllOrLimit,
	nick.property,
]);

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
