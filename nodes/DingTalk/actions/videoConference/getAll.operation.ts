import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { conferencePage } from '../../helpers/listing';
import { dingTalk } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['videoConference'], operation: ['getAll'] } },
	[
		...returnAllOrLimit,
		{
			displayName:
				'DingTalk lists the conferences of the organization that are going on now (not past or scheduled ones)',
			name: 'ongoingNotice',
			type: 'notice',
			default: '',
		},
	],
);

/** QueryOrgConferenceList: GET /v1.0/conference/orgConferences, one item per ongoing conference. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = readLimit(this, i);
	return await dingTalk.paginate<string>({
		ctx: this,
		itemIndex: i,
		limit,
		fetch: async (cursor, want) => await conferencePage(this, i, cursor, want),
	});
}
