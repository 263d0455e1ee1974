import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { tencent, tencentApiRequest } from '../../transport';
import { text } from '../groupMessage/send.operation';
import { messageBody, messageOptions, msgKeyOf, toAccount } from './shared';

const displayOptions = { show: { resource: ['directMessage'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, [
	toAccount.property,
	text.property,
	messageOptions.property,
]);

/**
 * openim/sendmsg with one TIMTextElem. Never resent: a message must not arrive twice. The output
 * carries MsgKey (what Recall needs) and MsgTime; an answer without MsgKey fails the item, saying
 * the message went out, so nobody sends it again to "fix" the error.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const to = toAccount.read(this, i);
	const message = text.read(this, i);
	const { body, fromAccount, random } = messageBody(this, i, message);
	const answer = await tencentApiRequest.call(
		this,
		i,
		'openim/sendmsg',
		{ ...body, To_Account: to },
		{ idempotent: false, context: { toAccount: to } },
	);
	const msgKey = msgKeyOf(answer);
	if (!msgKey)
		throw tencent.fail(
			this,
			i,
			{
				code: 'NO_MSGKEY',
				message: 'sendmsg answered OK without a MsgKey',
				advice:
					'The message was sent; do not send it again. Without MsgKey it cannot be recalled through this node.',
			},
			{ toAccount: to, random },
		);
	return {
		toAccount: to,
		...(fromAccount ? { fromAccount } : {}),
		msgKey,
		msgTime: answer.MsgTime,
		random,
	};
}
