import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { USER_LIMITS } from '../../descriptions/limits';
import { entriesFailed, entriesOf, tencent, tencentApiRequest } from '../../transport';
import { accountsField } from './shared';

const accountIds = accountsField(USER_LIMITS.delete);

const displayOptions = { show: { resource: ['account'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, [accountIds.property]);

const API = 'im_open_login_svc/account_delete';

/**
 * account_delete (DeleteItem ≤ 100 per call), so items share calls. Tencent answers a ResultCode
 * per account in ResultItem: an account with a non-zero code, or with no entry at all, fails its
 * own item after every call, named; the other items in the same calls succeed. A resend of a call
 * whose answer was lost answers 70107 for accounts already gone: the item then fails, named, and
 * the admin can check them (Account > Check) rather than believe a delete that may not have happened.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const ids = accountIds.read(this, i);
	return tencent.listCall(this, i, {
		target: [API],
		ids,
		limit: USER_LIMITS.delete,
		send: async (part) =>
			await tencentApiRequest.call(
				this,
				i,
				API,
				{ DeleteItem: part.map((UserID) => ({ UserID })) },
				{ context: {} },
			),
		output: (calls, answers) => {
			const unanswered = new Set(ids);
			// A shared call's ResultItem holds other items' accounts too: this item reads its own only.
			const mine = entriesOf<IDataObject>(answers, 'ResultItem').filter((e) =>
				unanswered.delete(String(e.UserID)),
			);
			const failed = mine
				.filter((e) => typeof e.ResultCode !== 'number' || e.ResultCode !== 0)
				.map((e) => ({
					id: String(e.UserID),
					code: Number(e.ResultCode ?? -1),
					info: String(e.ResultInfo ?? ''),
				}));
			const deleted = mine.filter((e) => e.ResultCode === 0).map((e) => String(e.UserID));
			entriesFailed(this, i, 'accounts to delete', failed, ids.length, { calls, deleted }, [
				...unanswered,
			]);
			return { deleted: deleted.length, calls, accountIds: deleted } as IDataObject;
		},
	});
}
