import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pathSegment } from '../../../core';
import { huaweiApiRequest } from '../../transport';
import { ROOT_DEPT, departmentCode, refuseField } from './deptFields';

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['delete'] } },
	[departmentCode.property],
);

/** Deletes a department (DeleteDepartment). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const deptCode = departmentCode.read(this, i);
	// Huawei documents that the root department cannot be deleted: refused before sending.
	if (deptCode === ROOT_DEPT)
		refuseField(this, i, departmentCode.label, 'the root department (1) cannot be deleted');
	const { requestId } = await huaweiApiRequest.call(this, i, {
		method: 'DELETE',
		path: `/v1/usg/dcs/corp/dept/${pathSegment(deptCode)}`,
		api: 'corp/dept/delete',
		// Sent again after it arrived, it would fail on a department that is gone: reported, never resent.
		idempotent: false,
		context: { deptCode },
	});
	return { success: true, deptCode, requestId };
}
