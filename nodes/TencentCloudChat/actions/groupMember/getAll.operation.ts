import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, readLimit, returnAllOrLimit } from '../../../core';
import { groupId } from '../../descriptions/fields';
import { LIMITS } from '../../descriptions/limits';
import { tencent, tencentApiRequest } from '../../transport';

const listKind = defineField(
	{
		displayName: 'Group Kind',
		name: 'listKind',
		type: 'options',
		default: 'standard',
		description: 'Tencent lists members differently per group type',
		options: [
			{
				name: 'Work, Public or Meeting Group',
				value: 'standard',
				description: "Tencent's get_group_member_info, paged by Offset",
			},
			{
				name: 'Community',
				value: 'community',
				description: "Tencent's get_group_member_info, paged by Next",
			},
			{
				name: 'Live-Stream Group (AVChatRoom)',
				value: 'avChatRoom',
				description:
					'The online members (group_open_avchatroom_http_svc/get_members); needs the Premium edition and the console switch for the full list',
			},
		],
	},
	z.enum(['standard', 'community', 'avChatRoom']),
);

const roles = defineField(
	{
		displayName: 'Roles',
		name: 'roles',
		type: 'multiOptions',
		default: [],
		description: 'Only members with these roles (MemberRoleFilter); none = all',
		options: [
			{ name: 'Admin', value: 'Admin' },
			{ name: 'Member', value: 'Member' },
			{ name: 'Owner', value: 'Owner' },
		],
		displayOptions: { hide: { listKind: ['avChatRoom'] } },
	},
	z.array(z.enum(['Owner', 'Admin', 'Member'])),
);

const displayOptions = { show: { resource: ['groupMember'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	listKind.property,
	roles.property,
	...returnAllOrLimit,
] as INodeProperties[]);

/** One output item per member: Tencent's entry (Member_Account, Role, JoinTime, MuteUntil…) plus the group. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const group = groupId.read(this, i);
	const kind = listKind.read(this, i);
	const limit = readLimit(this, i);
	const tag = (list: IDataObject[]) => list.map((entry) => ({ groupId: group, ...entry }));
	if (kind === 'avChatRoom') {
		// Timestamp 0 first, then the previous NextTimestamp; 0 means the last page.
		return await tencent.paginate<number>({
			ctx: this,
			itemIndex: i,
			limit,
			first: 0,
			fetch: async (timestamp = 0) => {
				const body = await tencentApiRequest.call(
					this,
					i,
					'group_open_avchatroom_http_svc/get_members',
					{ GroupId: group, Timestamp: timestamp },
					{ context: { groupId: group, timestamp } },
				);
				return {
					items: tag(tencent.listIn(this, i, body, 'MemberList')),
					next: Number(body.NextTimestamp ?? 0),
				};
			},
		});
	}
	const filter = roles.read(this, i);
	const base = { GroupId: group, ...(filter.length ? { MemberRoleFilter: filter } : {}) };
	if (kind === 'community') {
		// Community groups page by the string Next ("" first, "" again at the end); Offset is unsupported.
		return await tencent.paginate<string>({
			ctx: this,
			itemIndex: i,
			limit,
			first: '',
			fetch: async (next = '', want) => {
				const body = await tencentApiRequest.call(
					this,
					i,
					'group_open_http_svc/get_group_member_info',
					{ ...base, Limit: Math.min(LIMITS.memberPage, want), Next: next },
					{ context: { groupId: group, next } },
				);
				return {
					items: tag(tencent.listIn(this, i, body, 'MemberList')),
					next: String(body.Next ?? ''),
				};
			},
		});
	}
	return await tencent.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit,
		first: 0,
		fetch: async (offset = 0, want) => {
			const body = await tencentApiRequest.call(
				this,
				i,
				'group_open_http_svc/get_group_member_info',
				{ ...base, Limit: Math.min(LIMITS.memberPage, want), Offset: offset },
				{ context: { groupId: group, offset } },
			);
			const items = tag(tencent.listIn(this, i, body, 'MemberList'));
			// MemberNum is the group's total; the last page is the one that reaches it.
			const reached = offset + items.length;
			return { items, next: reached < Number(body.MemberNum ?? 0) ? reached : undefined };
		},
	});
}
