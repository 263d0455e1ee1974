import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, pathSegment } from '../../../core';
import { huaweiApiRequest } from '../../transport';
import {
	DEPT_FIELDS,
	DEPT_NAME_MAX,
	departmentCode,
	parentCodeRule,
	refuseDept,
	refuseField,
} from './deptFields';

const updateFields = defineCollection(
	{ displayName: 'Update Fields', name: 'updateFields' },
	{
		deptName: defineField(
			{
				displayName: 'Name',
				name: 'deptName',
				type: 'string',
				default: '',
				description: `The department's name (1-${DEPT_NAME_MAX} characters)`,
			},
			z
				.string({ invalid_type_error: 'must be text' })
				.trim()
				.min(1, `must be 1 to ${DEPT_NAME_MAX} characters`)
				.max(DEPT_NAME_MAX, `must be 1 to ${DEPT_NAME_MAX} characters`),
		),
		parentDeptCode: defineField(
			{
				displayName: 'Parent Department Code',
				name: 'parentDeptCode',
				type: 'string',
				default: '',
				description: 'Move the department under this one (the root department is 1)',
			},
			parentCodeRule,
		),
		...DEPT_FIELDS,
	},
	{ refuse: refuseDept('Update Fields') },
);

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['update'] } },
	[departmentCode.property, updateFields.property],
);

/** Changes a department (UpdateDepartment); only the fields given are sent. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const deptCode = departmentCode.read(this, i);
	const fields = updateFields.read(this, i);
	if (Object.keys(fields).length === 0)
		refuseField(this, i, updateFields.label, 'add at least one field to change');
	if (fields.parentDeptCode === deptCode)
		refuseField(
			this,
			i,
			updateFields.label,
			'parentDeptCode: a department cannot be its own parent',
		);
	const { body, requestId } = await huaweiApiRequest.call(this, i, {
		method: 'PUT',
		path: `/v1/usg/dcs/corp/dept/${pathSegment(deptCode)}`,
		api: 'corp/dept/update',
		body: fields,
		// Setting the same fields twice leaves the same department.
		idempotent: true,
		context: { deptCode },
	});
	return { success: true, deptCode, ...fields, ...body, requestId };
}
