import { defineField, idList } from '../../../core';
import { MAX_LIST_PER_ITEM } from '../../descriptions/limits';

/** A list of blocked words, its description naming the command's per-call limit. */
export function wordsField(perCall: number) {
	return defineField(
		{
			displayName: 'Words',
			name: 'words',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			placeholder: 'cheap coins, click here',
			description: `The blocked words (Content), separated by commas or new lines, or an expression returning an array. Up to ${perCall} go in one call; longer lists are sent in several calls.`,
		},
		idList({ noun: 'word', maxTotal: MAX_LIST_PER_ITEM }),
	);
}
