import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { endedMeetingUuid, listSearchKey } from '../../descriptions/fields';
import { attendanceListing, offsetListing } from '../../helpers/listings';

const searchKey = listSearchKey("Only attendance records matching this text (Huawei's searchKey)");

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['getAttendance'] } },
	[endedMeetingUuid.property, ...returnAllOrLimit, searchKey.property],
);

/**
 * Who attended an ended meeting (SearchAttendanceRecordsOfHisMeeting): one item per join, with
 * displayName, callNumber, deviceType, joinTime and leftTime (numbers; ms epochs UNCONFIRMED).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const confUUID = endedMeetingUuid.read(this, i);
	const { items } = await offsetListing(
		this,
		i,
		attendanceListing(confUUID, searchKey.read(this, i)),
		readLimit(this, i),
	);
	return items.map((record) => ({ confUUID, ...record }));
}
