import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId } from '../../descriptions/fields';
import { entriesFailed, tencent, tencentApiRequest } from '../../transport';
import { GROUP_BASE_FIELDS } from './groupList';

const displayOptions = { show: { resource: ['group'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property]);

/** Tencent's base information of a group (get_group_info). A bad ID is an error, not an empty item. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const [info] = await groupInfo(this, i, [group]);
	return info;
}

/** get_group_info for ≤ 50 IDs; entries with a non-zero ErrorCode fail the item. */
export async function groupInfo(
	ctx: IExecuteFunctions,
	i: number,
	ids: string[],
): Promise<IDataObject[]> {
	const body = await tencentApiRequest.call(
		ctx,
		i,
		'group_open_http_svc/get_group_info',
		{
			GroupIdList: ids,
			// UNCONFIRMED: that naming only base fields keeps Tencent from returning the member list.
			ResponseFilter: { GroupBaseInfoFilter: GROUP_BASE_FIELDS },
		},
		{ context: { groupIds: ids } },
	);
	const unanswered = new Set(ids);
	const entries = tencent
		.listIn(ctx, i, body, 'GroupInfo')
		.filter((g) => unanswered.delete(String(g.GroupId)));
	const failed = entries
		.filter((g) => Number(g.ErrorCode ?? 0) !== 0)
		.map((g) => ({
			id: String(g.GroupId),
			code: Number(g.ErrorCode),
			info: String(g.ErrorInfo ?? ''),
		}));
	// A group the answer holds no entry for fails the item: never an empty or missing output.
	entriesFailed(
		ctx,
		i,
		ids.length === 1 ? 'group' : 'groups',
		failed,
		ids.length,
		{ groupIds: ids },
		[...unanswered],
	);
	return entries.map((entry) => {
		const g = { ...entry };
		delete g.ErrorCode;
		delete g.ErrorInfo;
		return { groupId: g.GroupId, ...g };
	});
}
