import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pathSegment } from '../../../core';
import { accountType, readAccountType, userAccount } from '../../descriptions/fields';
import { huaweiApiRequest } from '../../transport';
import { checkUserFields, rawCollection, refuse } from './readFields';
import { USER_FIELD_OPTIONS } from './userFields';

export const description = updateDisplayOptions({ show: { resource: ['user'], operation: ['update'] } }, [
	userAccount.property,
	accountType.property,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The display name (1-64 characters)' }, ...USER_FIELD_OPTIONS],
	},
]);

/** Changes a user's details (UpdateUser); only the fields given are sent. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = userAccount.read(this, i);
	const type = await readAccountType(this, i);
	const { name, ...rest } = rawCollection(this, i, 'updateFields');
	const fields = checkUserFields(this, i, 'updateFields', 'Update Fields', rest);
	if (name !== undefined) {
		const text = String(name).trim();
		if (text.length < 1 || text.length > 64) refuse(this, i, 'updateFields', 'Update Fields', 'name: must be 1 to 64 characters');
		fields.name = text;
	}
	if (Object.keys(fields).length === 0) refuse(this, i, 'updateFields', 'Update Fields', 'add at least one field to change');
	const { body, requestId } = await huaweiApiRequest.call(this, i, {
		method: 'PUT',
		path: `/v1/usg/dcs/corp/member/${pathSegment(account)}`,
		api: 'corp/member/update',
		qs: { accountType: type },
		body: fields,
		// Setting the same fields twice leaves the same user.
		idempotent: true,
		context: { account },
	});
	return { success: true, account, ...body, requestId };
}
