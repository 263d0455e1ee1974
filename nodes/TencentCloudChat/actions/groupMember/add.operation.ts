import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField } from '../../../core';
import { groupId, memberAccountsFor, sendAccounts } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';
import { entriesFailed } from '../../transport';

const memberAccounts = memberAccountsFor(LIMITS.add);

export const silence = defineField(
	{ displayName: 'Silent', name: 'silence', type: 'boolean', default: false, description: 'Whether to skip the system notice to the group (Silence)' },
	z.boolean({ invalid_type_error: 'must be true or false' }),
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['add'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property, memberAccounts.property, silence.property]);

/** Tencent's per-member Result: 0 failed, 1 added, 2 already a member, 3 waiting for the invitee. */
const RESULT = { 1: 'added', 2: 'alreadyMembers', 3: 'awaitingConfirmation' } as Record<number, string>;

/**
 * add_group_member in calls of ≤ 300. Members Tencent could not add (Result 0, typically an account
 * that was not imported) fail the item after every call was made, naming them.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	const quiet = silence.read(this, i);
	const { calls, results } = await sendAccounts(this, i, 'group_open_http_svc/add_group_member', accounts, LIMITS.add, (part) => ({
		GroupId: group,
		MemberList: part.map((a) => ({ Member_Account: a })),
		...(quiet ? { Silence: 1 } : {}),
	}), { groupId: group });
	const out: Record<string, string[]> = { added: [], alreadyMembers: [], awaitingConfirmation: [] };
	const failed: Array<{ id: string; code: number }> = [];
	for (const entry of results.flatMap((r) => (Array.isArray(r.MemberList) ? (r.MemberList as IDataObject[]) : []))) {
		const bucket = RESULT[Number(entry.Result)];
		if (bucket) out[bucket].push(String(entry.Member_Account));
		else failed.push({ id: String(entry.Member_Account), code: 10019 });
	}
	entriesFailed(this, i, 'members to add', failed, accounts.length, { groupId: group, calls, ...out });
	return { groupId: group, calls, ...out };
}
