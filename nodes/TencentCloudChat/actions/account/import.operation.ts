import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { LIMITS } from '../../descriptions/limits';
import { entriesFailed, entriesOf, tencent, tencentApiRequest } from '../../transport';
import { accountsField } from './shared';

const accountIds = accountsField(LIMITS.import);

const displayOptions = { show: { resource: ['account'], operation: ['import'] } };

export const description = updateDisplayOptions(displayOptions, [accountIds.property]);

/**
 * multiaccount_import (Accounts[], ≤ 100 per call; importing an existing account is harmless), so
 * items share calls. Accounts Tencent lists in FailAccounts fail their own item after every call,
 * naming them; the other items in the same calls succeed.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const ids = accountIds.read(this, i);
	const api = 'im_open_login_svc/multiaccount_import';
	return tencent.listCall(this, i, {
		target: [api],
		ids,
		limit: LIMITS.import,
		send: async (part) =>
			await tencentApiRequest.call(this, i, api, { Accounts: part }, { context: {} }),
		output: (calls, answers) => {
			const mine = new Set(ids);
			// A shared call's FailAccounts may name other items' accounts: an item fails for its own only.
			const failedIds = new Set(
				entriesOf(answers, 'FailAccounts')
					.map(String)
					.filter((a) => mine.has(a)),
			);
			const imported = ids.filter((a) => !failedIds.has(a));
			entriesFailed(
				this,
				i,
				'accounts to import',
				[...failedIds].map((id) => ({ id, code: 70402 })),
				ids.length,
				{ calls, imported },
			);
			return { imported: imported.length, calls, accountIds: imported };
		},
	});
}
