import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, requiredText, runState } from '../../../core';
import { huaweiApiRequest } from '../../transport';
import { USER_FIELDS, refuse, refuseIn, userFieldsProblem } from './userFields';

const name = defineField(
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: "The user's display name (1-64 characters)",
	},
	requiredText('a name').pipe(z.string().max(64, 'is longer than 64 characters')),
);

const ACCOUNT_RULE = /^(?!\d+$)[A-Za-z0-9_.@-]{1,64}$/;
/** Text, or a number from an expression; empty means "let Huawei choose" and is not sent. */
const optional = (rule: z.ZodType<string>) =>
	z
		.union([z.string(), z.number()], { invalid_type_error: 'must be text' })
		.transform(String)
		.pipe(rule)
		.transform((v) => v || undefined);

const additionalFields = defineCollection(
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		description: 'Huawei requires an email or a phone number (with its country)',
	},
	{
		account: defineField(
			{
				displayName: 'Account',
				name: 'account',
				type: 'string',
				default: '',
				description:
					'Up to 64 of A-Z a-z 0-9 _ . @ - and not only digits; Huawei generates one when empty.',
			},
			optional(
				z
					.string()
					.refine(
						(v) => v === '' || ACCOUNT_RULE.test(v),
						'must be up to 64 of A-Z a-z 0-9 _ . @ - and not only digits',
					),
			),
		),
		...USER_FIELDS,
		pwd: defineField(
			{
				displayName: 'Password',
				name: 'pwd',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					'The first sign-in password (6-32 characters, at least two kinds of characters); Huawei generates one when empty',
			},
			optional(
				z
					.string()
					.refine(
						(v) => v === '' || (v.length >= 6 && v.length <= 32),
						'must be 6 to 32 characters',
					),
			),
		),
		sendNotify: defineField(
			{
				displayName: 'Send Notification',
				name: 'sendNotify',
				type: 'boolean',
				default: true,
				description: 'Whether Huawei tells the user about the new account by email or SMS',
			},
			// AddUserDTO.sendNotify is a string: "0" does not notify, anything else or nothing notifies (a JSON false would notify).
			z
				.boolean({ invalid_type_error: 'must be true or false' })
				.transform((notify) => (notify ? undefined : '0')),
		),
		thirdAccount: defineField(
			{
				displayName: 'Third-Party User ID',
				name: 'thirdAccount',
				type: 'string',
				default: '',
				description: "The user's ID in your own system, used with App ID credentials",
			},
			optional(z.string().max(64, 'is longer than 64 characters')),
		),
	},
	{ refuse: refuseIn('Additional Fields') },
);

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['create'] } },
	[name.property, additionalFields.property],
);

/** Adds a user to the enterprise (AddUser). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const userName = name.read(this, i);
	const fields = additionalFields.read(this, i);
	const problem =
		userFieldsProblem(fields) ??
		(!fields.email && !fields.phone ? 'email or phone: Huawei requires one of the two' : undefined);
	if (problem) refuse(this, i, additionalFields.label, problem);
	// The first password is a secret of this run from the moment it is read.
	if (fields.pwd) runState(this).scrubber.add(fields.pwd);
	const { account } = fields;
	const body: IDataObject = { name: userName, ...fields };
	const { body: user, requestId } = await huaweiApiRequest.call(this, i, {
		path: '/v1/usg/dcs/corp/member',
		api: 'corp/member/add',
		body,
		// A second AddUser would create a second user or fail on the account: never resent.
		idempotent: false,
		context: { name: userName, ...(account ? { account } : {}) },
	});
	return { ...user, requestId };
}
