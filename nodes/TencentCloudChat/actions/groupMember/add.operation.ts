import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../../core';
import { defineField } from '../../../core';
import { groupId, memberAccountsFor } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';
import { entriesFailed, entriesOf, tencent, tencentApiRequest } from '../../transport';

const memberAccounts = memberAccountsFor(LIMITS.add);

export const silence = defineField(
	{
		displayName: 'Silent',
		name: 'silence',
		type: 'boolean',
		default: false,
		description: 'Whether to skip the system notice to the group (Silence)',
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['add'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	memberAccounts.property,
	silence.property,
]);

/** Tencent's per-member Result: 0 failed, 1 added, 2 already a member, 3 waiting for the invitee. */
const RESULT = { 1: 'added', 2: 'alreadyMembers', 3: 'awaitingConfirmation' } as Record<
	number,
	string
>;

/**
 * add_group_member in calls of ≤ 300; items for the same group and Silent share calls (adding a
 * member twice is harmless: Result 2). Tencent answers a Result per member: an item whose own
 * members Tencent could not add (Result 0, typically an account that was not imported) fails after
 * every call was made, naming them; the other items in the same calls succeed.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	const quiet = silence.read(this, i);
	const api = 'group_open_http_svc/add_group_member';
	return tencent.listCall(this, i, {
		target: [api, group, quiet],
		ids: accounts,
		limit: LIMITS.add,
		send: async (part) =>
			await tencentApiRequest.call(
				this,
				i,
				api,
				{
					GroupId: group,
					MemberList: part.map((a) => ({ Member_Account: a })),
					...(quiet ? { Silence: 1 } : {}),
				},
				{ context: { groupId: group } },
			),
		output: (calls, answers) => {
			const mine = new Set(accounts);
			const out: Record<string, string[]> = {
				added: [],
				alreadyMembers: [],
				awaitingConfirmation: [],
			};
			const failed: Array<{ id: string; code: number }> = [];
			for (const entry of entriesOf(answers, 'MemberList')) {
				const account = String(entry.Member_Account);
				// A shared call's answer also lists other items' members; an item reports its own, once.
				if (!mine.delete(account)) continue;
				const bucket = RESULT[Number(entry.Result)];
				if (bucket) out[bucket].push(account);
				else failed.push({ id: account, code: 10019 });
			}
			// Members the answers hold no Result for: never taken as added.
			entriesFailed(
				this,
				i,
				'members to add',
				failed,
				accounts.length,
				{ groupId: group, calls, ...out },
				[...mine],
			);
			return { groupId: group, calls, ...out };
		},
	});
}
