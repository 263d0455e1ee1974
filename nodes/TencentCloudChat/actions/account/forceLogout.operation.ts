import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { tencentApiRequest } from '../../transport';
import { accountId } from './shared';

const displayOptions = { show: { resource: ['account'], operation: ['forceLogout'] } };

export const description = updateDisplayOptions(displayOptions, [accountId.property]);

/**
 * im_open_login_svc/kick: the account's login state (its UserSig) stops working; the user can log
 * in again with a newly issued UserSig. One account per call (Tencent's limit); a repeat is harmless.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = accountId.read(this, i);
	await tencentApiRequest.call(
		this,
		i,
		'im_open_login_svc/kick',
		{ UserID: account },
		{ context: { accountId: account } },
	);
	return { accountId: account, loggedOut: true };
}
