import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListCall } from '../../../core';
import { entriesFailed, entriesOf, tencent, tencentApiRequest } from '../../transport';
import { AUDIT_DELETE_LIMIT, libraryId, moderationApp } from './shared';
import { wordsField } from './words';

const words = wordsField(AUDIT_DELETE_LIMIT);

const displayOptions = { show: { resource: ['blockedWord'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, [
	libraryId.property,
	words.property,
]);

/**
 * im_msg_audit_mgr/delete_cloud_audit_keywords, ≤ 10 words per call (Singapore only); items for
 * the same library share calls. Each word answers an entry in Details ({ KeywordID, Keyword,
 * Deleted }): Deleted false (not in the library) is reported as `notFound`; a word without an
 * entry, or an entry whose Deleted is not true/false, fails the item after every call.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const app = await moderationApp(this, i);
	const lib = libraryId.read(this, i);
	const list = words.read(this, i);
	const api = 'im_msg_audit_mgr/delete_cloud_audit_keywords';
	return tencent.listCall(this, i, {
		target: [api, lib],
		ids: list,
		limit: AUDIT_DELETE_LIMIT,
		send: async (part) =>
			await tencentApiRequest.call(
				this,
				i,
				api,
				{ ...app, LibID: lib, Keywords: part },
				{ context: { libraryId: lib } },
			),
		output: (calls, answers) => {
			const byWord = new Map<string, IDataObject>();
			for (const d of entriesOf(answers, 'Details')) byWord.set(String(d?.Keyword), d);
			const deleted: string[] = [];
			const notFound: string[] = [];
			const unanswered: string[] = [];
			for (const w of list) {
				const entry = byWord.get(w);
				if (entry?.Deleted === true) deleted.push(w);
				else if (entry?.Deleted === false) notFound.push(w);
				else unanswered.push(w);
			}
			entriesFailed(
				this,
				i,
				'words to delete',
				[],
				list.length,
				{ libraryId: lib, calls, deleted, notFound },
				unanswered,
			);
			return { libraryId: lib, deleted, notFound, calls };
		},
	});
}
