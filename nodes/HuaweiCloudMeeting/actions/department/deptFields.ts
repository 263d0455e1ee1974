import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import type { RefuseEntry } from '../../../core';
import { defineField, pathId } from '../../../core';

/** Huawei's root department: it always exists and cannot be deleted (DeleteDepartment). */
export const ROOT_DEPT = '1';

/** Department codes are 0-32 characters (UpdateDepartment's dept_code, SDK 3.1 MeetingClient.ts). */
export const DEPT_CODE_MAX = 32;
/** Department names are 1-128 characters (SearchDepartmentByName's deptName; UNCONFIRMED for AddDepartment). */
export const DEPT_NAME_MAX = 128;

/** A department as a resource locator: pick from the departments, or type its code. */
export const departmentCode = defineField(
	{
		displayName: 'Department',
		name: 'deptCode',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: "The department's code (deptCode); the root department is 1",
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchDepartments', searchable: true },
			},
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder: '1' },
		],
	},
	pathId('a department code', DEPT_CODE_MAX),
);

const text = (max: number) =>
	z
		.string({ invalid_type_error: 'must be text' })
		.trim()
		.max(max, `is longer than ${max} characters`);

/**
 * The department fields create and update share (DeptDTO / ModDeptDTO), each under Huawei's name.
 * DESIGNATED_DEPARTMENT permissions (with designatedOutDeptCodes) are not offered yet.
 */
export const DEPT_FIELDS = {
	note: defineField(
		{ displayName: 'Note', name: 'note', type: 'string', default: '' },
		// UNCONFIRMED: the SDK gives no length; 128 like the user description.
		text(128),
	),
	sortLevel: defineField(
		{
			displayName: 'Sort Level',
			name: 'sortLevel',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10000 },
			default: 10000,
			description: 'Position among its sibling departments, 1 to 10000',
		},
		z
			.number({ invalid_type_error: 'must be a number' })
			.int('must be a whole number')
			.min(1, 'must be 1 to 10000')
			.max(10000, 'must be 1 to 10000'),
	),
	inPermission: defineField(
		{
			displayName: 'Visible To Others',
			name: 'inPermission',
			type: 'options',
			options: [
				{ name: 'Unlimited', value: 'UNLIMITED' },
				{ name: 'Open', value: 'OPEN' },
				{ name: 'Closed', value: 'CLOSE' },
			],
			default: 'UNLIMITED',
			description: "Who outside the department sees it in the address book (Huawei's inPermission)",
		},
		z.enum(['UNLIMITED', 'OPEN', 'CLOSE'], {
			errorMap: () => ({ message: 'must be UNLIMITED, OPEN or CLOSE' }),
		}),
	),
	outPermission: defineField(
		{
			displayName: 'Members See',
			name: 'outPermission',
			type: 'options',
			options: [
				{ name: 'Unlimited', value: 'UNLIMITED' },
				{ name: 'Only Their Department', value: 'ONLY_SELF' },
				{ name: 'Their Department and Sub-Departments', value: 'SELF_AND_CHILD_DEPARTMENT' },
			],
			default: 'UNLIMITED',
			description: "What the department's members see in the address book (Huawei's outPermission)",
		},
		z.enum(['UNLIMITED', 'ONLY_SELF', 'SELF_AND_CHILD_DEPARTMENT'], {
			errorMap: () => ({
				message: 'must be UNLIMITED, ONLY_SELF or SELF_AND_CHILD_DEPARTMENT',
			}),
		}),
	),
};

/** A parent department code typed in a collection: 1-32 characters. */
export const parentCodeRule = text(DEPT_CODE_MAX).pipe(
	z.string().min(1, 'must be a department code (the root is 1)'),
);

/** A refused entry: names the field, the item and the rule, before any request is sent. */
export const refuseDept =
	(label: string): RefuseEntry =>
	(ctx, i, field, problem) =>
		refuseField(ctx, i, label, `${field.name}: ${problem}`);

export function refuseField(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	problem: string,
): never {
	throw new NodeOperationError(ctx.getNode(), `${label} › ${problem} (item ${i + 1})`, {
		itemIndex: i,
		description: `"${label}" was rejected before any request was sent. Fix the value and run again.`,
	});
}
