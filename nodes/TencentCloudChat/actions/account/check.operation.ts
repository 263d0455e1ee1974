import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendInChunks } from '../../../core';
import { LIMITS } from '../../descriptions/limits';
import { entriesFailed, entriesOf, tencentApiRequest } from '../../transport';
import { accountsField } from './shared';

const accountIds = accountsField(LIMITS.check);

const displayOptions = { show: { resource: ['account'], operation: ['check'] } };

export const description = updateDisplayOptions(displayOptions, [accountIds.property]);

/** account_check (≤ 100 per call): one output item per account with AccountStatus Imported / NotImported. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const ids = accountIds.read(this, i);
	const { results } = await sendInChunks(
		this.getNode(),
		ids,
		LIMITS.check,
		async (part) =>
			await tencentApiRequest.call(
				this,
				i,
				'im_open_login_svc/account_check',
				{ CheckItem: part.map((UserID) => ({ UserID })) },
				{ context: {} },
			),
	);
	const unanswered = new Set(ids);
	const entries = entriesOf(results, 'ResultItem').filter((e) =>
		unanswered.delete(String(e.UserID)),
	);
	const failed = entries
		.filter((e) => Number(e.ResultCode ?? 0) !== 0)
		.map((e) => ({
			id: String(e.UserID),
			code: Number(e.ResultCode),
			info: String(e.ResultInfo ?? ''),
		}));
	// An account the answers hold no entry for is neither imported nor not imported: it fails the item.
	entriesFailed(this, i, 'accounts to check', failed, ids.length, {}, [...unanswered]);
	return entries.map((e) => ({
		accountId: e.UserID,
		imported: e.AccountStatus === 'Imported',
		accountStatus: e.AccountStatus,
	}));
}
