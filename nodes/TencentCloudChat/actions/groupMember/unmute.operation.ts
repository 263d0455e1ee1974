import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { accountsPlan, groupId, memberAccountsFor } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';

const memberAccounts = memberAccountsFor(LIMITS.mute);

const displayOptions = { show: { resource: ['groupMember'], operation: ['unmute'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	memberAccounts.property,
]);

/** Tencent has no unmute API: forbid_send_msg with MuteTime 0 lifts a mute; same group, shared calls of ≤ 500. */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const group = groupId.read(this, i);
	const accounts = memberAccounts.read(this, i);
	return accountsPlan(
		this,
		i,
		'group_open_http_svc/forbid_send_msg',
		'Members_Account',
		accounts,
		LIMITS.mute,
		{ GroupId: group, MuteTime: 0 },
		(calls) => ({
			groupId: group,
			unmuted: accounts.length,
			calls,
			memberAccounts: accounts,
		}),
	);
}
