import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, requiredText, returnAllOrLimit } from '../../../core';
import { roomCodePage } from '../../helpers/history';
import { dingTalk } from '../../transport';

/** The meeting number people dial or type in to join; digits only. */
const roomCode = defineField(
	{
		displayName: 'Meeting Number',
		name: 'roomCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: '42726033559',
		description: 'The meeting number (roomCode) people type in to join, as in the join link',
	},
	// A number from a sheet column is a meeting number too.
	z
		.union([z.string(), z.number()], { invalid_type_error: 'must be text or a number' })
		.transform((v) => String(v))
		.pipe(
			requiredText('a meeting number').pipe(
				z.string().regex(/^\d{1,32}$/, 'must be digits only (at most 32)'),
			),
		),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['videoConference'], operation: ['getByRoomCode'] } },
	[roomCode.property, ...returnAllOrLimit],
);

/** QueryConferenceInfoByRoomCode: GET /v1.0/conference/roomCodes/{roomCode}/infos, one item per conference. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const code = roomCode.read(this, i);
	const limit = readLimit(this, i);
	return await dingTalk.paginate<string>({
		ctx: this,
		itemIndex: i,
		limit,
		fetch: async (cursor, want) => await roomCodePage(this, i, code, cursor, want),
	});
}
