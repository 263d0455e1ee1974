import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupId } from '../../descriptions/fields';
import { tencentApiRequest } from '../../transport';

const displayOptions = { show: { resource: ['group'], operation: ['muteAll'] } };

export const description = updateDisplayOptions(displayOptions, [groupId.property]);

/** modify_group_base_info with MuteAllMember "On" (legacy name ShutUpAllMember is not sent). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const group = groupId.read(this, i);
	await tencentApiRequest.call(
		this,
		i,
		'group_open_http_svc/modify_group_base_info',
		{ GroupId: group, MuteAllMember: 'On' },
		{ context: { groupId: group } },
	);
	return { groupId: group, muteAllMember: 'On' };
}
