import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../../core';
import { defineField } from '../../../core';
import { tencent, tencentApiRequest } from '../../transport';
import { AUDIT_ADD_LIMIT, libraryId, moderationApp } from './shared';
import { wordsField } from './words';

const words = wordsField(AUDIT_ADD_LIMIT);

/** Tencent's categories of a blocked word (Label). */
const LABELS = [
	'Normal',
	'Illegal',
	'Abuse',
	'Polity',
	'Ad',
	'Porn',
	'Sexy',
	'Terror',
	'Composite',
];

const label = defineField(
	{
		displayName: 'Category',
		name: 'label',
		type: 'options',
		default: '',
		options: [{ name: '(None)', value: '' }, ...LABELS.map((l) => ({ name: l, value: l }))],
		description: 'The category the words are filed under (Label)',
	},
	z.enum(['', ...LABELS] as [string, ...string[]], {
		errorMap: () => ({ message: `must be one of ${LABELS.join(', ')}` }),
	}),
);

const displayOptions = { show: { resource: ['blockedWord'], operation: ['add'] } };

export const description = updateDisplayOptions(displayOptions, [
	libraryId.property,
	words.property,
	label.property,
]);

/**
 * im_msg_audit_mgr/add_cloud_audit_keywords (Singapore only). Adding a word twice leaves one
 * (UNCONFIRMED), so items for the same library and Category share calls.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const app = await moderationApp(this, i);
	const lib = libraryId.read(this, i);
	const list = words.read(this, i);
	const category = label.read(this, i);
	const api = 'im_msg_audit_mgr/add_cloud_audit_keywords';
	return tencent.listCall(this, i, {
		target: [api, lib, category],
		ids: list,
		limit: AUDIT_ADD_LIMIT,
		send: async (part) =>
			await tencentApiRequest.call(
				this,
				i,
				api,
				{
					...app,
					LibID: lib,
					UserKeywords: part.map((w) => ({ Content: w, ...(category ? { Label: category } : {}) })),
				},
				{ context: { libraryId: lib } },
			),
		output: (calls) => ({ libraryId: lib, added: list, calls }),
	});
}
