import { z } from 'zod';

import { defineField, requiredText } from '../../../core';

/** Group name limit UNCONFIRMED; 50 characters like room names (our guess). */
export const MAX_GROUP_NAME = 50;

export const groupName = defineField(
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		required: true,
		default: '',
		description: `The name of the room group (at most ${MAX_GROUP_NAME} characters)`,
	},
	requiredText('a group name').pipe(
		z.string().max(MAX_GROUP_NAME, `is longer than ${MAX_GROUP_NAME} characters`),
	),
);
