import { defineField, idList, withProperty } from '../../../core';
import { accountRule, memberAccounts } from '../../descriptions/fields';
import { MAX_LIST_PER_ITEM } from '../../descriptions/limits';

/** A list of account IDs (UserID ≤ 32 bytes each), its description naming the per-call limit. */
export function accountsField(perCall: number) {
	const def = withProperty(memberAccounts, {
		displayName: 'Account IDs',
		name: 'accountIds',
		placeholder: 'alice, bob',
		description: `Account IDs (UserID, at most 32 bytes each), separated by commas or new lines, or an expression returning an array. Up to ${perCall} go in one call; longer lists are sent in several calls.`,
	});
	return defineField(
		def.property,
		idList({ noun: 'account', maxTotal: MAX_LIST_PER_ITEM, maxIdLength: 32 }),
	);
}

export const accountId = defineField(
	{
		displayName: 'Account ID',
		name: 'accountId',
		type: 'string',
		required: true,
		default: '',
		description: 'The account (UserID)',
	},
	accountRule(),
);
