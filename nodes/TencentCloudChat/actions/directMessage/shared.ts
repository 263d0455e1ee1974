import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField } from '../../../core';
import { randomUint32 } from '../../../../credentials/common/tencent';
import { accountRule } from '../../descriptions/fields';
import { messageOptions as sharedOptions } from '../../descriptions/messageOptions';

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
export const messageOptions = sharedOptions({
	SyncOtherMachine: defineField(
		{
			displayName: 'Sync to Sender',
			name: 'syncToSender',
			type: 'boolean',
			default: false,
			description:
				"Whether the message also appears on the sender's devices and roaming history (SyncOtherMachine 1; off = 2)",
		},
		z.boolean().transform((on) => (on ? 1 : 2)),
	),
});

/**
 * The body of a text message without its recipient(s): SyncOtherMachine, From_Account, a fresh
 * MsgRandom and one TIMTextElem. Options are checked before anything is sent.
 */
export function messageBody(
	ctx: IExecuteFunctions,
	i: number,
	message: string,
): { body: IDataObject; fromAccount?: string; random: number } {
	const opts = messageOptions.read(ctx, i);
	const random = randomUint32();
	const fromAccount = opts.From_Account as string | undefined;
	return {
		random,
		fromAccount,
		body: {
			SyncOtherMachine: 2,
			MsgRandom: random,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: message } }],
			...opts,
		},
	};
}

/** MsgKey, what Recall needs: a send whose answer lacks it was sent but cannot be recalled. */
export function msgKeyOf(body: IDataObject): string | undefined {
	return typeof body.MsgKey === 'string' && body.MsgKey !== '' ? body.MsgKey : undefined;
}
