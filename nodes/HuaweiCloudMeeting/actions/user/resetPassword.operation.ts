import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { userAccount } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['resetPassword'] } },
	[userAccount.property],
);

/**
 * Resets a user's password (ResetPwdByAdmin): Huawei makes up the new password and sends it to the
 * user's email or phone; the request carries only the account (AdminResetPwdReqDTO has no password
 * and no accountType). The output names the account only: nothing of Huawei's answer is passed on,
 * so a password in an answer could never reach the workflow.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = userAccount.read(this, i);
	const { requestId } = await huaweiApiRequest.call(this, i, {
		method: 'PUT',
		path: '/v1/usg/acs/password/admin/reset',
		api: 'acs/password/admin/reset',
		body: { account },
		// Each call makes and sends another new password: never resent.
		idempotent: false,
		context: { account },
	});
	return { success: true, account, notified: true, requestId };
}
