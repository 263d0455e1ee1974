import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { tencentApiRequest } from '../../transport';
import { accountId } from './shared';

const displayOptions = { show: { resource: ['account'], operation: ['getGlobalMute'] } };

export const description = updateDisplayOptions(displayOptions, [accountId.property]);

/** openconfigsvr/getnospeaking: the remaining app-wide mute seconds (0 = not muted). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = accountId.read(this, i);
	const body = await tencentApiRequest.call(
		this,
		i,
		'openconfigsvr/getnospeaking',
		{ Get_Account: account },
		{ context: { accountId: account } },
	);
	return {
		accountId: account,
		c2cMuteTime: Number(body.C2CmsgNospeakingTime ?? 0),
		groupMuteTime: Number(body.GroupmsgNospeakingTime ?? 0),
	};
}
