import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

/** Huawei's user fields (AddUserDTO / ModUserDTO), with the limits the SDK documents. */
const text = (max: number) => z.string({ invalid_type_error: 'must be text' }).trim().max(max, `is longer than ${max} characters`);

export const USER_FIELD_RULES: Record<string, z.ZodTypeAny> = {
	englishName: text(64),
	phone: text(32).regex(/^(\+\d{1,31})?$/, 'must start with + and the country code, e.g. +8613800000000'),
	country: text(32),
	email: text(255).regex(/^([^@\s]+@[^@\s]+)?$/, 'must be an email address'),
	deptCode: text(32),
	signature: text(512),
	title: text(32),
	desc: text(128),
	sortLevel: z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1 to 10000').max(10000, 'must be 1 to 10000'),
	hidePhone: z.boolean({ invalid_type_error: 'must be true or false' }),
};

export const USER_FIELD_OPTIONS: INodeProperties[] = [
	{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'chinaPR', description: "The phone number's country (Huawei's country code, e.g. chinaPR); needed with Phone" },
	{ displayName: 'Department Code', name: 'deptCode', type: 'string', default: '', description: 'The department; the root department is 1' },
	{ displayName: 'Description', name: 'desc', type: 'string', default: '' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'English Name', name: 'englishName', type: 'string', default: '' },
	{ displayName: 'Hide Phone', name: 'hidePhone', type: 'boolean', default: false, description: 'Whether to hide the phone number in the address book' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: '+8613800000000', description: 'With the country code, e.g. +86…' },
	{ displayName: 'Signature', name: 'signature', type: 'string', default: '' },
	{ displayName: 'Sort Level', name: 'sortLevel', type: 'number', typeOptions: { minValue: 1, maxValue: 10000 }, default: 10000, description: 'Position in the address book, 1 to 10000' },
	{ displayName: 'Title', name: 'title', type: 'string', default: '' },
];

/** Checks a collection against the rules; returns the first broken rule as "field: message". */
export function userFieldProblem(values: IDataObject): string | undefined {
	for (const [name, value] of Object.entries(values)) {
		const rule = USER_FIELD_RULES[name];
		if (!rule) return `${name}: is not a field Huawei accepts here`;
		const parsed = rule.safeParse(value);
		if (!parsed.success) return `${name}: ${parsed.error.issues[0].message}`;
		values[name] = parsed.data as IDataObject[string];
	}
	if (values.phone && !values.country) return 'country: is required with a phone number';
	return undefined;
}
