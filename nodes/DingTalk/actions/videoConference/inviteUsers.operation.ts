import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, requiredText } from '../../../core';
import { conferenceId, operatorUnionId } from '../../descriptions/fields';
import { readOperator } from '../../helpers/operator';
import { conferenceCall, conferenceOperation } from './control';

/** How many invitees one call may carry: UNCONFIRMED, 100 assumed (sent in one call). */
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
		description: `The people to invite (at most ${MAX_INVITEES}); DingTalk needs a name for each`,
		options: [
			{
				displayName: 'Invitee',
				name: 'invitee',
				values: [
					{ displayName: 'Union ID', name: 'unionId', type: 'string', default: '', required: true },
					{ displayName: 'Name', name: 'nick', type: 'string', default: '', required: true, description: 'The name shown in the conference' },
				],
			},
		],
	},
	// n8n stores a fixedCollection as { invitee: [...] }; the rule checks the list, so an error names its entry.
	z.preprocess(
		(v) => (v && typeof v === 'object' && !Array.isArray(v) ? ((v as { invitee?: unknown }).invitee ?? []) : v),
		z
			.array(z.object({ unionId: requiredText('a unionId'), nick: requiredText('a name') }), { invalid_type_error: 'must be a list of invitees' })
			.min(1, 'at least one invitee is required')
			.max(MAX_INVITEES, `at most ${MAX_INVITEES} invitees per item are accepted`),
	));

export const description = conferenceOperation('inviteUsers', [invitees.property, { ...operatorUnionId.property, description: 'The unionId of the inviter, shown on the call. Leave empty to use the Operator Union ID of the credential.' }]);

/** InviteUsers: POST …/{id}/users/invite {unionId, inviteeList: [{unionId, nick}]}. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const list = invitees.read(this, i);
	const unionId = await readOperator(this, i, false);
	const response = await conferenceCall(this, i, id, { suffix: '/users/invite', api: 'InviteUsers', body: { ...(unionId ? { unionId } : {}), inviteeList: list }, idempotent: true });
	return { conferenceId: id, invited: list, success: response.success ?? true };
}
