import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { check, defineField } from '../../../core';
import { randomUint32 } from '../../../../credentials/common/tencent';
import { accountRule } from '../../descriptions/fields';

/** batchsendmsg: To_Account ≤ 500 per call. */
export const BATCH_SEND_LIMIT = 500;

export const toAccount = defineField(
	{
		displayName: 'To Account',
		name: 'toAccount',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'alice',
		description: 'The account (UserID) that gets the message (To_Account)',
	},
	accountRule('a recipient account'),
);

/** The Message Options of Send and Send to Many (openim sendmsg / batchsendmsg). */
export const messageOptions: INodeProperties = {
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
			displayName: 'Sync to Sender',
			name: 'syncToSender',
			type: 'boolean',
			default: false,
			description:
				"Whether the message also appears on the sender's devices and roaming history (SyncOtherMachine 1; off = 2)",
		},
	],
};

const RULES = {
	fromAccount: accountRule('a sender account'),
	noUnread: z.boolean(),
	syncToSender: z.boolean(),
};
const LABELS: Record<string, string> = {
	fromAccount: 'From Account',
	noUnread: 'No Unread Count',
	syncToSender: 'Sync to Sender',
};

/**
 * The body of a text message without its recipient(s): SyncOtherMachine, From_Account, a fresh
 * MsgRandom and one TIMTextElem. Options are checked before anything is sent.
 */
export function messageBody(
	ctx: IExecuteFunctions,
	i: number,
	message: string,
): { body: IDataObject; fromAccount?: string; random: number } {
	const raw = ctx.getNodeParameter('messageOptions', i, {}) as IDataObject;
	const opts: IDataObject = {};
	for (const [name, rule] of Object.entries(RULES))
		if (raw[name] !== undefined && raw[name] !== '')
			opts[name] = check(
				ctx.getNode(),
				i,
				{ name: `messageOptions.${name}`, label: LABELS[name] },
				rule,
				raw[name],
			);
	const random = randomUint32();
	const fromAccount = opts.fromAccount as string | undefined;
	return {
		random,
		fromAccount,
		body: {
			SyncOtherMachine: opts.syncToSender ? 1 : 2,
			...(fromAccount ? { From_Account: fromAccount } : {}),
			MsgRandom: random,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: message } }],
			...(opts.noUnread ? { SendMsgControl: ['NoUnread'] } : {}),
		},
	};
}

/** MsgKey, what Recall needs: a send whose answer lacks it was sent but cannot be recalled. */
export function msgKeyOf(body: IDataObject): string | undefined {
	return typeof body.MsgKey === 'string' && body.MsgKey !== '' ? body.MsgKey : undefined;
}
