import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { check, defineField, maxBytes, requiredText } from '../../../core';
import { randomUint32 } from '../../../../credentials/common/tencent';
import { accountRule, groupId } from '../../descriptions/fields';
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

const options: INodeProperties = {
	displayName: 'Message Options',
	name: 'messageOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'From Account',
			name: 'fromAccount',
			type: 'string',
			default: '',
			description: 'Send as this imported account (From_Account); empty = as the App admin',
		},
		{
			displayName: 'No Unread Count',
			name: 'noUnread',
			type: 'boolean',
			default: false,
			description:
				'Whether the message leaves the unread count unchanged (SendMsgControl NoUnread)',
		},
		{
			displayName: 'Online Only',
			name: 'onlineOnly',
			type: 'boolean',
			default: false,
			description:
				'Whether only online members get it, without storing it (OnlineOnlyFlag; not for live-stream groups)',
		},
		{
			displayName: 'Skip Callbacks',
			name: 'skipCallbacks',
			type: 'boolean',
			default: false,
			description:
				"Whether the app's before/after send-message callbacks are skipped (ForbidCallbackControl)",
		},
	],
};

const OPTION_RULES = {
	fromAccount: accountRule('a sender account'),
	noUnread: z.boolean(),
	onlineOnly: z.boolean(),
	skipCallbacks: z.boolean(),
};

const displayOptions = { show: { resource: ['groupMessage'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, [
	groupId.property,
	text.property,
	options,
]);

/**
 * send_group_msg with one TIMTextElem. The output carries MsgSeq and MsgTime (what Recall needs)
 * and the Random the message went out with. Never resent: a message must not arrive twice.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	const message = text.read(this, i);
	const raw = this.getNodeParameter('messageOptions', i, {}) as IDataObject;
	const opts: IDataObject = {};
	for (const [name, rule] of Object.entries(OPTION_RULES)) {
		if (raw[name] !== undefined && raw[name] !== '')
			opts[name] = check(
				this.getNode(),
				i,
				{ name: `messageOptions.${name}`, label: name === 'fromAccount' ? 'From Account' : name },
				rule,
				raw[name],
			);
	}
	const random = randomUint32();
	const body: IDataObject = {
		GroupId: group,
		Random: random,
		MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: message } }],
		...(opts.fromAccount ? { From_Account: opts.fromAccount } : {}),
		...(opts.onlineOnly ? { OnlineOnlyFlag: 1 } : {}),
		...(opts.noUnread ? { SendMsgControl: ['NoUnread'] } : {}),
		...(opts.skipCallbacks
			? { ForbidCallbackControl: ['ForbidBeforeSendMsgCallback', 'ForbidAfterSendMsgCallback'] }
			: {}),
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
		...(opts.fromAccount ? { fromAccount: opts.fromAccount } : {}),
		...(answer.MsgDropReason ? { msgDropReason: answer.MsgDropReason } : {}),
	};
}
