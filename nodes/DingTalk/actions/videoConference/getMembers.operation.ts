import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { memberPage } from '../../helpers/listing';
import { dingTalk } from '../../transport';
import { conferenceOperation } from './control';

export const description = conferenceOperation('getMembers', returnAllOrLimit);

/** QueryConferenceMembers: GET …/{id}/members, one item per member. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const id = conferenceId.read(this, i);
	const limit = readLimit(this, i);
	let seen = 0;
	return await dingTalk.paginate<string>({
		ctx: this,
		itemIndex: i,
		limit,
		fetch: async (cursor, want) => {
			const page = await memberPage(this, i, id, cursor, want, seen);
			seen += page.items.length;
			return page;
		},
	});
}
