import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { toEpochMs, wasRefused } from '../core';
import {
	endedListing,
	offsetListing,
	ongoingListing,
	onlineParticipantsListing,
} from '../HuaweiCloudMeeting/helpers/listings';

/** At most 20 pages of 500 ongoing meetings per poll; more is an error naming the Search Key. */
export const MAX_ONGOING_PAGES = 20;
/** At most 5,000 participants read per meeting (10 pages); beyond, the list counts as incomplete: joins only, no leaves. */
export const MAX_PARTICIPANTS_READ = 5000;
/** Ended sessions read per poll to confirm ends (history since the earliest vanished start). */
export const MAX_HISTORY_READ = 2000;
/** Participant lists read side by side; the kernel's pacer still holds every call to the API's pace. */
const PARTICIPANT_CONCURRENCY = 4;

export interface Filters {
	queryAll: boolean;
	searchKey?: string;
}

export interface Snapshot {
	meetings: IDataObject[];
	/** The ongoing list did not move while it was read: an absent meeting may have ended. */
	complete: boolean;
	/** Per session key: the participants, or undefined when the list could not be read (meeting just ended). */
	participants: Map<string, { list: IDataObject[]; complete: boolean } | undefined>;
}

/** Huawei's "yyyy-MM-dd HH:mm" UTC (ConferenceInfo.startTime) as ms, or undefined. */
export const huaweiTimeMs = (value: unknown): number | undefined =>
	typeof value === 'string' && value ? toEpochMs(value, 'UTC') : undefined;

/**
 * One meeting session's key: its confUUID (a meeting held twice has two), else conferenceID and
 * start (whether SearchOnlineMeetings fills confUUID is UNCONFIRMED).
 */
export const sessionKey = (m: IDataObject): string =>
	m.confUUID
		? `u:${String(m.confUUID)}`
		: `c:${String(m.conferenceID)}@${String(m.startTime ?? '')}`;

/** A participant's key: Huawei's participant_id, else the most stable id the answer has. */
export const participantKey = (p: IDataObject): string =>
	String(
		p.participant_id || p.user_id || p.account || p.third_account || p.call_number || p.name || '',
	);

/** The ongoing meetings and, when participant events are on, who is in each: one poll's view. */
export async function readSnapshot(
	ctx: IPollFunctions,
	filters: Filters,
	withParticipants: boolean,
): Promise<Snapshot> {
	const { items, consistent } = await offsetListing(
		ctx,
		0,
		ongoingListing(filters),
		Infinity,
		MAX_ONGOING_PAGES,
	);
	const meetings = items.filter((m) => m.conferenceID);
	const participants: Snapshot['participants'] = new Map();
	if (withParticipants) {
		let next = 0;
		const worker = async () => {
			while (next < meetings.length) {
				const m = meetings[next++];
				// Refused (the meeting ended since the list was read): its end shows in the next poll.
				// Throttling, outages and malformed answers fail the poll as the kernel decides.
				const read = await offsetListing(
					ctx,
					0,
					onlineParticipantsListing(String(m.conferenceID)),
					MAX_PARTICIPANTS_READ,
				).catch(async (error: unknown) => {
					if (wasRefused(error)) return undefined;
					return await Promise.reject(error);
				});
				participants.set(
					sessionKey(m),
					read ? { list: read.items, complete: read.consistent } : undefined,
				);
			}
		};
		await Promise.all(
			Array.from({ length: Math.min(PARTICIPANT_CONCURRENCY, meetings.length) }, worker),
		);
	}
	return { meetings, complete: consistent, participants };
}

/** Ended sessions since `fromMs` (SearchHisMeetings), to confirm ends and give their end time. */
export async function readHistory(
	ctx: IPollFunctions,
	filters: Filters,
	fromMs: number,
	toMs: number,
): Promise<IDataObject[]> {
	const listing = endedListing({
		startDate: fromMs,
		endDate: toMs,
		queryAll: filters.queryAll,
		searchKey: filters.searchKey,
		sortType: 'ASC_StartTIME',
	});
	return (await offsetListing(ctx, 0, listing, MAX_HISTORY_READ)).items;
}
