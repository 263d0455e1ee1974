import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pathSegment } from '../../../core';
import { accountType, readAccountType, userAccount } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['get'] } },
	[userAccount.property, accountType.property],
);

/** One user's details (ShowUserDetail), including the rooms in vmrList. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = userAccount.read(this, i);
	const type = await readAccountType(this, i);
	const { body, requestId } = await huaweiApiRequest.call(this, i, {
		method: 'GET',
		path: `/v1/usg/dcs/corp/member/${pathSegment(account)}`,
		api: 'corp/member/show',
		qs: { accountType: type },
		idempotent: true,
		context: { account },
	});
	return { ...body, requestId };
}
