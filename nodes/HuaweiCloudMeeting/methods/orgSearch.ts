import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ROOT_DEPT } from '../actions/department/deptFields';
import { childDepartments, departmentsNamed } from '../helpers/departments';

const label = (d: IDataObject) =>
	`${String(d.deptNamePath || d.deptName || d.deptCode)} (${String(d.deptCode)})`;

/**
 * "From list" for departments: those whose name matches the filter (SearchDepartmentByName), or
 * with no filter the root and its sub-departments (ShowDeptAndChildDept of 1). Neither API pages.
 */
export async function searchDepartments(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const name = filter?.trim();
	const found = name
		? (await departmentsNamed(this, 0, name)).items
		: [
				{ deptCode: ROOT_DEPT, deptName: 'Root department' },
				...(await childDepartments(this, 0, ROOT_DEPT)).items,
			];
	return {
		results: found
			.filter((d) => d.deptCode !== undefined && d.deptCode !== '')
			.map((d) => ({ name: label(d), value: String(d.deptCode) })),
	};
}
