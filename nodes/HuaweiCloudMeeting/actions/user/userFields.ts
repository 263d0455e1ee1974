import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import type { RefuseEntry } from '../../../core';
import { defineField } from '../../../core';

/** Huawei's user fields (AddUserDTO / ModUserDTO), with the limits the SDK documents. */
const text = (max: number) =>
	z
		.string({ invalid_type_error: 'must be text' })
		.trim()
		.max(max, `is longer than ${max} characters`);

/** The fields create and update share, each under its own name in Huawei's body. */
export const USER_FIELDS = {
	country: defineField(
		{
			displayName: 'Country',
			name: 'country',
			type: 'string',
			default: '',
			placeholder: 'chinaPR',
			description:
				"The phone number's country (Huawei's country code, e.g. chinaPR); needed with Phone",
		},
		text(32),
	),
	deptCode: defineField(
		{
			displayName: 'Department Code',
			name: 'deptCode',
			type: 'string',
			default: '',
			description: 'The department; the root department is 1',
		},
		text(32),
	),
	desc: defineField(
		{ displayName: 'Description', name: 'desc', type: 'string', default: '' },
		text(128),
	),
	email: defineField(
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		text(255).regex(/^([^@\s]+@[^@\s]+)?$/, 'must be an email address'),
	),
	englishName: defineField(
		{ displayName: 'English Name', name: 'englishName', type: 'string', default: '' },
		text(64),
	),
	hidePhone: defineField(
		{
			displayName: 'Hide Phone',
			name: 'hidePhone',
			type: 'boolean',
			default: false,
			description: 'Whether to hide the phone number in the address book',
		},
		z.boolean({ invalid_type_error: 'must be true or false' }),
	),
	phone: defineField(
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: '+8613800000000',
			description: 'With the country code, e.g. +86…',
		},
		text(32).regex(
			/^(\+\d{1,31})?$/,
			'must start with + and the country code, e.g. +8613800000000',
		),
	),
	signature: defineField(
		{ displayName: 'Signature', name: 'signature', type: 'string', default: '' },
		text(512),
	),
	sortLevel: defineField(
		{
			displayName: 'Sort Level',
			name: 'sortLevel',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10000 },
			default: 10000,
			description: 'Position in the address book, 1 to 10000',
		},
		z
			.number({ invalid_type_error: 'must be a number' })
			.int('must be a whole number')
			.min(1, 'must be 1 to 10000')
			.max(10000, 'must be 1 to 10000'),
	),
	title: defineField(
		{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		text(32),
	),
};

/** A refused collection entry: names the field, the item and the rule, before any request is sent. */
export function refuse(ctx: IExecuteFunctions, i: number, label: string, problem: string): never {
	throw new NodeOperationError(ctx.getNode(), `${label} › ${problem} (item ${i + 1})`, {
		itemIndex: i,
		description: `"${label}" was rejected before any request was sent. Fix the value and run again.`,
	});
}

/** Huawei's collections tell a refused entry by its parameter name ("sortLevel: must be 1 to 10000"). */
export const refuseIn =
	(label: string): RefuseEntry =>
	(ctx, i, field, problem) =>
		refuse(ctx, i, label, `${field.name === 'pwd' ? 'password' : field.name}: ${problem}`);

/** Rules across fields: a phone number needs its country. */
export function userFieldsProblem(values: IDataObject): string | undefined {
	if (values.phone && !values.country) return 'country: is required with a phone number';
	return undefined;
}
