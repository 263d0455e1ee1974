import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { check, pathSegment } from '../../core';
import { accountType, memberAccount } from '../descriptions/fields';
import { HISTORY_PATH, ONLINE_PATH } from '../helpers/listings';
import { defaultAccountType, huaweiApiRequest } from '../transport';

/** Entries per picker page. */
const PICKER_PAGE = 50;

async function page(
	ctx: ILoadOptionsFunctions,
	path: string,
	api: string,
	qs: IDataObject,
): Promise<{ rows: IDataObject[]; next?: number }> {
	const { body } = await huaweiApiRequest.call(ctx, 0, {
		method: 'GET',
		path,
		api,
		qs,
		idempotent: true,
	});
	const rows = (Array.isArray(body.data) ? body.data : []) as IDataObject[];
	const offset = Number(qs.offset);
	const next = offset + rows.length;
	return { rows, next: rows.length > 0 && next < Number(body.count) ? next : undefined };
}

const offsetOf = (token?: string) => (token && /^\d+$/.test(token) ? Number(token) : 0);

/** "From list" for users: name and account, searched by Huawei's fuzzy search key. */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { offset: offsetOf(paginationToken), limit: PICKER_PAGE };
	if (filter) qs.searchKey = filter;
	const { rows, next } = await page(this, '/v1/usg/dcs/corp/member', 'corp/member/search', qs);
	const appIdMode = (await this.getCredentials('huaweiCloudMeetingApi')).authMode === 'appId';
	return {
		results: rows
			.map((user) => {
				// App ID credentials address users by their third-party user ID.
				const value = String((appIdMode ? user.thirdAccount : undefined) || user.userAccount || '');
				return {
					name: `${String(user.name ?? value)} (${value})${user.status === 1 ? ' – disabled' : ''}`,
					value,
				};
			})
			.filter((r) => r.value),
		paginationToken: next === undefined ? undefined : String(next),
	};
}

/** "From list" for meetings that have not ended: subject, start time and ID. */
export async function searchMeetings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { offset: offsetOf(paginationToken), limit: PICKER_PAGE, queryAll: true };
	if (filter) qs.searchKey = filter;
	const { rows, next } = await page(
		this,
		'/v1/mmc/management/conferences',
		'conferences/search',
		qs,
	);
	return {
		results: rows
			.filter((m) => m.conferenceID)
			.map((m) => ({
				name: `${String(m.subject ?? m.conferenceID)} – ${String(m.startTime ?? '')} UTC (${String(m.conferenceID)})`,
				value: String(m.conferenceID),
			})),
		paginationToken: next === undefined ? undefined : String(next),
	};
}

/** "From list" for meetings in progress (SearchOnlineMeetings): subject, start time and ID. */
export async function searchOngoingMeetings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { offset: offsetOf(paginationToken), limit: PICKER_PAGE, queryAll: true };
	if (filter) qs.searchKey = filter;
	const { rows, next } = await page(this, ONLINE_PATH, 'conferences/online', qs);
	return {
		results: rows
			.filter((m) => m.conferenceID)
			.map((m) => ({
				name: `${String(m.subject ?? m.conferenceID)} – since ${String(m.startTime ?? '')} UTC (${String(m.conferenceID)})`,
				value: String(m.conferenceID),
			})),
		paginationToken: next === undefined ? undefined : String(next),
	};
}

/** How far back the ended-meetings picker looks. */
const ENDED_PICKER_DAYS = 30;

/** "From list" for sessions ended in the last 30 days (SearchHisMeetings), latest first; the value is the confUUID. */
export async function searchEndedMeetings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const endDate = Date.now();
	const qs: IDataObject = {
		offset: offsetOf(paginationToken),
		limit: PICKER_PAGE,
		queryAll: true,
		startDate: endDate - ENDED_PICKER_DAYS * 86400000,
		endDate,
		sortType: 'DSC_StartTIME',
	};
	if (filter) qs.searchKey = filter;
	const { rows, next } = await page(this, HISTORY_PATH, 'conferences/history', qs);
	return {
		results: rows
			.filter((m) => m.confUUID)
			.map((m) => ({
				name: `${String(m.subject ?? m.conferenceID)} – ${String(m.startTime ?? '')} to ${String(m.endTime ?? '')} UTC (${String(m.conferenceID ?? '')})`,
				value: String(m.confUUID),
			})),
		paginationToken: next === undefined ? undefined : String(next),
	};
}

/** Rooms of SearchCorpVmr (`qs` narrows them) as multi-select options, up to the first 500. */
async function roomOptions(
	ctx: ILoadOptionsFunctions,
	qs: IDataObject,
): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	for (let offset: number | undefined = 0; offset !== undefined && options.length < 500; ) {
		const { rows, next }: { rows: IDataObject[]; next?: number } = await page(
			ctx,
			'/v1/usg/dcs/corp/vmr',
			'corp/vmr',
			{ ...qs, offset, limit: 100 },
		);
		for (const room of rows) {
			const member =
				(room.member as IDataObject | undefined)?.name ??
				(room.member as IDataObject | undefined)?.account;
			options.push({
				name: `${String(room.vmrName ?? room.vmrId)} (${String(room.vmrId)})${member ? ` – ${String(member)}` : ' – unassigned'}`,
				value: String(room.id),
			});
		}
		offset = next;
	}
	return options;
}

/** The enterprise's cloud meeting rooms for multi-select fields (Delete). */
export async function getRooms(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await roomOptions(this, {});
}

/** The rooms no member holds (SearchCorpVmr status 2): what Assign To Member can give. */
export async function getUnassignedRooms(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await roomOptions(this, { status: 2 });
}

/** The rooms of the member chosen in Account (ShowUserDetail's vmrList): what Reclaim From Member can take back. */
export async function getMemberRooms(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const raw = this.getCurrentNodeParameter(memberAccount.name, { extractValue: true });
	// No member chosen yet, or an expression only a run can resolve: nothing to list.
	if (typeof raw !== 'string' || raw.trim() === '' || raw.startsWith('=')) return [];
	const account = check(this.getNode(), 0, memberAccount, memberAccount.schema, raw);
	const chosen = check(
		this.getNode(),
		0,
		accountType,
		accountType.schema,
		this.getCurrentNodeParameter(accountType.name) ?? 'auto',
	);
	const type = chosen === 'auto' ? await defaultAccountType.call(this) : chosen;
	const { body } = await huaweiApiRequest.call(this, 0, {
		method: 'GET',
		path: `/v1/usg/dcs/corp/member/${pathSegment(account)}`,
		api: 'corp/member/show',
		qs: { accountType: type },
		idempotent: true,
		context: { account },
	});
	const rooms = (Array.isArray(body.vmrList) ? body.vmrList : []) as IDataObject[];
	return rooms
		.filter((room) => room.id)
		.map((room) => ({
			name: `${String(room.vmrName ?? room.vmrId)} (${String(room.vmrId ?? room.id)})`,
			value: String(room.id),
		}));
}
