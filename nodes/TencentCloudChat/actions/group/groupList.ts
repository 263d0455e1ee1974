import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import type { CallContext } from '../../../core';
import { defineField } from '../../../core';
import { tencent } from '../../transport';

/**
 * get_appid_group_list's `Next` (0 = last page). Tencent documents it as a uint64; a value above
 * 2^53 has already lost precision in JSON parsing, and sending it back would skip or repeat
 * groups, so that is an error rather than a silent gap (only when another page is needed).
 */
export function groupListNext(
	ctx: CallContext,
	itemIndex: number,
	body: IDataObject,
	needMore = true,
): number | undefined {
	const next = Number(body.Next ?? 0);
	if (!needMore || !Number.isFinite(next) || next <= 0) return undefined;
	if (!Number.isSafeInteger(next)) {
		throw tencent.fail(ctx, itemIndex, {
			code: 'NEXT_PRECISION',
			message: `Tencent's paging cursor Next (${String(body.Next)}) is larger than JavaScript numbers hold exactly, so the next page cannot be asked for safely`,
			advice:
				'Filter by Group Type or raise the Limit so the listing fits one page (up to 10000 groups per page).',
		});
	}
	return next;
}

/** The base-information fields get_group_info is asked for (no member list). */
export const GROUP_BASE_FIELDS = [
	'Type',
	'Name',
	'Introduction',
	'Notification',
	'FaceUrl',
	'Owner_Account',
	'CreateTime',
	'InfoSeq',
	'LastInfoTime',
	'LastMsgTime',
	'NextMsgSeq',
	'MemberNum',
	'MaxMemberNum',
	'ApplyJoinOption',
	'InviteJoinOption',
	'MuteAllMember',
];

export const GROUP_TYPES = [
	{ name: 'Community', value: 'Community' },
	{ name: 'Live-Stream (AVChatRoom)', value: 'AVChatRoom' },
	{ name: 'Meeting (ChatRoom)', value: 'ChatRoom' },
	{ name: 'Public', value: 'Public' },
	{ name: 'Work (Private)', value: 'Private' },
];

/** The Group Type filter of the listings (Get Many, Get Many for User). */
export const groupTypeFilter = defineField(
	{
		displayName: 'Group Type',
		name: 'groupType',
		type: 'options',
		options: [{ name: 'All', value: '' }, ...GROUP_TYPES],
		default: '',
		description: 'Only groups of this type (GroupType)',
	},
	z.enum(['', ...GROUP_TYPES.map((t) => t.value)] as [string, ...string[]]),
);

export const APPLY_JOIN_OPTIONS = [
	{ name: 'Disable Apply', value: 'DisableApply' },
	{ name: 'Free Access', value: 'FreeAccess' },
	{ name: 'Need Permission', value: 'NeedPermission' },
];

export const INVITE_JOIN_OPTIONS = [
	{ name: 'Disable Invite', value: 'DisableInvite' },
	{ name: 'Free Access', value: 'FreeAccess' },
	{ name: 'Need Permission', value: 'NeedPermission' },
];
