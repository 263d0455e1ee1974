import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId } from '../../descriptions/fields';
import { tencentApiRequest } from '../../transport';

const displayOptions = { show: { resource: ['group'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property]);

/** destroy_group: the group and its members are gone; a later call on it answers ErrorCode 10010. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/destroy_group',
		{ GroupId: group },
		{ context: { groupId: group } },
	);
	return { groupId: group, deleted: true };
}
