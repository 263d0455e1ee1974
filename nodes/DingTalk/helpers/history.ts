import type { IDataObject } from 'n8n-workflow';

import type { CallContext, Page } from '../../core';
import { pathSegment } from '../../core';
import { dingTalk, dingTalkApiRequest } from '../transport';

/**
 * Page sizes. The official client shows maxResults 100 in its examples for GetConfDetailData and
 * GetHistoryConfDataList and documents no maximum (UNCONFIRMED); QueryConferenceInfoByRoomCode
 * documents none either, 20 stays modest.
 */
export const ATTENDANCE_PAGE_MAX = 100;
export const ENDED_PAGE_MAX = 100;
export const ROOM_CODE_PAGE_MAX = 20;

const size = (want: number, max: number) =>
	Math.max(1, Math.min(max, Number.isFinite(want) ? want : max));

/** A cursor that must be a String when present (the official client's `nextToken: string`). */
function nextOf(ctx: CallContext, i: number, body: IDataObject, api: string): string | undefined {
	const next = body.nextToken;
	if (next === undefined || next === null || next === '') return undefined;
	if (typeof next === 'string') return next;
	throw dingTalk.fail(ctx, i, {
		code: 'MALFORMED_ANSWER',
		message: `${api} answered a nextToken that is not text`,
	});
}

/** One page of GetConfDetailData: GET …/{id}/details, attendance records in `list`, no hasMore. */
export async function attendancePage(
	ctx: CallContext,
	i: number,
	conferenceId: string,
	cursor: string | undefined,
	want: number,
	nick: string | undefined,
): Promise<Page<string>> {
	const body = await dingTalkApiRequest.call(ctx, i, {
		method: 'GET',
		path: `/v1.0/conference/videoConferences/${pathSegment(conferenceId)}/details`,
		api: 'GetConfDetailData',
		qs: {
			maxResults: size(want, ATTENDANCE_PAGE_MAX),
			...(cursor !== undefined ? { nextToken: cursor } : {}),
			...(nick ? { nick } : {}),
		},
		idempotent: true,
		context: { conferenceId },
	});
	const items = dingTalk.listIn(ctx, i, body, 'list');
	return { items, next: nextOf(ctx, i, body, 'GetConfDetailData') };
}

export interface EndedQuery {
	startTime: number;
	endTime: number;
	realData: boolean;
	filters: IDataObject;
}

/** One page of GetHistoryConfDataList: ended conferences in `list` (times in ms), no hasMore. */
export async function endedPage(
	ctx: CallContext,
	i: number,
	q: EndedQuery,
	cursor: string | undefined,
	want: number,
): Promise<Page<string>> {
	const body = await dingTalkApiRequest.call(ctx, i, {
		method: 'GET',
		path: '/v1.0/conference/videoConferences/histories/dataLists',
		api: 'GetHistoryConfDataList',
		qs: {
			startTime: q.startTime,
			endTime: q.endTime,
			realData: q.realData,
			maxResults: size(want, ENDED_PAGE_MAX),
			...q.filters,
			...(cursor !== undefined ? { nextToken: cursor } : {}),
		},
		idempotent: true,
		context: { listing: 'ended conferences' },
	});
	const items = dingTalk.listIn(ctx, i, body, 'list');
	return { items, next: nextOf(ctx, i, body, 'GetHistoryConfDataList') };
}

/** One page of QueryConferenceInfoByRoomCode: conferences in `conferenceList`, loop while hasMore. */
export async function roomCodePage(
	ctx: CallContext,
	i: number,
	roomCode: string,
	cursor: string | undefined,
	want: number,
): Promise<Page<string>> {
	const body = await dingTalkApiRequest.call(ctx, i, {
		method: 'GET',
		path: `/v1.0/conference/roomCodes/${pathSegment(roomCode)}/infos`,
		api: 'QueryConferenceInfoByRoomCode',
		qs: {
			maxResults: size(want, ROOM_CODE_PAGE_MAX),
			...(cursor !== undefined ? { nextToken: cursor } : {}),
		},
		idempotent: true,
		context: { roomCode },
	});
	const items = dingTalk.listIn(ctx, i, body, 'conferenceList');
	if (typeof body.hasMore !== 'boolean')
		throw dingTalk.fail(ctx, i, {
			code: 'MALFORMED_ANSWER',
			message: 'QueryConferenceInfoByRoomCode answered without hasMore',
		});
	return {
		items,
		next: body.hasMore ? nextOf(ctx, i, body, 'QueryConferenceInfoByRoomCode') : undefined,
	};
}
