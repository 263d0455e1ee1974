import type { IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../../core';
import { defineField } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { dingTalk } from '../../transport';
import { conferenceCall, conferenceOperation } from './control';
import { memberUnionIds } from './members';

/** Cohosts' per-call maximum is UNCONFIRMED; 100 is our guess (DingTalk's error surfaces if lower). */
export const COHOSTS_PER_CALL = 100;

const members = memberUnionIds(
	`The unionIds of the members (from Get Members), separated by commas or new lines, or an expression returning an array (sent ${COHOSTS_PER_CALL} per call)`,
);
/** `add` is the official client's example; `remove` is UNCONFIRMED (docs/dingtalk.md). */
const action = defineField(
	{
		displayName: 'Action',
		name: 'cohostAction',
		type: 'options',
		options: [
			{ name: 'Make Co-Hosts', value: 'add' },
			{ name: 'Remove Co-Host Role', value: 'remove' },
		],
		default: 'add',
		description: 'Whether to give the members the co-host role or take it away',
	},
	z.enum(['add', 'remove'], { invalid_type_error: 'must be add or remove' }),
);

export const description = conferenceOperation('setCohosts', [members.property, action.property]);

/**
 * Cohosts: POST …/{id}/coHosts/set {action, userList: [{unionId}]} answering {success}. Items on
 * the same conference with the same action share calls.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const id = conferenceId.read(this, i);
	const ids = members.read(this, i);
	const act = action.read(this, i);
	const send = async (part: string[]) => {
		const response = await conferenceCall(this, i, id, {
			suffix: '/coHosts/set',
			api: 'Cohosts',
			body: { action: act, userList: part.map((unionId) => ({ unionId })) },
			idempotent: true,
			context: { action: act },
		});
		// The official client's answer is {success}: anything else is not a success.
		if (response.success !== true)
			throw dingTalk.fail(
				this,
				i,
				{ code: 'MALFORMED_ANSWER', message: 'The answer has no "success": true' },
				{ conferenceId: id },
			);
		return response;
	};
	return dingTalk.listCall(this, i, {
		target: [id, act],
		ids,
		limit: COHOSTS_PER_CALL,
		send,
		output: (calls) => ({ conferenceId: id, action: act, unionIds: ids, calls, success: true }),
	});
}
