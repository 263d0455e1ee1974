import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { chunk, defineField, readLimit, returnAllOrLimit } from '../../../core';
import { LIMITS } from '../../descriptions/limits';
import { tencent, tencentApiRequest } from '../../transport';
import { groupInfo } from './get.operation';
import { groupListNext, groupTypeFilter as groupType } from './groupList';

const includeDetails = defineField(
	{
		displayName: 'Include Details',
		name: 'includeDetails',
		type: 'boolean',
		default: true,
		description:
			"Whether to add each group's name, type, owner and settings (one get_group_info call per 50 groups)",
	},
	z.boolean(),
);

const displayOptions = { show: { resource: ['group'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, [
	...returnAllOrLimit,
	groupType.property,
	includeDetails.property,
] as INodeProperties[]);

/**
 * The app's groups (get_appid_group_list, pages up to 10000, `Next` 0 = done; Tencent allows
 * 1 call/s for it), one output item per group.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const type = groupType.read(this, i);
	const details = includeDetails.read(this, i);
	const groups = await tencent.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit: readLimit(this, i),
		fetch: async (next, want) => {
			const body = await tencentApiRequest.call(
				this,
				i,
				'group_open_http_svc/get_appid_group_list',
				{
					Limit: Math.min(LIMITS.groupListPage, want),
					...(next ? { Next: next } : {}),
					...(type ? { GroupType: type } : {}),
				},
				{ context: { next: next ?? 0 }, callsPerSecond: LIMITS.groupListPerSecond },
			);
			const items = tencent
				.listIn(this, i, body, 'GroupIdList')
				.map((g) => ({ groupId: (g as IDataObject).GroupId }) as IDataObject);
			return { items, next: groupListNext(this, i, body, items.length < want) };
		},
	});
	if (!details) return groups;
	const out: IDataObject[] = [];
	for (const part of chunk(
		groups.map((g) => String(g.groupId)),
		LIMITS.groupInfo,
	))
		out.push(...(await groupInfo(this, i, part)));
	return out;
}
