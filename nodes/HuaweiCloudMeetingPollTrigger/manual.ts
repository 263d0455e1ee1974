import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	attendanceListing,
	offsetListing,
	ongoingListing,
	onlineParticipantsListing,
} from '../HuaweiCloudMeeting/helpers/listings';
import { toItem } from './items';
import type { Filters } from './snapshot';
import { MAX_ONGOING_PAGES, huaweiTimeMs, readHistory } from './snapshot';
import type { Emitted, PollEvent, Session } from './state';

/** How far back "Fetch Test Event" looks for an ended meeting. */
export const MANUAL_LOOKBACK_MS = 24 * 60 * 60 * 1000;

const sessionOf = (m: IDataObject): Session => ({
	conferenceID: String(m.conferenceID),
	confUUID: m.confUUID ? String(m.confUUID) : undefined,
	subject: m.subject as string | undefined,
	startTime: m.startTime as string | undefined,
});

/**
 * n8n's "Fetch Test Event" (manual mode): the latest real event of the selected kinds, read from
 * Huawei's lists now, without reading or changing what the active trigger remembers; a clear
 * error when there is none yet.
 */
export async function latestEvent(
	ctx: IPollFunctions,
	selected: PollEvent[],
	filters: Filters,
): Promise<INodeExecutionData[][]> {
	const now = Date.now();
	const found: Array<{ at: number; e: Emitted }> = [];
	if (selected.includes('meetingStarted') || selected.includes('participantJoined')) {
		const { items } = await offsetListing(
			ctx,
			0,
			ongoingListing(filters),
			Infinity,
			MAX_ONGOING_PAGES,
		);
		// SearchOnlineMeetings lists by start, earliest first: the last started latest.
		const latest = items.filter((m) => m.conferenceID).at(-1);
		if (latest) {
			const at = huaweiTimeMs(latest.startTime) ?? now;
			if (selected.includes('meetingStarted'))
				found.push({
					at,
					e: { event: 'meetingStarted', session: sessionOf(latest), meeting: latest },
				});
			if (selected.includes('participantJoined')) {
				const { items: people } = await offsetListing(
					ctx,
					0,
					onlineParticipantsListing(String(latest.conferenceID)),
					1,
				);
				if (people[0])
					found.push({
						at,
						e: {
							event: 'participantJoined',
							session: sessionOf(latest),
							meeting: latest,
							participant: people[0],
						},
					});
			}
		}
	}
	if (selected.includes('meetingEnded') || selected.includes('participantLeft')) {
		const history = await readHistory(ctx, filters, now - MANUAL_LOOKBACK_MS, now);
		const latest = history
			.filter((h) => h.conferenceID)
			.sort((a, b) => (huaweiTimeMs(b.endTime) ?? 0) - (huaweiTimeMs(a.endTime) ?? 0))[0];
		if (latest) {
			const at = huaweiTimeMs(latest.endTime) ?? now;
			if (selected.includes('meetingEnded'))
				found.push({
					at,
					e: { event: 'meetingEnded', session: sessionOf(latest), history: latest },
				});
			if (selected.includes('participantLeft') && latest.confUUID) {
				const { items: records } = await offsetListing(
					ctx,
					0,
					attendanceListing(String(latest.confUUID)),
					500,
				);
				const last = records.sort((a, b) => Number(b.leftTime ?? 0) - Number(a.leftTime ?? 0))[0];
				if (last)
					found.push({
						at: Number(last.leftTime) || at,
						e: { event: 'participantLeft', session: sessionOf(latest), participant: last },
					});
			}
		}
	}
	const newest = found.sort((a, b) => b.at - a.at)[0];
	if (!newest) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Nothing yet: Huawei lists no meeting in progress and none ended in the last 24 hours for these events',
			{
				description:
					'Start a meeting (or end one), then fetch the test event again. The active workflow is not affected.',
			},
		);
	}
	return [ctx.helpers.returnJsonArray([{ ...toItem(newest.e, now), testEvent: true }])];
}
