import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { listSearchKey } from '../../descriptions/fields';
import { huawei, huaweiApiRequest } from '../../transport';

/** Rows asked for per page. SearchCorpAdmins documents only its default (10); its maximum is UNCONFIRMED. */
export const ADMIN_PAGE_SIZE = 100;

const searchKey = listSearchKey(
	"Only administrators whose name, phone, email, account or third-party ID matches this text (Huawei's fuzzy search)",
);

export const description = updateDisplayOptions(
	{ show: { resource: ['administrator'], operation: ['getAll'] } },
	[...returnAllOrLimit, searchKey.property],
);

/** Pages through the enterprise's administrators (SearchCorpAdmins); one output item per administrator. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const search = searchKey.read(this, i);
	return await huawei.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit,
		first: 0,
		fetch: async (offset = 0, want) => {
			const qs: IDataObject = { offset, limit: Math.min(ADMIN_PAGE_SIZE, want) };
			if (search) qs.searchKey = search;
			const { body, requestId } = await huaweiApiRequest.call(this, i, {
				method: 'GET',
				path: '/v1/usg/dcs/corp/admin',
				api: 'corp/admin/search',
				qs,
				idempotent: true,
				context: { offset },
			});
			const admins = huawei.listIn(this, i, body, 'data').map((a) => ({ ...a, requestId }));
			const count = Number(body.count);
			const next = offset + admins.length;
			return { items: admins, next: Number.isFinite(count) && next >= count ? undefined : next };
		},
	});
}
