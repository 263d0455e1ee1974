import type { IDataObject } from 'n8n-workflow';

import type { CallContext, Page } from '../../core';
import { pathSegment } from '../../core';
import { dingTalk, dingTalkApiRequest } from '../transport';

/** QueryMeetingRoomList takes at most 100 per page (maxResults, default 20). */
export const ROOM_PAGE_MAX = 100;
/** QueryOrgConferenceList: page size limits are UNCONFIRMED; 50 per page stays modest. */
export const CONFERENCE_PAGE_MAX = 50;
/** QueryConferenceMembers: default 128, "no max" per the doc; we ask for at most 128. */
export const MEMBER_PAGE_MAX = 128;

const size = (want: number, max: number) =>
	Math.max(1, Math.min(max, Number.isFinite(want) ? want : max));

/** One page of QueryMeetingRoomList (nextToken is a Long; loop while hasMore). */
export async function roomPage(
	ctx: CallContext,
	i: number,
	unionId: string,
	cursor: number | undefined,
	want: number,
): Promise<Page<number>> {
	const body = await dingTalkApiRequest.call(ctx, i, {
		method: 'GET',
		path: '/v1.0/rooms/meetingRoomLists',
		api: 'QueryMeetingRoomList',
		qs: {
			unionId,
			maxResults: size(want, ROOM_PAGE_MAX),
			...(cursor !== undefined ? { nextToken: cursor } : {}),
		},
		idempotent: true,
	});
	const items = dingTalk.listIn(ctx, i, body, 'result');
	return { items, next: body.hasMore === true ? (body.nextToken as number) : undefined };
}

/** QueryMeetingRoomGroupList: every group in one answer, no paging. */
export async function allGroups(
	ctx: CallContext,
	i: number,
	unionId: string,
): Promise<IDataObject[]> {
	const body = await dingTalkApiRequest.call(ctx, i, {
		method: 'GET',
		path: '/v1.0/rooms/groupLists',
		api: 'QueryMeetingRoomGroupList',
		qs: { unionId },
		idempotent: true,
		context: { listing: 'meeting room groups', operatorUnionId: unionId },
	});
	return dingTalk.listIn(ctx, i, body, 'result');
}

/** One page of QueryOrgConferenceList: the organization's conferences going on now (nextToken is a String). */
export async function conferencePage(
	ctx: CallContext,
	i: number,
	cursor: string | undefined,
	want: number,
): Promise<Page<string>> {
	const body = await dingTalkApiRequest.call(ctx, i, {
		method: 'GET',
		path: '/v1.0/conference/orgConferences',
		api: 'QueryOrgConferenceList',
		qs: {
			maxResults: size(want, CONFERENCE_PAGE_MAX),
			...(cursor !== undefined ? { nextToken: cursor } : {}),
		},
		idempotent: true,
	});
	const items = dingTalk.listIn(ctx, i, body, 'onGoingConfList');
	return {
		items,
		next: body.hasMore === false ? undefined : (body.nextToken as string | undefined),
	};
}

/**
 * One page of QueryConferenceMembers. DingTalk gives no hasMore (end-of-paging rule UNCONFIRMED):
 * we stop on an empty page, an empty nextToken, or once `totalCount` members arrived; a repeated
 * nextToken is an error (the kernel's paginate), never a silent stop.
 */
export async function memberPage(
	ctx: CallContext,
	i: number,
	conferenceId: string,
	cursor: string | undefined,
	want: number,
	seen: number,
): Promise<Page<string>> {
	const body = await dingTalkApiRequest.call(ctx, i, {
		method: 'GET',
		path: `/v1.0/conference/videoConferences/${pathSegment(conferenceId)}/members`,
		api: 'QueryConferenceMembers',
		qs: {
			maxResults: size(want, MEMBER_PAGE_MAX),
			...(cursor !== undefined ? { nextToken: cursor } : {}),
		},
		idempotent: true,
		context: { conferenceId },
	});
	const items = dingTalk.listIn(ctx, i, body, 'memberModels');
	const total = Number(body.totalCount);
	const done = Number.isFinite(total) && seen + items.length >= total;
	return { items, next: done ? undefined : (body.nextToken as string | undefined) };
}
