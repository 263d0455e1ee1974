import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit, withProperty } from '../../../core';
import { childDepartments, departmentsNamed } from '../../helpers/departments';
import { DEPT_NAME_MAX, ROOT_DEPT, departmentCode } from './deptFields';

const parent = withProperty(departmentCode, {
	displayName: 'Parent Department',
	name: 'parentDeptCode',
	default: { mode: 'id', value: ROOT_DEPT },
	description:
		'List the sub-departments of this department (one level down); the root department is 1. Ignored when Name is set.',
});

const nameFilter = defineField(
	{
		displayName: 'Name',
		name: 'deptName',
		type: 'string',
		default: '',
		description:
			'List the departments anywhere in the enterprise whose name matches this text instead (SearchDepartmentByName)',
	},
	z
		.string({ invalid_type_error: 'must be text' })
		.trim()
		.max(DEPT_NAME_MAX, `is longer than ${DEPT_NAME_MAX} characters`),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['getAll'] } },
	[...returnAllOrLimit, parent.property, nameFilter.property],
);

/**
 * The sub-departments of a department (ShowDeptAndChildDept), or the departments whose name
 * matches (SearchDepartmentByName). Neither API pages: Huawei answers the whole list at once.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const name = nameFilter.read(this, i);
	const found = name
		? await departmentsNamed(this, i, name)
		: await childDepartments(this, i, parent.read(this, i));
	return found.items.slice(0, limit).map((d) => ({ ...d, requestId: found.requestId }));
}
