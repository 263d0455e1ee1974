import type { IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../../core';
import { defineField } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { dingTalk } from '../../transport';
import { conferenceCall, conferenceOperation } from './control';
import { memberUnionIds } from './members';

/** KickMembers' per-call maximum is UNCONFIRMED; 100 is our guess (DingTalk's error surfaces if lower). */
export const KICK_PER_CALL = 100;

const members = memberUnionIds(
	`The unionIds of the members to remove, separated by commas or new lines, or an expression returning an array (sent ${KICK_PER_CALL} per call)`,
);
const forbiddenRejoin = defineField(
	{
		displayName: 'Prevent Rejoining',
		name: 'forbiddenRejoin',
		type: 'boolean',
		default: false,
		description: 'Whether the removed members may not join this conference again',
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);

export const description = conferenceOperation('removeMembers', [
	members.property,
	forbiddenRejoin.property,
]);

/**
 * KickMembers: POST …/members/kick {userList: [{unionId}], forbiddenRejoin}. The target is the
 * conference and Prevent Rejoining; DingTalk refuses the whole list when one user is not in the
 * conference (paramsError), so a shared call is split until that item is found.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const id = conferenceId.read(this, i);
	const ids = members.read(this, i);
	const rejoin = forbiddenRejoin.read(this, i);
	const send = async (part: string[]) =>
		await conferenceCall(this, i, id, {
			suffix: '/members/kick',
			api: 'KickMembers',
			body: { userList: part.map((unionId) => ({ unionId })), forbiddenRejoin: rejoin },
			idempotent: true,
			context: { forbiddenRejoin: rejoin },
		});
	return dingTalk.listCall(this, i, {
		target: [id, rejoin],
		ids,
		limit: KICK_PER_CALL,
		send,
		output: (calls) => ({
			conferenceId: id,
			removed: ids,
			forbiddenRejoin: rejoin,
			calls,
			success: true,
		}),
	});
}
