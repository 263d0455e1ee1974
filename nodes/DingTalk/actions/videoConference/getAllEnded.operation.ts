import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import {
	defineCollection,
	defineField,
	defineTime,
	readLimit,
	returnAllOrLimit,
} from '../../../core';
import { endedPage } from '../../helpers/history';
import { dingTalk } from '../../transport';

const from = defineTime(
	{
		displayName: 'Started After',
		name: 'startTime',
		required: true,
		description: 'The start of the period (DingTalk startTime, sent in milliseconds)',
	},
	true,
);
const to = defineTime(
	{
		displayName: 'Started Before',
		name: 'endTime',
		required: true,
		description: 'The end of the period (DingTalk endTime, sent in milliseconds)',
	},
	true,
);
const realData = defineField(
	{
		displayName: 'Real-Time Data',
		name: 'realData',
		type: 'boolean',
		default: true,
		description:
			"Whether to ask for real-time data (DingTalk's required realData switch; what false changes is not documented)",
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);
const text = (what: string) =>
	z
		.string({ invalid_type_error: 'must be text' })
		.trim()
		.max(256, `${what} is longer than 256 characters`);
const filters = defineCollection(
	{ displayName: 'Filters', name: 'filters', placeholder: 'Add Filter' },
	{
		title: defineField(
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'Conference title',
			},
			text('the title'),
		),
		// DingTalk spells the query key creatorNike.
		creatorNike: defineField(
			{
				displayName: 'Creator Nickname',
				name: 'creatorNike',
				type: 'string',
				default: '',
				description: "The creator's nickname",
			},
			text('the nickname'),
		),
	},
	{ emptyIsUnset: true },
);

export const description = updateDisplayOptions(
	{ show: { resource: ['videoConference'], operation: ['getAllEnded'] } },
	[from.property, to.property, ...returnAllOrLimit, realData.property, filters.property],
);

/**
 * GetHistoryConfDataList: GET /v1.0/conference/videoConferences/histories/dataLists with
 * startTime/endTime in ms (the official client's examples), one item per ended conference
 * (conferenceId, title, creatorId, startTime, endTime, timeLength in ms, userCount).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const startTime = from.read(this, i) as number;
	const endTime = to.read(this, i) as number;
	if (endTime <= startTime)
		throw new NodeOperationError(
			this.getNode(),
			`Started Before in item ${i + 1}: must be after Started After`,
			{ itemIndex: i, description: '"Started Before" was rejected before any request was sent.' },
		);
	const query = {
		startTime,
		endTime,
		realData: realData.read(this, i),
		filters: filters.read(this, i),
	};
	return await dingTalk.paginate<string>({
		ctx: this,
		itemIndex: i,
		limit: readLimit(this, i),
		fetch: async (cursor, want) => await endedPage(this, i, query, cursor, want),
	});
}
