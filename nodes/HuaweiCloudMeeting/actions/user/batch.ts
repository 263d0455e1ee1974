import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { runPlanAlone } from '../../../core';
import { MAX_PER_CALL, accountList, accountType, readAccountType } from '../../descriptions/fields';
import { huawei } from '../../transport';

export type BatchUserOperation = 'disable' | 'enable' | 'delete';

/** BatchUpdateUserStatus path value: 1 disables, 0 enables. BatchDeleteUsers is a POST. */
const CALLS: Record<
	BatchUserOperation,
	{ method: 'PUT' | 'POST'; path: string; api: string; idempotent: boolean; counted: string }
> = {
	disable: {
		method: 'PUT',
		path: '/v1/usg/dcs/corp/member/status/1',
		api: 'corp/member/status',
		idempotent: true,
		counted: 'disabled',
	},
	enable: {
		method: 'PUT',
		path: '/v1/usg/dcs/corp/member/status/0',
		api: 'corp/member/status',
		idempotent: true,
		counted: 'enabled',
	},
	// A resent delete fails on users already gone: report instead of resending.
	delete: {
		method: 'POST',
		path: '/v1/usg/dcs/corp/member/delete',
		api: 'corp/member/delete',
		idempotent: false,
		counted: 'deleted',
	},
};

export function batchProperties(operation: BatchUserOperation): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['user'], operation: [operation] } }, [
		accountList.property,
		accountType.property,
	]);
}

/**
 * What one item asks for: its accounts disabled, enabled or deleted, 100 per call
 * (BatchDeleteUsers documents 100; BatchUpdateUserStatus's maximum is UNCONFIRMED, 100 assumed).
 * The target is the status (or the delete) and the account type; nothing is sent here.
 */
export async function planBatchUsers(
	this: IExecuteFunctions,
	i: number,
	operation: BatchUserOperation,
): Promise<ListCall> {
	const accounts = accountList.read(this, i);
	const type = await readAccountType(this, i);
	const call = CALLS[operation];
	return huawei.listCall(this, i, {
		target: [call.path, type],
		ids: accounts,
		limit: MAX_PER_CALL,
		call: (part) => ({
			method: call.method,
			path: call.path,
			api: call.api,
			qs: { accountType: type },
			body: part,
			idempotent: call.idempotent,
		}),
		output: (calls, answers) => ({
			success: true,
			[call.counted]: accounts.length,
			calls,
			accountType: type,
			accounts,
			requestIds: answers.map((a) => a.requestId),
		}),
	});
}

/** Delete, one item on its own: it is never combined (it must not arrive twice), so it has no `plan`. */
export async function batchUsers(
	this: IExecuteFunctions,
	i: number,
	operation: BatchUserOperation,
): Promise<IDataObject> {
	return await runPlanAlone(this, await planBatchUsers.call(this, i, operation));
}
