import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { listIn } from '../../core';
import { LIMITS } from '../descriptions/limits';
import { tencent, tencentApiRequest } from '../transport';
import { groupListNext } from '../actions/group/groupList';

/** Groups per picker page: one get_group_info call (≤ 50 IDs) names a whole page. */
const PAGE = LIMITS.groupInfo;

/**
 * "From list" for the Group field: a page of the app's groups (get_appid_group_list), named by
 * get_group_info, filtered by name or ID. The pagination token is Tencent's `Next`.
 */
export async function searchGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const vendor = tencent.spec.vendor;
	const next = paginationToken ? Number(paginationToken) : 0;
	const list = await tencentApiRequest.call(
		this,
		0,
		'group_open_http_svc/get_appid_group_list',
		{ Limit: PAGE, Next: next },
		{ callsPerSecond: LIMITS.groupListPerSecond },
	);
	const ids = listIn(this, 0, vendor, list, 'GroupIdList').map((g) =>
		String((g as IDataObject).GroupId),
	);
	let groups: IDataObject[] = [];
	if (ids.length > 0) {
		const info = await tencentApiRequest.call(this, 0, 'group_open_http_svc/get_group_info', {
			GroupIdList: ids,
			ResponseFilter: { GroupBaseInfoFilter: ['Type', 'Name'] },
		});
		groups = listIn(this, 0, vendor, info, 'GroupInfo');
	}
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = groups
		.filter((g) => Number(g.ErrorCode ?? 0) === 0)
		.map((g) => ({
			id: String(g.GroupId),
			name: String(g.Name || g.GroupId),
			type: String(g.Type ?? ''),
		}))
		.filter(
			(g) =>
				!needle || g.name.toLowerCase().includes(needle) || g.id.toLowerCase().includes(needle),
		)
		.map((g) => ({ name: g.type ? `${g.name} (${g.type})` : g.name, value: g.id }));
	const cursor = groupListNext(this, 0, list);
	return { results, paginationToken: cursor ? String(cursor) : undefined };
}
