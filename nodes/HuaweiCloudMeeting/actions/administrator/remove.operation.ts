import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { runPlanAlone, withProperty } from '../../../core';
import { MAX_PER_CALL, accountList, accountType, readAccountType } from '../../descriptions/fields';
import { huawei } from '../../transport';

/** The administrators, picked from SearchCorpAdmins (their meeting accounts) or given by an expression. */
const accounts = withProperty(accountList, {
	displayName: 'Administrators',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getAdmins' },
	default: [],
	placeholder: undefined,
	description: `The administrators to remove: choose from the list (Huawei Cloud Meeting accounts: with App ID credentials set Account Type to 0 for them), or specify accounts using an <a href="https://docs.n8n.io/code/expressions/">expression</a> (an array, or text separated by commas or new lines). Sent ${MAX_PER_CALL} per call (Huawei's maximum is UNCONFIRMED).`,
});

export const description = updateDisplayOptions(
	{ show: { resource: ['administrator'], operation: ['remove'] } },
	[accounts.property, accountType.property],
);

/**
 * Takes administrator rights away (BatchDeleteCorpAdmins: a list of accounts per call); the users
 * stay. A resent call would fail on accounts that are no longer administrators, so it is never
 * resent and never combined across items (it has no `plan`).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const ids = accounts.read(this, i);
	const type = await readAccountType(this, i);
	const path = '/v1/usg/dcs/corp/admin/delete';
	return await runPlanAlone(
		this,
		huawei.listCall(this, i, {
			target: [path, type],
			ids,
			limit: MAX_PER_CALL,
			call: (part) => ({
				method: 'POST',
				path,
				api: 'corp/admin/delete',
				qs: { accountType: type },
				body: part,
				idempotent: false,
			}),
			output: (calls, answers) => ({
				success: true,
				removed: ids.length,
				calls,
				accountType: type,
				accounts: ids,
				requestIds: answers.map((a) => a.requestId),
			}),
		}),
	);
}
