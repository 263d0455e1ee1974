import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { tencent } from '../../transport';
import { AUDIT_PAGE } from '../blockedWord/shared';
import { libraryPage } from './libraries';

const displayOptions = { show: { resource: ['blockedWordLibrary'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, [...returnAllOrLimit]);

/** One output item per library: Tencent's entry (ID, LibName, Describe, CreateTime, Suggestion). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await tencent.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit: readLimit(this, i),
		first: 0,
		fetch: async (offset = 0, want) =>
			await libraryPage(this, i, offset, Math.min(AUDIT_PAGE, want)),
	});
}
