import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { RECORDINGS_PATH } from '../actions/recording/fields';
import { huawei, huaweiApiRequest } from '../transport';

/** Entries per picker page, and how far back the picker looks. */
const PICKER_PAGE = 50;
const PICKER_DAYS = 30;

/** "From list" for recordings (SearchRecordings, every user's, latest first), by subject or ID. */
export async function searchRecordings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = paginationToken && /^\d+$/.test(paginationToken) ? Number(paginationToken) : 0;
	const endDate = Date.now();
	const { body } = await huaweiApiRequest.call(this, 0, {
		method: 'GET',
		path: RECORDINGS_PATH,
		api: 'record/files',
		qs: {
			startDate: endDate - PICKER_DAYS * 86400000,
			endDate,
			offset,
			limit: PICKER_PAGE,
			queryAll: true,
			sortType: 'DSC_StartTIME',
			...(filter ? { searchKey: filter } : {}),
		},
		idempotent: true,
	});
	const rows = huawei.listIn(this, 0, body, 'data');
	const next = offset + rows.length;
	return {
		results: rows
			.filter((r) => r.confUUID)
			.map((r) => ({
				name: `${String(r.subject ?? r.confID)} – ${String(r.startTime ?? '')} UTC (${String(r.confID ?? '')})`,
				value: String(r.confUUID),
			})),
		paginationToken: rows.length > 0 && next < Number(body.count) ? String(next) : undefined,
	};
}
