import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, pathSegment } from '../../../core';
import { accountType, readAccountType, userAccount } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';
import { USER_FIELDS, refuse, refuseIn, userFieldsProblem } from './userFields';

const updateFields = defineCollection(
	{ displayName: 'Update Fields', name: 'updateFields' },
	{
		name: defineField(
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The display name (1-64 characters)',
			},
			z
				.union([z.string(), z.number()], { invalid_type_error: 'must be text' })
				.transform((v) => String(v).trim())
				.pipe(
					z.string().min(1, 'must be 1 to 64 characters').max(64, 'must be 1 to 64 characters'),
				),
		),
		...USER_FIELDS,
	},
	{ refuse: refuseIn('Update Fields') },
);

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['update'] } },
	[userAccount.property, accountType.property, updateFields.property],
);

/** Changes a user's details (UpdateUser); only the fields given are sent. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = userAccount.read(this, i);
	const type = await readAccountType(this, i);
	const fields = updateFields.read(this, i);
	const problem =
		userFieldsProblem(fields) ??
		(Object.keys(fields).length === 0 ? 'add at least one field to change' : undefined);
	if (problem) refuse(this, i, updateFields.label, problem);
	const { body, requestId } = await huaweiApiRequest.call(this, i, {
		method: 'PUT',
		path: `/v1/usg/dcs/corp/member/${pathSegment(account)}`,
		api: 'corp/member/update',
		qs: { accountType: type },
		body: fields,
		// Setting the same fields twice leaves the same user.
		idempotent: true,
		context: { account },
	});
	return { success: true, account, ...body, requestId };
}
