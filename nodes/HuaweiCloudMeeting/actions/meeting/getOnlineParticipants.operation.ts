import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { listSearchKey, ongoingMeetingId } from '../../descriptions/fields';
import { offsetListing, onlineParticipantsListing } from '../../helpers/listings';

const searchKey = listSearchKey(
	"Only participants matching this text (Huawei's search_key; it matches third-party accounts)",
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['getOnlineParticipants'] } },
	[ongoingMeetingId.property, ...returnAllOrLimit, searchKey.property],
);

/** Who is in a meeting in progress now (ListOnlineConfAttendee); one item per participant. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const conferenceID = ongoingMeetingId.read(this, i);
	const limit = readLimit(this, i);
	const { items } = await offsetListing(
		this,
		i,
		onlineParticipantsListing(conferenceID, searchKey.read(this, i)),
		limit,
	);
	return items.map((participant) => ({ conferenceID, ...participant }));
}
