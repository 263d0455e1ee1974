import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField } from '../../../core';
import { optionalText } from '../../descriptions/fields';
import { USER_LIMITS } from '../../descriptions/limits';
import { atLeastOne } from '../../descriptions/options';
import { tencentApiRequest } from '../../transport';
import { accountId } from '../account/shared';
import { GENDERS, PROFILE_TAGS } from './tags';

const text = (displayName: string, name: string, description: string) =>
	defineField(
		{
			displayName,
			name,
			type: 'string',
			default: '',
			description: `${description} (at most ${USER_LIMITS.profileText} bytes)`,
		},
		optionalText(USER_LIMITS.profileText),
	);

const updateFields = defineCollection(
	{ displayName: 'Update Fields', name: 'updateFields' },
	{
		[PROFILE_TAGS.avatarUrl]: text('Avatar URL', 'avatarUrl', 'The URL of the profile photo'),
		[PROFILE_TAGS.gender]: defineField(
			{
				displayName: 'Gender',
				name: 'gender',
				type: 'options',
				options: GENDERS,
				default: 'Gender_Type_Unknown',
			},
			z.enum(['Gender_Type_Unknown', 'Gender_Type_Female', 'Gender_Type_Male']),
		),
		[PROFILE_TAGS.nickname]: text('Nickname', 'nickname', 'The name shown for the account'),
		[PROFILE_TAGS.selfSignature]: text('Self-Signature', 'selfSignature', 'The status line'),
	},
);

const displayOptions = { show: { resource: ['userProfile'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, [
	{ ...accountId.property, description: 'The account (UserID) whose profile is changed' },
	updateFields.property,
]);

/** portrait_set: the chosen standard fields of one account, in one call; a repeat sets the same values. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = accountId.read(this, i);
	const changes = atLeastOne(this, i, updateFields.label, updateFields.read(this, i));
	await tencentApiRequest.call(
		this,
		i,
		'profile/portrait_set',
		{
			From_Account: account,
			ProfileItem: Object.entries(changes).map(([Tag, Value]) => ({ Tag, Value })),
		},
		{ context: { accountId: account } },
	);
	const keyOf = Object.fromEntries(Object.entries(PROFILE_TAGS).map(([k, tag]) => [tag, k]));
	return {
		accountId: account,
		...Object.fromEntries(Object.entries(changes).map(([tag, v]) => [keyOf[tag], v])),
	};
}
