import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withProperty } from '../../../core';
import { accountType, readAccountType, userAccount } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';

const account = withProperty(userAccount, {
	description:
		'The user to make an administrator. With Account & Password credentials this is the Huawei Cloud Meeting account; with App ID credentials it is the third-party user ID.',
});

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['administrator'], operation: ['add'] } },
	[account.property, accountType.property],
);

/** Makes an existing user an enterprise administrator (AddCorpAdmin: one account per call). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const who = account.read(this, i);
	const type = await readAccountType(this, i);
	const { requestId } = await huaweiApiRequest.call(this, i, {
		path: '/v1/usg/dcs/corp/admin',
		api: 'corp/admin/add',
		qs: { accountType: type },
		body: { account: who },
		// Sent again after it arrived, it would fail on an account that is already an administrator
		// (UNCONFIRMED how Huawei answers a repeat): reported, never resent.
		idempotent: false,
		context: { account: who },
	});
	return { success: true, account: who, accountType: type, requestId };
}
