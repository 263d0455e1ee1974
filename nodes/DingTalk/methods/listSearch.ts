import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { allGroups, conferencePage, roomPage } from '../helpers/listing';
import { endedPage } from '../helpers/history';
import { pathSegment } from '../../core';
import { dingTalk, dingTalkApiRequest } from '../transport';

/** The operator for a picker: the node's Operator Union ID as typed so far, else the credential's. */
async function pickerOperator(ctx: ILoadOptionsFunctions): Promise<string> {
	const typed = String(ctx.getCurrentNodeParameter('unionId') ?? '').trim();
	const unionId =
		typed && !typed.startsWith('=')
			? typed
			: String((await dingTalk.credentials(ctx)).operatorUnionId ?? '').trim();
	if (!unionId) {
		throw new NodeOperationError(
			ctx.getNode(),
			'DingTalk lists rooms, room groups and calendar events only for an operator',
			{
				description:
					'Enter an Operator Union ID on the node (or set a default one in the DingTalk credential), or choose "By ID".',
			},
		);
	}
	return unionId;
}

const matches = (filter: string | undefined, ...texts: unknown[]) =>
	!filter ||
	texts.some((t) =>
		String(t ?? '')
			.toLowerCase()
			.includes(filter.trim().toLowerCase()),
	);

/** Meeting rooms, one DingTalk page per call, searched by name or ID. */
export async function searchMeetingRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const unionId = await pickerOperator(this);
	const page = await roomPage(
		this,
		0,
		unionId,
		paginationToken ? Number(paginationToken) : undefined,
		100,
	);
	const results: INodeListSearchItems[] = page.items
		.filter((r) => matches(filter, r.roomName, r.roomId))
		.map((r) => ({ name: String(r.roomName ?? r.roomId), value: String(r.roomId) }));
	return { results, paginationToken: page.next !== undefined ? String(page.next) : undefined };
}

/** Meeting room groups (one answer holds all of them), searched by name or ID. */
export async function searchMeetingRoomGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const unionId = await pickerOperator(this);
	const groups = await allGroups(this, 0, unionId);
	return {
		results: groups
			.filter((g) => matches(filter, g.groupName, g.groupId))
			.map((g) => ({ name: String(g.groupName ?? g.groupId), value: String(g.groupId) })),
	};
}

/** The organization's conferences going on now, searched by title, ID or meeting number. */
export async function searchConferences(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await conferencePage(this, 0, paginationToken || undefined, 50);
	return {
		results: page.items
			.filter((c) => matches(filter, c.title, c.conferenceId, c.roomCode))
			.map((c) => ({
				name: `${String(c.title ?? c.conferenceId)}${c.roomCode ? ` (${String(c.roomCode)})` : ''}`,
				value: String(c.conferenceId),
			})),
		paginationToken: page.next || undefined,
	};
}

/** How far back the ended-conference picker looks (the workflow can name any period). */
const ENDED_PICKER_DAYS = 30;

/** Conferences that ended in the last 30 days (GetHistoryConfDataList), searched by title or ID. */
export async function searchEndedConferences(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const endTime = Date.now();
	const startTime = endTime - ENDED_PICKER_DAYS * 24 * 3600 * 1000;
	const query = { startTime, endTime, realData: true, filters: {} };
	const page = await endedPage(this, 0, query, paginationToken || undefined, 100);
	return {
		results: page.items
			.filter((c) => matches(filter, c.title, c.conferenceId))
			.map((c) => ({
				name: `${String(c.title ?? c.conferenceId)} (${new Date(Number(c.startTime)).toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
				value: String(c.conferenceId),
			})),
		paginationToken: page.next || undefined,
	};
}

/** The event picker's window: from a day ago (an event under way) to 30 days ahead. */
const EVENT_PICKER_PAST_DAYS = 1;
const EVENT_PICKER_AHEAD_DAYS = 30;
/** ListEvents' page size: DingTalk documents at most 100 (UNCONFIRMED in the official client). */
const EVENT_PAGE_MAX = 100;
const DAY = 24 * 3600 * 1000;

/** "summary (start)", the start as the event has it: a local dateTime and its zone, or an all-day date. */
function eventName(e: IDataObject): string {
	const start = (e.start ?? {}) as IDataObject;
	const when =
		typeof start.dateTime === 'string'
			? `${start.dateTime.slice(0, 16).replace('T', ' ')}${start.timeZone ? ` ${String(start.timeZone)}` : ''}`
			: typeof start.date === 'string'
				? `${start.date} all day`
				: '';
	return `${String(e.summary || e.id)}${when ? ` (${when})` : ''}`;
}

/**
 * ListEvents (calendar_1.0): the events of the node's calendar user and Calendar ID, one DingTalk
 * page per call, searched by summary or ID.
 */
export async function searchCalendarEvents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const unionId = await pickerOperator(this);
	const typed = String(this.getCurrentNodeParameter('calendarId') ?? '').trim();
	// An expression is only known per item at run time: list the user's own calendar meanwhile.
	const calendar = typed && !typed.startsWith('=') ? typed : 'primary';
	const now = Date.now();
	const body = await dingTalkApiRequest.call(this, 0, {
		method: 'GET',
		path: `/v1.0/calendar/users/${pathSegment(unionId)}/calendars/${pathSegment(calendar)}/events`,
		api: 'ListEvents',
		qs: {
			timeMin: new Date(now - EVENT_PICKER_PAST_DAYS * DAY).toISOString(),
			timeMax: new Date(now + EVENT_PICKER_AHEAD_DAYS * DAY).toISOString(),
			maxResults: EVENT_PAGE_MAX,
			...(paginationToken ? { nextToken: paginationToken } : {}),
		},
		idempotent: true,
	});
	const events = dingTalk.listIn(this, 0, body, 'events');
	for (const e of events)
		if (typeof e.id !== 'string' || !e.id)
			throw dingTalk.fail(this, 0, {
				code: 'MALFORMED_ANSWER',
				message: 'An event in the answer has no "id"',
			});
	return {
		results: events
			.filter((e) => matches(filter, e.summary, e.id))
			.map((e) => ({ name: eventName(e), value: String(e.id) })),
		paginationToken:
			typeof body.nextToken === 'string' && body.nextToken ? body.nextToken : undefined,
	};
}
