import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { groupId } from '../../descriptions/fields';
import { tencent, tencentApiRequest } from '../../transport';

/** Tencent returns at most 100 banned members per page. */
export const MAX_PAGE = 100;

const displayOptions = { show: { resource: ['groupMember'], operation: ['getBanned'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	...returnAllOrLimit,
]);

/** One output item per banned member: Tencent's entry (Member_Account, BannedUntil) plus the group. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const group = groupId.read(this, i);
	return await tencent.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit: readLimit(this, i),
		first: 0,
		fetch: async (offset = 0, want) => {
			const body = await tencentApiRequest.call(
				this,
				i,
				'group_open_http_svc/get_group_ban_member',
				{ GroupId: group, Limit: Math.min(MAX_PAGE, want), Offset: offset },
				{ context: { groupId: group, offset } },
			);
			const items = tencent
				.listIn(this, i, body, 'BannedAccountList')
				.map((entry) => ({ groupId: group, ...entry }));
			// NextOffset 0 means the last page.
			return { items, next: Number(body.NextOffset ?? 0) };
		},
	});
}
