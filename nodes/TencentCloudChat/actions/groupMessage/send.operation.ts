import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, maxBytes, requiredText } from '../../../core';
import { randomUint32 } from '../../../../credentials/common/tencent';
import { groupId } from '../../descriptions/fields';
import { messageOptions } from '../../descriptions/messageOptions';
import { tencentApiRequest } from '../../transport';

/** Tencent caps a message body at 12 KB. */
export const MAX_TEXT_BYTES = 12 * 1024;

/** One TIMTextElem's text; Direct Message → Send and Send to Many take the same. */
export const text = defineField(
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'The message text (a TIMTextElem), at most 12 KB',
	},
	requiredText('a text').pipe(maxBytes(MAX_TEXT_BYTES)),
);

const options = messageOptions({
	OnlineOnlyFlag: defineField(
		{
			displayName: 'Online Only',
			name: 'onlineOnly',
			type: 'boolean',
			default: false,
			description:
				'Whether only online members get it, without storing it (OnlineOnlyFlag; not for live-stream groups)',
		},
		z.boolean().transform((on) => (on ? 1 : undefined)),
	),
	ForbidCallbackControl: defineField(
		{
			displayName: 'Skip Callbacks',
			name: 'skipCallbacks',
			type: 'boolean',
			default: false,
			description:
				"Whether the app's before/after send-message callbacks are skipped (ForbidCallbackControl)",
		},
		z
			.boolean()
			.transform((on) =>
				on ? ['ForbidBeforeSendMsgCallback', 'ForbidAfterSendMsgCallback'] : undefined,
			),
	),
});

const displayOptions = { show: { resource: ['groupMessage'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	text.property,
	options.property,
]);

/**
 * send_group_msg with one TIMTextElem. The output carries MsgSeq and MsgTime (what Recall needs)
 * and the Random the message went out with. Never resent: a message must not arrive twice.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const message = text.read(this, i);
	const opts = options.read(this, i);
	const random = randomUint32();
	const body: IDataObject = {
		GroupId: group,
		Random: random,
		MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: message } }],
		...opts,
	};
	const answer = await tencentApiRequest.call(this, i, 'group_open_http_svc/send_group_msg', body, {
		idempotent: false,
		context: { groupId: group },
	});
	return {
		groupId: group,
		msgSeq: answer.MsgSeq,
		msgTime: answer.MsgTime,
		random,
		...(opts.From_Account ? { fromAccount: opts.From_Account } : {}),
		...(answer.MsgDropReason ? { msgDropReason: answer.MsgDropReason } : {}),
	};
}
