import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../core';
import { groupId } from '../../descriptions/fields';
import { tencent, tencentApiRequest } from '../../transport';

/** group_msg_get_simple: ReqMsgNumber ≤ 20 per call. */
export const MAX_PAGE = 20;
/** Return All reads at most this many pages (10,000 messages) per item: a bound, not a Tencent limit. */
export const MAX_HISTORY_PAGES = 500;

const includeRecalled = {
	displayName: 'Include Recalled',
	name: 'includeRecalled',
	type: 'boolean' as const,
	default: false,
	description: 'Whether recalled messages are returned too (WithRecalledMsg)',
};

const displayOptions = { show: { resource: ['groupMessage'], operation: ['getHistory'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	...returnAllOrLimit,
	includeRecalled,
]);

/** A number Tencent must have put in the answer; anything else fails loudly, never "no messages". */
function numberIn(ctx: IExecuteFunctions, i: number, body: IDataObject, key: string, at: number) {
	const value = body[key];
	if (typeof value === 'number' && Number.isInteger(value)) return value;
	throw tencent.fail(
		ctx,
		i,
		{
			code: 'MALFORMED_ANSWER',
			message: `group_msg_get_simple answered without a whole number ${key}`,
			advice: "Tencent's answer is not the documented one; report it with the request id.",
		},
		{ reqMsgSeq: at },
	);
}

/**
 * group_msg_get_simple, newest first: the first call without ReqMsgSeq gets the latest messages,
 * each next one asks from the smallest MsgSeq seen minus 1, until IsFinished is 1, the Limit, or
 * MAX_HISTORY_PAGES pages. Live-stream groups (AVChatRoom) keep no history: Tencent refuses them.
 * Placeholders (IsPlaceMsg 1: expired, deleted) are returned as Tencent gives them.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const group = groupId.read(this, i);
	const recalled = this.getNodeParameter('includeRecalled', i, false) === true;
	return await tencent.paginate<number>({
		ctx: this,
		itemIndex: i,
		limit: readLimit(this, i),
		maxPages: MAX_HISTORY_PAGES,
		fetch: async (seq, want) => {
			const body = await tencentApiRequest.call(
				this,
				i,
				'group_open_http_svc/group_msg_get_simple',
				{
					GroupId: group,
					ReqMsgNumber: Math.min(MAX_PAGE, want),
					...(seq !== undefined ? { ReqMsgSeq: seq } : {}),
					...(recalled ? { WithRecalledMsg: 1 } : {}),
				},
				{ context: { groupId: group, ...(seq !== undefined ? { reqMsgSeq: seq } : {}) } },
			);
			const list = tencent.listIn(this, i, body, 'RspMsgList');
			const finished = numberIn(this, i, body, 'IsFinished', seq ?? 0);
			const seqs = list.map((m) => numberIn(this, i, m, 'MsgSeq', seq ?? 0));
			const smallest = Math.min(...seqs);
			const items = list.map((m) => ({ groupId: group, ...m }));
			// 0 ends the listing: Tencent said it is done, or there is nothing below MsgSeq 1.
			return { items, next: finished === 1 || smallest <= 1 ? 0 : smallest - 1 };
		},
	});
}
