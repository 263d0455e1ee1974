import { defineField, idList } from '../../../core';

/** The most users one item may name; DingTalk's own per-call limits are applied by chunking. */
export const MAX_USERS_PER_ITEM = 1000;

export const memberUnionIds = (description: string) =>
	defineField(
		{
			displayName: 'Member Union IDs',
			name: 'memberUnionIds',
			type: 'string',
			typeOptions: { rows: 2 },
			required: true,
			default: '',
			placeholder: '2iPOLxxxxx, 3kQRMyyyyy',
			description,
		},
		idList({ noun: 'unionId', maxIdLength: 256, maxTotal: MAX_USERS_PER_ITEM }),
	);
