import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, requiredText, withProperty } from '../../../core';
import { huawei, huaweiApiRequest } from '../../transport';
import { DEPT_FIELDS, DEPT_NAME_MAX, ROOT_DEPT, departmentCode, refuseDept } from './deptFields';

const deptName = defineField(
	{
		displayName: 'Name',
		name: 'deptName',
		type: 'string',
		required: true,
		default: '',
		description: `The department's name (1-${DEPT_NAME_MAX} characters)`,
	},
	requiredText('a name').pipe(
		z.string().max(DEPT_NAME_MAX, `is longer than ${DEPT_NAME_MAX} characters`),
	),
);

const parent = withProperty(departmentCode, {
	displayName: 'Parent Department',
	name: 'parentDeptCode',
	default: { mode: 'id', value: ROOT_DEPT },
	description:
		'The department the new one goes under; the root department is 1. Huawei allows 10 levels and 100 sub-departments per department.',
});

const additionalFields = defineCollection(
	{ displayName: 'Additional Fields', name: 'additionalFields' },
	DEPT_FIELDS,
	{ refuse: refuseDept('Additional Fields') },
);

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['create'] } },
	[deptName.property, parent.property, additionalFields.property],
);

/** Adds a department (AddDepartment); Huawei answers its new code in `value`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = deptName.read(this, i);
	const parentDeptCode = parent.read(this, i);
	const fields = additionalFields.read(this, i);
	const { body, requestId } = await huaweiApiRequest.call(this, i, {
		path: '/v1/usg/dcs/corp/dept',
		api: 'corp/dept/add',
		body: { deptName: name, parentDeptCode, ...fields },
		// A second AddDepartment would add a second department of the same name, or fail: never resent.
		idempotent: false,
		context: { deptName: name, parentDeptCode },
	});
	// The new code is all a workflow can go on: an answer without it is a failure, not an empty success.
	if (typeof body.value !== 'string' || body.value === '')
		throw huawei.fail(
			this,
			i,
			{
				code: 'NO_ANSWER',
				message: 'Huawei did not answer with the new department code ("value")',
				advice:
					'The call succeeded but its answer holds no department code, so whether one was added is unknown; check the departments before adding it again.',
			},
			{ deptName: name, requestId },
		);
	return { deptCode: body.value, deptName: name, parentDeptCode, ...fields, requestId };
}
