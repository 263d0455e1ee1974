import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../core';
import { ongoingMeetingId } from '../descriptions/fields';
import { offsetListing, onlineParticipantsListing } from '../helpers/listings';

/** How many participants the multi-select lists at most. */
const PARTICIPANT_OPTIONS_MAX = 500;

/**
 * Who is in the chosen meeting now (ListOnlineConfAttendee), for Participant → Remove, Mute and
 * Unmute: name and number, the participant_id as the value.
 */
export async function getOnlineParticipants(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const raw = this.getCurrentNodeParameter(ongoingMeetingId.name, { extractValue: true });
	// No meeting chosen yet, or an expression only a run can resolve: nothing to list.
	if (typeof raw !== 'string' || raw.trim() === '' || raw.startsWith('=')) return [];
	const conferenceID = check(this.getNode(), 0, ongoingMeetingId, ongoingMeetingId.schema, raw);
	const { items } = await offsetListing(
		this,
		0,
		onlineParticipantsListing(conferenceID),
		PARTICIPANT_OPTIONS_MAX,
	);
	return items
		.filter((p) => p.participant_id)
		.map((p) => {
			const id = String(p.participant_id);
			const number = p.call_number || p.account || p.third_account;
			return {
				name: `${String(p.name || id)}${number ? ` – ${String(number)}` : ''} (${id})`,
				value: id,
			};
		});
}
