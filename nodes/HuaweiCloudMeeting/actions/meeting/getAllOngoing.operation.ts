import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { listSearchKey, queryAll } from '../../descriptions/fields';
import { offsetListing, ongoingListing } from '../../helpers/listings';

const searchKey = listSearchKey(
	"Only meetings whose subject, booker or ID matches this text (Huawei's search)",
);

export const description = updateDisplayOptions(
	{ show: { resource: ['meeting'], operation: ['getAllOngoing'] } },
	[...returnAllOrLimit, searchKey.property, queryAll.property],
);

/** The meetings in progress now (SearchOnlineMeetings), earliest start first; one item per meeting. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	const listing = ongoingListing({
		queryAll: queryAll.read(this, i),
		searchKey: searchKey.read(this, i),
	});
	return (await offsetListing(this, i, listing, limit)).items;
}
