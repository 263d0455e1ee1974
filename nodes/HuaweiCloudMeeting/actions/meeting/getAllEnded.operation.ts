import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, defineTime, readLimit, returnAllOrLimit } from '../../../core';
import { listSearchKey, queryAll } from '../../descriptions/fields';
import { endedListing, offsetListing } from '../../helpers/listings';

const from = defineTime(
	{
		displayName: 'From',
		name: 'startDate',
		required: true,
		description:
			"Meetings from this time on (in the workflow's timezone unless the value names one; Huawei's startDate)",
	},
	true,
);
const to = defineTime(
	{
		displayName: 'To',
		name: 'endDate',
		description: "Meetings up to this time (Huawei's endDate). Leave empty for now.",
	},
	false,
);
const searchKey = listSearchKey(
	"Only meetings whose subject, booker or ID matches this text (Huawei's search)",
);
const sortType = defineField(
	{
		displayName: 'Order',
		name: 'sortType',
		type: 'options',
		options: [
			{ name: 'Latest Start First', value: 'DSC_StartTIME' },
			{ name: 'Earliest Start First', value: 'ASC_StartTIME' },
		],
		default: 'DSC_StartTIME',
		description: "Huawei's sortType",
	},
	z.enum(['DSC_StartTIME', 'ASC_StartTIME'], {
		errorMap: () => ({ message: 'must be DSC_StartTIME or ASC_StartTIME' }),
	}),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['getAllEnded'] } },
	[
		from.property,
		to.property,
		...returnAllOrLimit,
		searchKey.property,
		queryAll.property,
		sortType.property,
	],
);

/**
 * Ended meetings (SearchHisMeetings), one item per session: a meeting held twice appears twice
 * with the same conferenceID and different confUUIDs. Huawei keeps history 6 months by default.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const startDate = from.read(this, i) as number;
	const endDate = to.read(this, i) ?? Date.now();
	if (endDate <= startDate) {
		throw new NodeOperationError(this.getNode(), `To in item ${i + 1}: must be after From`, {
			itemIndex: i,
			description: '"To" was rejected before any request was sent.',
		});
	}
	const listing = endedListing({
		startDate,
		endDate,
		queryAll: queryAll.read(this, i),
		searchKey: searchKey.read(this, i),
		sortType: sortType.read(this, i),
	});
	return (await offsetListing(this, i, listing, readLimit(this, i))).items;
}
