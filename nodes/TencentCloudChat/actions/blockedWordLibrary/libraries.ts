import type { IDataObject } from 'n8n-workflow';

import type { CallContext } from '../../../core';
import { tencent, tencentApiRequest } from '../../transport';
import { countIn, moderationApp } from '../blockedWord/shared';

/**
 * One page of the app's blocked word libraries (im_msg_audit_mgr/get_cloud_audit_keywords_ids,
 * Limit ≤ 100, Offset): Infos of { ID, LibName, Describe, CreateTime, Suggestion }. `next` is the
 * next Offset, 0 after the last page (TotalCount).
 */
export async function libraryPage(
	ctx: CallContext,
	i: number,
	offset: number,
	limit: number,
): Promise<{ items: IDataObject[]; next: number }> {
	const app = await moderationApp(ctx, i);
	const body = await tencentApiRequest.call(
		ctx,
		i,
		'im_msg_audit_mgr/get_cloud_audit_keywords_ids',
		{ ...app, Offset: offset, Limit: limit },
		{ context: { offset } },
	);
	const total = countIn(ctx, i, body, 'TotalCount');
	const items = tencent.listIn(ctx, i, body, 'Infos');
	const end = offset + items.length;
	return { items, next: end < total ? end : 0 };
}
