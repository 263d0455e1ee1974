import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit } from '../../../core';
import { accountRule } from '../../descriptions/fields';
import { USER_LIMITS } from '../../descriptions/limits';
import { tencent, tencentApiRequest } from '../../transport';
import { groupTypeFilter as groupType } from './groupList';

const memberAccount = defineField(
	{
		displayName: 'Member Account',
		name: 'memberAccount',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'alice',
		description: 'The account (UserID) whose groups are listed',
	},
	accountRule('the member account'),
);

const includeLive = defineField(
	{
		displayName: 'Include Live-Stream Groups',
		name: 'includeLiveGroups',
		type: 'boolean',
		default: false,
		description:
			'Whether to list the live-stream groups (AVChatRoom) the account is in (WithHugeGroups). Tencent leaves them out otherwise, and warns the list may be incomplete: live-stream groups do not store all members.',
	},
	z.boolean(),
);

const ownedOnly = defineField(
	{
		displayName: 'Only Groups They Own',
		name: 'ownedOnly',
		type: 'boolean',
		default: false,
		description:
			'Whether to keep only the groups where the account is the owner (its Role is Owner), e.g. to hand them over before removing the account',
	},
	z.boolean(),
);

const displayOptions = { show: { resource: ['group'], operation: ['getAllForUser'] } };

export const description = updateDisplayOptions(displayOptions, [
	memberAccount.property,
	...returnAllOrLimit,
	groupType.property,
	includeLive.property,
	ownedOnly.property,
] as INodeProperties[]);

/** What each listed group carries: its base fields and the account's own Role in it. */
const BASE = ['Type', 'Name', 'Owner_Account', 'CreateTime', 'MemberNum'];

/**
 * get_joined_group_list paged by Offset (Limit ≤ 5000); TotalCount ends the listing. One output
 * item per group, with the account's role (SelfInfo.Role).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const account = memberAccount.read(this, i);
	const type = groupType.read(this, i);
	const live = includeLive.read(this, i);
	const owned = ownedOnly.read(this, i);
	return await tencent.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit: readLimit(this, i),
		first: 0,
		...(owned ? { keep: (g: IDataObject) => g.role === 'Owner' } : {}),
		fetch: async (offset = 0, want) => {
			const body = await tencentApiRequest.call(
				this,
				i,
				'group_open_http_svc/get_joined_group_list',
				{
					Member_Account: account,
					Limit: Math.min(USER_LIMITS.joinedGroupPage, want),
					Offset: offset,
					...(type ? { GroupType: type } : {}),
					...(live ? { WithHugeGroups: 1 } : {}),
					ResponseFilter: { GroupBaseInfoFilter: BASE, SelfInfoFilter: ['Role', 'JoinTime'] },
				},
				{ context: { memberAccount: account, offset } },
			);
			const items = tencent.listIn(this, i, body, 'GroupIdList').map((entry) => {
				const g = entry as IDataObject;
				const self = (g.SelfInfo ?? {}) as IDataObject;
				return { groupId: g.GroupId, memberAccount: account, role: self.Role, ...g };
			});
			// TotalCount is the account's total; the last page is the one that reaches it (or a short one).
			const reached = offset + items.length;
			const total = body.TotalCount;
			// A missing total would end the listing early without a word: a malformed answer instead.
			if (typeof total !== 'number')
				throw tencent.fail(this, i, {
					code: 'MALFORMED_ANSWER',
					message: 'The answer has no TotalCount',
					advice: 'Tencent or a gateway answered in an unexpected form; try again later.',
				});
			return { items, next: items.length > 0 && reached < total ? reached : undefined };
		},
	});
}
