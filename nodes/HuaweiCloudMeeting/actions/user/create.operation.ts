import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, requiredText, runState } from '../../../core';
import { huaweiApiRequest } from '../../transport';
import { checkUserFields, rawCollection, refuse } from './readFields';
import { USER_FIELD_OPTIONS } from './userFields';

const name = defineField(
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: "The user's display name (1-64 characters)" },
	requiredText('a name').pipe(z.string().max(64, 'is longer than 64 characters')),
);

const ACCOUNT_RULE = /^(?!\d+$)[A-Za-z0-9_.@-]{1,64}$/;

const additionalFields = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection' as const,
	placeholder: 'Add Field',
	default: {},
	options: [
		{ displayName: 'Account', name: 'account', type: 'string' as const, default: '', description: 'Up to 64 of A-Z a-z 0-9 _ . @ - and not only digits; Huawei generates one when empty.' },
		...USER_FIELD_OPTIONS,
		{ displayName: 'Password', name: 'pwd', type: 'string' as const, typeOptions: { password: true }, default: '', description: 'The first sign-in password (6-32 characters, at least two kinds of characters); Huawei generates one when empty' },
		{ displayName: 'Send Notification', name: 'sendNotify', type: 'boolean' as const, default: true, description: 'Whether Huawei tells the user about the new account by email or SMS' },
		{ displayName: 'Third-Party User ID', name: 'thirdAccount', type: 'string' as const, default: '', description: "The user's ID in your own system, used with App ID credentials" },
	],
};

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['create'] } }, [
	name.property,
	{ ...additionalFields, description: 'Huawei requires an email or a phone number (with its country)' },
]);

/** Adds a user to the enterprise (AddUser). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const userName = name.read(this, i);
	const { account, pwd, sendNotify, thirdAccount, ...rest } = rawCollection(this, i, 'additionalFields');
	const refuseField = (problem: string) => refuse(this, i, 'additionalFields', 'Additional Fields', problem);
	if (account !== undefined && account !== '' && !ACCOUNT_RULE.test(String(account))) refuseField('account: must be up to 64 of A-Z a-z 0-9 _ . @ - and not only digits');
	if (pwd !== undefined && pwd !== '' && (String(pwd).length < 6 || String(pwd).length > 32)) refuseField('password: must be 6 to 32 characters');
	if (thirdAccount !== undefined && String(thirdAccount).length > 64) refuseField('thirdAccount: is longer than 64 characters');
	checkUserFields(this, i, 'additionalFields', 'Additional Fields', rest);
	// Huawei (AddUserDTO) needs one way to reach the user.
	if (!rest.email && !rest.phone) refuseField('email or phone: Huawei requires one of the two');
	const body: IDataObject = { name: userName, ...rest };
	if (account) body.account = account;
	if (thirdAccount) body.thirdAccount = thirdAccount;
	if (typeof sendNotify === 'boolean') body.sendNotify = sendNotify;
	if (pwd) {
		runState(this).scrubber.add(pwd);
		body.pwd = pwd;
	}
	const { body: user, requestId } = await huaweiApiRequest.call(this, i, {
		path: '/v1/usg/dcs/corp/member',
		api: 'corp/member/add',
		body,
		// A second AddUser would create a second user or fail on the account: never resent.
		idempotent: false,
		context: { name: userName, ...(account ? { account } : {}) },
	});
	return { ...user, requestId };
}
