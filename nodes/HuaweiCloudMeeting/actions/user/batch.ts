import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendInChunks } from '../../../core';
import { MAX_PER_CALL, accountList, accountType, readAccountType } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';

export type BatchUserOperation = 'disable' | 'enable' | 'delete';

/** BatchUpdateUserStatus path value: 1 disables, 0 enables. BatchDeleteUsers is a POST. */
const CALLS: Record<BatchUserOperation, { method: 'PUT' | 'POST'; path: string; api: string; idempotent: boolean; counted: string }> = {
	disable: { method: 'PUT', path: '/v1/usg/dcs/corp/member/status/1', api: 'corp/member/status', idempotent: true, counted: 'disabled' },
	enable: { method: 'PUT', path: '/v1/usg/dcs/corp/member/status/0', api: 'corp/member/status', idempotent: true, counted: 'enabled' },
	// A resent delete fails on users already gone: report instead of resending.
	delete: { method: 'POST', path: '/v1/usg/dcs/corp/member/delete', api: 'corp/member/delete', idempotent: false, counted: 'deleted' },
};

export function batchProperties(operation: BatchUserOperation): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['user'], operation: [operation] } }, [accountList.property, accountType.property]);
}

/**
 * Disables, enables or deletes users, 100 accounts per call (BatchDeleteUsers documents 100;
 * BatchUpdateUserStatus's maximum is UNCONFIRMED, 100 assumed).
 */
export async function batchUsers(this: IExecuteFunctions, i: number, operation: BatchUserOperation): Promise<IDataObject> {
	const accounts = accountList.read(this, i);
	const type = await readAccountType(this, i);
	const call = CALLS[operation];
	const requestIds: Array<string | undefined> = [];
	const { calls } = await sendInChunks(this.getNode(), accounts, MAX_PER_CALL, async (part) => {
		const result = await huaweiApiRequest.call(this, i, {
			method: call.method,
			path: call.path,
			api: call.api,
			qs: { accountType: type },
			body: part,
			idempotent: call.idempotent,
			context: requestIds.length ? { earlierRequestIds: [...requestIds] } : {},
		});
		requestIds.push(result.requestId);
	});
	return { success: true, [call.counted]: accounts.length, calls, accountType: type, accounts, requestIds };
}
