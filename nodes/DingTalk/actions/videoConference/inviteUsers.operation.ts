import type { IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../../core';
import { defineField, requiredText } from '../../../core';
import { conferenceId, operatorUnionId } from '../../descriptions/fields';
import { dingTalk } from '../../transport';
import { readOperator } from '../../helpers/operator';
import { conferenceCall, conferenceOperation } from './control';
import { MAX_USERS_PER_ITEM } from './members';

/** How many invitees one call may carry: UNCONFIRMED, 100 assumed; longer lists go in several calls. */
export const MAX_INVITEES = 100;

const invitees = defineField(
	{
		displayName: 'Invitees',
		name: 'invitees',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Invitee',
		default: {},
		required: true,
		description: `The people to invite (up to ${MAX_USERS_PER_ITEM}, sent ${MAX_INVITEES} per call); DingTalk needs a name for each`,
		options: [
			{
				displayName: 'Invitee',
				name: 'invitee',
				values: [
					{ displayName: 'Union ID', name: 'unionId', type: 'string', default: '', required: true },
					{
						displayName: 'Name',
						name: 'nick',
						type: 'string',
						default: '',
						required: true,
						description: 'The name shown in the conference',
					},
				],
			},
		],
	},
	// n8n stores a fixedCollection as { invitee: [...] }; the rule checks the list, so an error names its entry.
	z.preprocess(
		(v) =>
			v && typeof v === 'object' && !Array.isArray(v)
				? ((v as { invitee?: unknown }).invitee ?? [])
				: v,
		z
			.array(z.object({ unionId: requiredText('a unionId'), nick: requiredText('a name') }), {
				invalid_type_error: 'must be a list of invitees',
			})
			.min(1, 'at least one invitee is required')
			.max(MAX_USERS_PER_ITEM, `at most ${MAX_USERS_PER_ITEM} invitees per item are accepted`),
	),
);

export const description = conferenceOperation('inviteUsers', [
	invitees.property,
	{
		...operatorUnionId.property,
		description:
			'The unionId of the inviter, shown on the call. Leave empty to use the Operator Union ID of the credential.',
	},
]);

/**
 * The names of the people invited in this run, per target: a shared call carries other items'
 * unionIds and needs their names. The first name given for a unionId wins (one entry per person).
 */
const namesOfRun = new WeakMap<object, Map<string, Map<string, string>>>();

function namesFor(ctx: IExecuteFunctions, target: string): Map<string, string> {
	const run = namesOfRun.get(ctx) ?? new Map<string, Map<string, string>>();
	namesOfRun.set(ctx, run);
	const names = run.get(target) ?? new Map<string, string>();
	run.set(target, names);
	return names;
}

/**
 * InviteUsers: POST …/{id}/users/invite {unionId, inviteeList: [{unionId, nick}]}. The target is
 * the conference and the inviter; the ids are the invitees' unionIds, each sent with its name.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const id = conferenceId.read(this, i);
	const list = invitees.read(this, i);
	const unionId = await readOperator(this, i, false);
	const target = [id, unionId ?? null];
	const own = new Map<string, string>();
	for (const invitee of list) if (!own.has(invitee.unionId)) own.set(invitee.unionId, invitee.nick);
	const names = namesFor(this, JSON.stringify(target));
	for (const [who, nick] of own) if (!names.has(who)) names.set(who, nick);
	const send = async (part: string[]) => {
		const inviteeList = part.map((who) => ({
			unionId: who,
			nick: own.get(who) ?? (names.get(who) as string),
		}));
		return await conferenceCall(this, i, id, {
			suffix: '/users/invite',
			api: 'InviteUsers',
			body: { ...(unionId ? { unionId } : {}), inviteeList },
			idempotent: true,
			context: unionId ? { inviterUnionId: unionId } : {},
		});
	};
	return dingTalk.listCall(this, i, {
		target,
		ids: [...own.keys()],
		limit: MAX_INVITEES,
		send,
		output: (calls) => ({ conferenceId: id, invited: list, calls, success: true }),
	});
}
