import { z } from 'zod';

import { defineField, pathId, requiredText } from '../../core';

/** The admin on whose behalf a call is made; most DingTalk room and conference APIs want one. */
export const operatorUnionId = defineField(
	{
		displayName: 'Operator Union ID',
		name: 'unionId',
		type: 'string',
		default: '',
		description: 'The unionId of the operator (the admin on whose behalf the call is made), as the "query user details" API returns it',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(256, 'is longer than 256 characters'),
);

export const roomId = defineField(
	{
		displayName: 'Room ID',
		name: 'roomId',
		type: 'string',
		required: true,
		default: '',
		description: 'The ID of the meeting room, as the "query the list of meeting rooms" API returns it',
	},
	requiredText('a room ID').pipe(z.string().max(256, 'is longer than 256 characters')),
);

export const conferenceId = defineField(
	{
		displayName: 'Conference ID',
		name: 'conferenceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '644272f14ba3310xxxxxxxxx',
		description: 'The meeting ID of the video conference',
	},
	pathId('a conference ID'),
);
