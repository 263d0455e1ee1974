import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, sendInChunks } from '../../../core';
import { USER_LIMITS } from '../../descriptions/limits';
import { entriesFailed, entriesOf, tencentApiRequest } from '../../transport';
import { accountsField } from '../account/shared';
import type { ProfileKey } from './tags';
import { PROFILE_TAGS } from './tags';

const accountIds = accountsField(USER_LIMITS.profileGet);

const KEYS = Object.keys(PROFILE_TAGS) as ProfileKey[];

const fields = defineField(
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'multiOptions',
		required: true,
		default: ['nickname', 'avatarUrl'],
		description: 'The profile fields to read (TagList)',
		options: [
			{ name: 'Avatar URL', value: 'avatarUrl', description: PROFILE_TAGS.avatarUrl },
			{ name: 'Gender', value: 'gender', description: PROFILE_TAGS.gender },
			{ name: 'Nickname', value: 'nickname', description: PROFILE_TAGS.nickname },
			{ name: 'Self-Signature', value: 'selfSignature', description: PROFILE_TAGS.selfSignature },
		],
	},
	z.array(z.enum(KEYS as [ProfileKey, ...ProfileKey[]])).min(1, 'choose at least one field'),
);

const displayOptions = { show: { resource: ['userProfile'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, [
	accountIds.property,
	fields.property,
]);

/**
 * portrait_get (To_Account ≤ 100 per call): one output item per account with the fields asked
 * for. An account with a non-zero ResultCode, or with no entry in the answers, fails the item.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const ids = accountIds.read(this, i);
	const keys = fields.read(this, i);
	const { results } = await sendInChunks(
		this.getNode(),
		ids,
		USER_LIMITS.profileGet,
		async (part) =>
			await tencentApiRequest.call(
				this,
				i,
				'profile/portrait_get',
				{ To_Account: part, TagList: keys.map((k) => PROFILE_TAGS[k]) },
				{ context: {} },
			),
	);
	const unanswered = new Set(ids);
	const entries = entriesOf(results, 'UserProfileItem').filter((e) =>
		unanswered.delete(String(e.To_Account)),
	);
	const failed = entries
		.filter((e) => e.ResultCode !== 0)
		.map((e) => ({
			id: String(e.To_Account),
			code: Number(e.ResultCode ?? -1),
			info: String(e.ResultInfo ?? ''),
		}));
	entriesFailed(this, i, 'accounts to read', failed, ids.length, {}, [...unanswered]);
	return entries.map((e) => {
		const items = Array.isArray(e.ProfileItem) ? (e.ProfileItem as IDataObject[]) : [];
		const byTag = new Map(items.map((p) => [String(p.Tag), p.Value]));
		// A field never set has no entry: it reads as empty text, as Tencent's SDKs show it.
		return {
			accountId: e.To_Account,
			...Object.fromEntries(keys.map((k) => [k, byTag.get(PROFILE_TAGS[k]) ?? ''])),
		};
	});
}
