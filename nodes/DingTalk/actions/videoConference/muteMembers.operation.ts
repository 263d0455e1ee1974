import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, sendInChunks } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { conferenceCall, conferenceOperation } from './control';
import { memberUnionIds } from './members';

/** MuteMembers takes one user per call (DingTalk's rule); a list is sent one call per user. */
export const MUTE_MEMBERS_PER_CALL = 1;

const members = memberUnionIds(
	'The unionIds of the members to mute or unmute, separated by commas or new lines, or an expression returning an array. DingTalk takes one user per call; the node sends one call per user.',
);
const muteAction = defineField(
	{
		displayName: 'Action',
		name: 'muteAction',
		type: 'options',
		options: [
			{ name: 'Mute', value: 'mute' },
			{ name: 'Unmute', value: 'un_mute' },
		],
		default: 'mute',
	},
	z.enum(['mute', 'un_mute'], { errorMap: () => ({ message: 'must be "mute" or "un_mute"' }) }),
);

export const description = conferenceOperation('muteMembers', [
	members.property,
	muteAction.property,
]);

/** MuteMembers: POST …/members/mute {action, userList: [{unionId}]} (all of the user's devices). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const ids = members.read(this, i);
	const action = muteAction.read(this, i);
	const { calls } = await sendInChunks(
		this.getNode(),
		ids,
		MUTE_MEMBERS_PER_CALL,
		async (part) =>
			await conferenceCall(this, i, id, {
				suffix: '/members/mute',
				api: 'MuteMembers',
				body: { action, userList: part.map((unionId) => ({ unionId })) },
				idempotent: true,
				context: { unionIds: part },
			}),
	);
	return { conferenceId: id, action, memberUnionIds: ids, calls, success: true };
}
