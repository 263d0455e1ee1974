import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField, idList, sendInChunks } from '../../../core';
import { MAX_LIST_PER_ITEM } from '../../descriptions/limits';
import { entriesFailed, tencent, tencentApiRequest } from '../../transport';
import { text } from '../groupMessage/send.operation';
import { BATCH_SEND_LIMIT, messageBody, messageOptions, msgKeyOf } from './shared';

const toAccounts = defineField(
	{
		displayName: 'To Accounts',
		name: 'toAccounts',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'alice, bob',
		description: `Accounts (UserID) that get the message (To_Account), separated by commas or new lines, or an expression returning an array. Up to ${BATCH_SEND_LIMIT} go in one call; longer lists are sent in several calls.`,
	},
	idList({ noun: 'account', maxTotal: MAX_LIST_PER_ITEM, maxIdLength: 32 }),
);

const displayOptions = { show: { resource: ['directMessage'], operation: ['sendToMany'] } };

export const description = updateDisplayOptions(displayOptions, [
	toAccounts.property,
	text.property,
	messageOptions.property,
]);

/**
 * openim/batchsendmsg in calls of ≤ 500 accounts, this item's own: sends are never combined across
 * items nor resent (a dropped call names its accounts as uncertain). Each call answers one MsgKey
 * and an ErrorList of the accounts it could not reach: those fail the item after every call, named
 * with their ErrorCode; an ErrorList entry for an account not in the call is a malformed answer.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const to = toAccounts.read(this, i);
	const message = text.read(this, i);
	const { body, fromAccount, random } = messageBody(this, i, message);
	const { calls, results } = await sendInChunks(
		this.getNode(),
		to,
		BATCH_SEND_LIMIT,
		async (part, where) => {
			const answer = await tencentApiRequest.call(
				this,
				i,
				'openim/batchsendmsg',
				{ ...body, To_Account: part },
				{ idempotent: false, context: { call: where.call, random } },
			);
			return { part, answer };
		},
	);
	const sent: IDataObject[] = [];
	const failed: Array<{ id: string; code: number; info?: string }> = [];
	for (const { part, answer } of results) {
		const errors = readErrorList(this, i, answer, part);
		const msgKey = msgKeyOf(answer);
		for (const account of part) {
			const error = errors.get(account);
			if (error !== undefined) failed.push({ id: account, code: error });
			else sent.push({ toAccount: account, msgKey: msgKey ?? null });
		}
	}
	entriesFailed(this, i, 'recipients', failed, to.length, { calls, random, sent });
	return { ...(fromAccount ? { fromAccount } : {}), sent, calls, random };
}

/** ErrorList: absent when every account got the message; else [{ To_Account, ErrorCode }]. */
function readErrorList(
	ctx: IExecuteFunctions,
	i: number,
	answer: IDataObject,
	part: string[],
): Map<string, number> {
	const errors = new Map<string, number>();
	if (answer.ErrorList === undefined) return errors;
	const list = tencent.listIn(ctx, i, answer, 'ErrorList');
	const mine = new Set(part);
	for (const entry of list) {
		const account = entry?.To_Account;
		const code = entry?.ErrorCode;
		if (typeof account !== 'string' || !mine.has(account) || typeof code !== 'number')
			throw tencent.fail(
				ctx,
				i,
				{
					code: 'MALFORMED_ANSWER',
					message: `batchsendmsg's ErrorList holds an entry that is not one of the call's accounts: ${JSON.stringify(entry)}`,
					advice:
						'The other accounts of the call may have got the message; check before sending again.',
				},
				{ accounts: part.length },
			);
		errors.set(account, code);
	}
	return errors;
}
