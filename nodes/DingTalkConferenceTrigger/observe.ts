import type { IDataObject } from 'n8n-workflow';

import type { CallContext } from '../core';
import { bodyObject, pathSegment } from '../core';
import { CONFERENCE_PAGE_MAX, conferencePage, memberPage } from '../DingTalk/helpers/listing';
import { dingTalk, dingTalkApiRequest, judgeDingTalk } from '../DingTalk/transport';
import { IN_MEETING, memberKey } from './events';

// What one poll reads from DingTalk. Every call goes through the DingTalk toolkit (pacing at
// 20 calls/s per API, bounded retries on throttling, errors named and scrubbed).

/** The most pages of ongoing conferences one poll reads (50 a page: 5,000 conferences); more is an error. */
export const MAX_CONFERENCE_PAGES = 100;
/** The most pages of one conference's members (128 a page: 2,048 members); more is an error. */
export const MAX_MEMBER_PAGES = 16;
/** Calls in flight at once when a poll asks about many conferences. */
const CALLS_AT_ONCE = 4;

/** The organization's ongoing conferences (QueryOrgConferenceList), by conferenceId. */
export async function ongoingConferences(ctx: CallContext): Promise<Map<string, IDataObject>> {
	const list = await dingTalk.paginate<string>({
		ctx,
		itemIndex: 0,
		limit: Infinity,
		maxPages: MAX_CONFERENCE_PAGES,
		fetch: async (cursor) => await conferencePage(ctx, 0, cursor, CONFERENCE_PAGE_MAX),
	});
	// The list may shift while it is read (offset paging): a conference can come twice, never mind.
	return new Map(list.map((c) => [String(c.conferenceId), c]));
}

/** The members of one conference (QueryConferenceMembers): every entry, and who is in the meeting now. */
export interface Members {
	all: Map<string, IDataObject>;
	/** In the meeting now (attendStatus 3): key → joinTime (0 when DingTalk gives none). */
	inMeeting: Record<string, number>;
}

export async function conferenceMembers(ctx: CallContext, conferenceId: string): Promise<Members> {
	let seen = 0;
	const list = await dingTalk.paginate<string>({
		ctx,
		itemIndex: 0,
		limit: Infinity,
		maxPages: MAX_MEMBER_PAGES,
		fetch: async (cursor, want) => {
			const page = await memberPage(ctx, 0, conferenceId, cursor, want, seen);
			seen += page.items.length;
			return page;
		},
	});
	const all = new Map<string, IDataObject>();
	const inMeeting: Record<string, number> = {};
	for (const m of list) {
		const key = memberKey(m);
		// One person on two devices is listed twice: in the meeting if either is.
		if (m.attendStatus === IN_MEETING) {
			inMeeting[key] = Math.max(
				inMeeting[key] ?? 0,
				typeof m.joinTime === 'number' ? m.joinTime : 0,
			);
			all.set(key, m);
		} else if (!all.has(key)) all.set(key, m);
	}
	return { all, inMeeting };
}

/** `fn` for each id, a few at a time (the toolkit's pacer keeps them under DingTalk's 20 calls/s). */
export async function forEach<T>(
	ids: string[],
	fn: (id: string) => Promise<T>,
): Promise<Map<string, T>> {
	const out = new Map<string, T>();
	let next = 0;
	let failed = false;
	const worker = async () => {
		// After a failure no new call starts: the poll is failing and must end.
		while (next < ids.length && !failed) {
			const id = ids[next++];
			let done = false;
			try {
				out.set(id, await fn(id));
				done = true;
			} finally {
				failed ||= !done;
			}
		}
	};
	// Every worker ends before the poll does, so no call of this poll outlives it.
	const results = await Promise.allSettled(
		Array.from({ length: Math.min(CALLS_AT_ONCE, ids.length) }, worker),
	);
	const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failure) throw failure.reason;
	return out;
}

/** DingTalk's answer for a conference it no longer knows. */
const NOT_FOUND = 'roomNotFound';

/**
 * A conference that left the ongoing list (QueryConferenceInfo): its info when DingTalk says it
 * ended (status 1) or no longer knows it (404 roomNotFound), `undefined` when it is still going on
 * (the list skipped it: entries shift when a conference ends while the pages are read).
 */
export async function endedConference(
	ctx: CallContext,
	conferenceId: string,
): Promise<IDataObject | undefined> {
	const body = await dingTalkApiRequest.call(ctx, 0, {
		method: 'GET',
		path: `/v1.0/conference/videoConferences/${pathSegment(conferenceId)}`,
		api: 'QueryConferenceInfo',
		idempotent: true,
		context: { conferenceId },
		// A 404 roomNotFound is an answer here (the conference is gone), not a failure.
		judge: (answer) =>
			answer.statusCode === 404 && bodyObject(answer)?.code === NOT_FOUND
				? { kind: 'ok' }
				: judgeDingTalk(answer),
	});
	if (body.code === NOT_FOUND) return { conferenceId };
	const info = (body.confInfo ?? {}) as IDataObject;
	return Number(info.status) === 1 ? info : undefined;
}
