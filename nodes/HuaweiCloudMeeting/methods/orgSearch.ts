import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { ROOT_DEPT } from '../actions/department/deptFields';
import { childDepartments, departmentsNamed } from '../helpers/departments';
import { huawei, huaweiApiRequest } from '../transport';

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

/** How many administrators the multi-select lists at most. */
const ADMIN_OPTIONS_MAX = 500;

/** The enterprise's administrators (SearchCorpAdmins) for the Remove multi-select, up to the first 500. */
export async function getAdmins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	for (let offset = 0; options.length < ADMIN_OPTIONS_MAX; ) {
		const { body } = await huaweiApiRequest.call(this, 0, {
			method: 'GET',
			path: '/v1/usg/dcs/corp/admin',
			api: 'corp/admin/search',
			qs: { offset, limit: 100 },
			idempotent: true,
		});
		const rows = huawei.listIn(this, 0, body, 'data');
		for (const a of rows)
			if (a.account)
				options.push({
					name: `${String(a.name ?? a.account)} (${String(a.account)})`,
					value: String(a.account),
				});
		offset += rows.length;
		if (rows.length === 0 || offset >= Number(body.count)) break;
	}
	return options;
}
