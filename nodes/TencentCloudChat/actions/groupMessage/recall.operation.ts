import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import type { ListCall } from '../../../core';
import { defineField, parseList } from '../../../core';
import { groupId, optionalText } from '../../descriptions/fields';
import { LIMITS, MAX_LIST_PER_ITEM } from '../../descriptions/limits';
import { entriesFailed, entriesOf, tencent, tencentApiRequest } from '../../transport';

const msgSeqs = defineField(
	{
		displayName: 'Message Sequence Numbers',
		name: 'msgSeqs',
		type: 'string',
		required: true,
		default: '',
		placeholder: '={{ $json.msgSeq }}',
		description: `MsgSeq of each message (the "msgSeq" of Send Message), separated by commas or new lines, or an expression returning an array. Up to ${LIMITS.recall} go in one call.`,
	},
	z.preprocess(
		parseList,
		z
			.array(
				z.coerce
					.number({ invalid_type_error: 'each MsgSeq must be a number' })
					.int('each MsgSeq must be a whole number')
					.positive('each MsgSeq must be a positive number'),
				{ invalid_type_error: 'must be a list of MsgSeq numbers' },
			)
			.min(1, 'at least one MsgSeq is required (none given)')
			.max(MAX_LIST_PER_ITEM, `at most ${MAX_LIST_PER_ITEM} MsgSeqs per item are accepted`),
	),
);

const reason = defineField(
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		description: 'Why the messages are recalled (Reason), at most 100 bytes',
	},
	optionalText(100),
);

const displayOptions = { show: { resource: ['groupMessage'], operation: ['recall'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	msgSeqs.property,
	reason.property,
]);

/**
 * group_msg_recall in calls of ≤ 10; items for the same group and Reason share calls. Each message
 * answers its own RetCode: an item whose messages could not be recalled fails after every call was
 * made, naming each MsgSeq and code; the other items in the same calls succeed.
 */
export async function plan(this: IExecuteFunctions, i: number): Promise<ListCall> {
	const group = groupId.read(this, i);
	const seqs = msgSeqs.read(this, i);
	const why = reason.read(this, i);
	const api = 'group_open_http_svc/group_msg_recall';
	return tencent.listCall(this, i, {
		target: [api, group, why],
		// The kernel keys ids as strings; MsgSeq goes back out as a number.
		ids: seqs.map(String),
		limit: LIMITS.recall,
		send: async (part) =>
			await tencentApiRequest.call(
				this,
				i,
				api,
				{
					GroupId: group,
					MsgSeqList: part.map((s) => ({ MsgSeq: Number(s) })),
					...(why ? { Reason: why } : {}),
				},
				{ context: { groupId: group } },
			),
		output: (calls, answers) => {
			const mine = new Set(seqs);
			const entries = entriesOf(answers, 'RecallRetList').filter((e) =>
				mine.delete(Number(e.MsgSeq)),
			);
			const failed = entries
				.filter((e) => Number(e.RetCode ?? 0) !== 0)
				.map((e) => ({ id: Number(e.MsgSeq), code: Number(e.RetCode) }));
			const recalled = entries
				.filter((e) => Number(e.RetCode ?? 0) === 0)
				.map((e) => Number(e.MsgSeq));
			// `mine` now holds the MsgSeqs the answers hold no RetCode for: never taken as recalled.
			entriesFailed(
				this,
				i,
				'messages to recall',
				failed,
				seqs.length,
				{ groupId: group, calls, recalled },
				[...mine],
			);
			return { groupId: group, recalled, calls };
		},
	});
}
