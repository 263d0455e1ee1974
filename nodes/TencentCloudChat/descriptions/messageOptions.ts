import { z } from 'zod';

import { defineCollection, defineField } from '../../core';
import { accountRule } from './fields';

/** Options every text send takes (group and one-to-one), each mapped to its body key. */
export const fromAccount = defineField(
	{
		displayName: 'From Account',
		name: 'fromAccount',
		type: 'string',
		default: '',
		description: 'Send as this imported account (From_Account); empty = as the App admin',
	},
	accountRule('a sender account'),
);

export const noUnread = defineField(
	{
		displayName: 'No Unread Count',
		name: 'noUnread',
		type: 'boolean',
		default: false,
		description: 'Whether the message leaves the unread count unchanged (SendMsgControl NoUnread)',
	},
	z.boolean().transform((on) => (on ? ['NoUnread'] : undefined)),
);

/** The "Message Options" collection of a send, from the shared options and the command's own. */
export const messageOptions = (own: Parameters<typeof defineCollection>[1]) =>
	defineCollection(
		{ displayName: 'Message Options', name: 'messageOptions', placeholder: 'Add Option' },
		{ From_Account: fromAccount, SendMsgControl: noUnread, ...own },
		{ emptyIsUnset: true },
	);
