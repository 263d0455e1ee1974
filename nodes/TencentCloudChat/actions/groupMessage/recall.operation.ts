import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, parseList, sendInChunks } from '../../../core';
import { groupId, optionalText } from '../../descriptions/fields';
import { LIMITS, MAX_LIST_PER_ITEM } from '../../descriptions/limits';
import { entriesFailed, tencentApiRequest } from '../../transport';

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
			.array(z.coerce.number({ invalid_type_error: 'each MsgSeq must be a number' }).int('each MsgSeq must be a whole number').positive('each MsgSeq must be a positive number'), { invalid_type_error: 'must be a list of MsgSeq numbers' })
			.min(1, 'at least one MsgSeq is required (none given)')
			.max(MAX_LIST_PER_ITEM, `at most ${MAX_LIST_PER_ITEM} MsgSeqs per item are accepted`),
	),
);

const reason = defineField(
	{ displayName: 'Reason', name: 'reason', type: 'string', default: '', description: 'Why the messages are recalled (Reason), at most 100 bytes' },
	optionalText(100),
);

const displayOptions = { show: { resource: ['groupMessage'], operation: ['recall'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property, msgSeqs.property, reason.property]);

/**
 * group_msg_recall in calls of ≤ 10. Each message answers its own RetCode; messages that could
 * not be recalled fail the item after every call was made, naming each MsgSeq and code.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const seqs = msgSeqs.read(this, i);
	const why = reason.read(this, i);
	const { calls, results } = await sendInChunks(this.getNode(), seqs, LIMITS.recall, async (part) =>
		await tencentApiRequest.call(this, i, 'group_open_http_svc/group_msg_recall', {
			GroupId: group,
			MsgSeqList: part.map((s) => ({ MsgSeq: s })),
			...(why ? { Reason: why } : {}),
		}, { context: { groupId: group } }),
	);
	const entries = results.flatMap((r) => (Array.isArray(r.RecallRetList) ? (r.RecallRetList as IDataObject[]) : []));
	const failed = entries.filter((e) => Number(e.RetCode ?? 0) !== 0).map((e) => ({ id: Number(e.MsgSeq), code: Number(e.RetCode) }));
	const recalled = entries.filter((e) => Number(e.RetCode ?? 0) === 0).map((e) => Number(e.MsgSeq));
	entriesFailed(this, i, 'messages to recall', failed, seqs.length, { groupId: group, calls, recalled });
	return { groupId: group, recalled, calls };
}
