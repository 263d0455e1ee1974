import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { AUDIT_PAGE } from '../actions/blockedWord/shared';
import { libraryPage } from '../actions/blockedWordLibrary/libraries';

/**
 * "From list" for the Library field: a page of 100 blocked word libraries, filtered by name or
 * ID. The pagination token is the next Offset.
 */
export async function searchBlockedWordLibraries(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = paginationToken ? Number(paginationToken) : 0;
	const { items, next } = await libraryPage(this, 0, offset, AUDIT_PAGE);
	const needle = (filter ?? '').trim().toLowerCase();
	const results = items
		.map((l) => ({ id: String(l.ID), name: String(l.LibName || l.ID) }))
		.filter(
			(l) =>
				!needle || l.name.toLowerCase().includes(needle) || l.id.toLowerCase().includes(needle),
		)
		.map((l) => ({ name: l.name, value: l.id }));
	return { results, paginationToken: next ? String(next) : undefined };
}
