import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField, requiredText } from '../../../core';
import { accountRule } from '../../descriptions/fields';
import { judgeTencent, tencentApiRequest } from '../../transport';
import { toAccount } from './shared';

/** admin_msgwithdraw's "the message has already been recalled". */
const ALREADY_RECALLED = 20023;

const fromAccount = defineField(
	{
		displayName: 'From Account',
		name: 'fromAccount',
		type: 'string',
		required: true,
		default: '',
		description:
			'The sender (From_Account): the From Account the message was sent as, or the Admin Identifier',
	},
	accountRule('a sender account'),
);

const msgKey = defineField(
	{
		displayName: 'Message Key',
		name: 'msgKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: '={{ $json.msgKey }}',
		description: 'MsgKey of the message (from Send or Send to Many)',
	},
	requiredText('a MsgKey'),
);

const displayOptions = { show: { resource: ['directMessage'], operation: ['recall'] } };

export const description = updateDisplayOptions(displayOptions, [
	fromAccount.property,
	toAccount.property,
	msgKey.property,
]);

/**
 * openim/admin_msgwithdraw: removes the message from both sides' devices and history, at any age;
 * Tencent cannot restore it. Never resent. ErrorCode 20023 ("already recalled") means the message
 * is gone, which is what the item asks for: it succeeds with `alreadyRecalled: true`.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const from = fromAccount.read(this, i);
	const to = toAccount.read(this, i);
	const key = msgKey.read(this, i);
	const answer = await tencentApiRequest.call(
		this,
		i,
		'openim/admin_msgwithdraw',
		{ From_Account: from, To_Account: to, MsgKey: key },
		{
			idempotent: false,
			context: { fromAccount: from, toAccount: to, msgKey: key },
			judge: (http) =>
				http.statusCode === 200 &&
				Number((http.body as { ErrorCode?: unknown } | null)?.ErrorCode) === ALREADY_RECALLED
					? { kind: 'ok' }
					: judgeTencent(http),
		},
	);
	const already = Number(answer.ErrorCode) === ALREADY_RECALLED;
	return {
		fromAccount: from,
		toAccount: to,
		msgKey: key,
		recalled: true,
		...(already ? { alreadyRecalled: true } : {}),
	};
}
