import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { defineTime, readLimit, returnAllOrLimit } from '../../../core';
import { listSearchKey, queryAll } from '../../descriptions/fields';
import { offsetListing } from '../../helpers/listings';
import { RECORDINGS_PATH } from './fields';

const from = defineTime(
	{
		displayName: 'From',
		name: 'startDate',
		required: true,
		description:
			"Recordings of meetings from this time on (in the workflow's timezone unless the value names one; Huawei's startDate)",
	},
	true,
);
const to = defineTime(
	{
		displayName: 'To',
		name: 'endDate',
		description: "Recordings up to this time (Huawei's endDate). Leave empty for now.",
	},
	false,
);
const searchKey = listSearchKey(
	"Only recordings whose meeting subject, booker or ID matches this text (Huawei's searchKey)",
);

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['getAll'] } },
	[from.property, to.property, ...returnAllOrLimit, searchKey.property, queryAll.property],
);

/** Cloud recordings (SearchRecordings), one item per recorded session, latest first. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const startDate = from.read(this, i) as number;
	const endDate = to.read(this, i) ?? Date.now();
	if (endDate <= startDate) {
		throw new NodeOperationError(this.getNode(), `To in item ${i + 1}: must be after From`, {
			itemIndex: i,
			description: '"To" was rejected before any request was sent.',
		});
	}
	const key = searchKey.read(this, i);
	const listing = {
		path: RECORDINGS_PATH,
		api: 'record/files',
		qs: {
			startDate,
			endDate,
			queryAll: queryAll.read(this, i),
			sortType: 'DSC_StartTIME',
			...(key ? { searchKey: key } : {}),
		},
	};
	return (await offsetListing(this, i, listing, readLimit(this, i))).items;
}
