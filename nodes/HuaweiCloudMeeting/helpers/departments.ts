import type { IDataObject } from 'n8n-workflow';

import type { CallContext } from '../../core';
import { pathSegment } from '../../core';
import { huawei, huaweiApiRequest } from '../transport';

export interface Departments {
	items: IDataObject[];
	requestId?: string;
}

/**
 * A department and its first-level sub-departments (ShowDeptAndChildDept). The answer's
 * `childDepts` is required unless Huawei says the department is a leaf (`isLeafNode`): whether a
 * leaf's answer carries an empty list or none is UNCONFIRMED, and a missing list on a department
 * with children must not read as "no departments".
 */
export async function childDepartments(
	ctx: CallContext,
	i: number,
	deptCode: string,
): Promise<Departments> {
	const { body, requestId } = await huaweiApiRequest.call(ctx, i, {
		method: 'GET',
		path: `/v1/usg/dcs/member/dept/${pathSegment(deptCode)}`,
		api: 'member/dept/show',
		idempotent: true,
		context: { deptCode },
	});
	if (body.childDepts === undefined && body.isLeafNode === true) return { items: [], requestId };
	return { items: huawei.listIn(ctx, i, body, 'childDepts'), requestId };
}

/** Every department whose name matches (SearchDepartmentByName): Huawei answers a bare JSON array. */
export async function departmentsNamed(
	ctx: CallContext,
	i: number,
	deptName: string,
): Promise<Departments> {
	const { data, requestId } = await huaweiApiRequest.call(ctx, i, {
		method: 'GET',
		path: '/v1/usg/dcs/member/dept',
		api: 'member/dept/search',
		qs: { deptName },
		idempotent: true,
		context: { deptName },
	});
	return {
		items: huawei.listIn(ctx, i, { departments: data } as IDataObject, 'departments'),
		requestId,
	};
}
