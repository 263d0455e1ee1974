import type { IDataObject } from 'n8n-workflow';

import type { CallContext } from '../../core';
import { huawei, huaweiApiRequest } from '../transport';

/**
 * SearchOnlineMeetings, SearchHisMeetings, ListOnlineConfAttendee and
 * SearchAttendanceRecordsOfHisMeeting take at most 500 per page (SDK 3.1.209 MeetingClient.ts).
 */
export const LIST_PAGE_MAX = 500;

export const ONLINE_PATH = '/v1/mmc/management/conferences/online';
export const ONLINE_ATTENDEE_PATH = '/v1/mmc/management/conferences/online/conf-attendee';
export const HISTORY_PATH = '/v1/mmc/management/conferences/history';
export const ATTENDANCE_PATH = '/v1/mmc/management/conferences/history/confAttendeeRecord';

export interface Listing {
	path: string;
	api: string;
	/** The query without offset and limit. */
	qs: IDataObject;
	/** What the listing is about, named in its errors. */
	context?: IDataObject;
}

export interface Listed {
	items: IDataObject[];
	/**
	 * Every page named the same `count` and the pages held exactly that many: the list did not move
	 * while it was read (offset paging over a changing list can skip or repeat an entry).
	 */
	consistent: boolean;
}

/**
 * Pages through one of Huawei's `{offset, limit, count, data}` listings with the kernel's paginate
 * (bounded pages, a repeated cursor is an error) and reports whether the pages agree.
 */
export async function offsetListing(
	ctx: CallContext,
	i: number,
	listing: Listing,
	limit: number,
	maxPages?: number,
): Promise<Listed> {
	const counts = new Set<number>();
	const items = await huawei.paginate<number>({
		ctx,
		itemIndex: i,
		limit,
		first: 0,
		maxPages,
		fetch: async (offset = 0, want) => {
			const qs: IDataObject = { ...listing.qs, offset, limit: Math.min(LIST_PAGE_MAX, want) };
			const { body, requestId } = await huaweiApiRequest.call(ctx, i, {
				method: 'GET',
				path: listing.path,
				api: listing.api,
				qs,
				idempotent: true,
				context: { ...(listing.context ?? {}), offset },
			});
			const rows = huawei.listIn(ctx, i, body, 'data').map((row) => ({ ...row, requestId }));
			const count = Number(body.count);
			counts.add(count);
			const next = offset + rows.length;
			return { items: rows, next: Number.isFinite(count) && next >= count ? undefined : next };
		},
	});
	const [count] = [...counts];
	return { items, consistent: counts.size === 1 && items.length === count };
}

/** The meetings in progress (SearchOnlineMeetings); `queryAll` lists every user's (administrators). */
export function ongoingListing(o: { queryAll: boolean; searchKey?: string }): Listing {
	return {
		path: ONLINE_PATH,
		api: 'conferences/online',
		qs: { queryAll: o.queryAll, ...(o.searchKey ? { searchKey: o.searchKey } : {}) },
	};
}

/** Who is in a meeting now (ListOnlineConfAttendee): the query names are snake_case here. */
export function onlineParticipantsListing(conferenceID: string, searchKey?: string): Listing {
	return {
		path: ONLINE_ATTENDEE_PATH,
		api: 'conferences/online/conf-attendee',
		qs: { conf_id: conferenceID, ...(searchKey ? { search_key: searchKey } : {}) },
		context: { conferenceID },
	};
}

/** Ended meetings (SearchHisMeetings) in [startDate, endDate], both ms epochs and required. */
export function endedListing(o: {
	startDate: number;
	endDate: number;
	queryAll: boolean;
	searchKey?: string;
	sortType?: string;
}): Listing {
	const qs: IDataObject = { startDate: o.startDate, endDate: o.endDate, queryAll: o.queryAll };
	if (o.searchKey) qs.searchKey = o.searchKey;
	if (o.sortType) qs.sortType = o.sortType;
	return { path: HISTORY_PATH, api: 'conferences/history', qs };
}

/** Who attended an ended meeting (SearchAttendanceRecordsOfHisMeeting), by the meeting's confUUID. */
export function attendanceListing(confUUID: string, searchKey?: string): Listing {
	return {
		path: ATTENDANCE_PATH,
		api: 'conferences/history/confAttendeeRecord',
		qs: { confUUID, ...(searchKey ? { searchKey } : {}) },
		context: { confUUID },
	};
}
