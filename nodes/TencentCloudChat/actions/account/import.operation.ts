import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendInChunks } from '../../../core';
import { LIMITS } from '../../descriptions/limits';
import { entriesFailed, tencentApiRequest } from '../../transport';
import { accountsField } from './shared';

const accountIds = accountsField(LIMITS.import);

const displayOptions = { show: { resource: ['account'], operation: ['import'] } };

export const description = updateDisplayOptions(displayOptions, [accountIds.property]);

/**
 * multiaccount_import (Accounts[], ≤ 100 per call; importing an existing account is harmless).
 * Accounts Tencent lists in FailAccounts fail the item after every call, naming them.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const ids = accountIds.read(this, i);
	const { calls, results } = await sendInChunks(this.getNode(), ids, LIMITS.import, async (part) =>
		await tencentApiRequest.call(this, i, 'im_open_login_svc/multiaccount_import', { Accounts: part }, { context: {} }),
	);
	const failedIds = new Set(results.flatMap((r) => (Array.isArray(r.FailAccounts) ? (r.FailAccounts as string[]).map(String) : [])));
	const imported = ids.filter((a) => !failedIds.has(a));
	entriesFailed(this, i, 'accounts to import', [...failedIds].map((id) => ({ id, code: 70402 })), ids.length, { calls, imported });
	return { imported: imported.length, calls, accountIds: imported };
}
