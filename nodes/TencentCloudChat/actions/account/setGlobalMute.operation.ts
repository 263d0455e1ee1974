import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, nonNegativeInt } from '../../../core';
import { FOREVER } from '../../descriptions/limits';
import { tencentApiRequest } from '../../transport';
import { accountId } from './shared';

const muteTime = defineField(
	{
		displayName: 'Mute Time (Seconds)',
		name: 'muteTime',
		type: 'number',
		typeOptions: { minValue: 0 },
		required: true,
		default: 3600,
		description:
			'How long the account cannot send messages anywhere in the app. 0 lifts the mute; 4294967295 mutes permanently.',
	},
	nonNegativeInt('seconds').max(FOREVER),
);

const scope = defineField(
	{
		displayName: 'Applies To',
		name: 'scope',
		type: 'multiOptions',
		default: ['group', 'c2c'],
		required: true,
		description: 'Which messages the mute time is set for; the other kind is left as it is',
		options: [
			{ name: 'Group Messages', value: 'group', description: 'GroupmsgNospeakingTime' },
			{ name: 'One-to-One Messages', value: 'c2c', description: 'C2CmsgNospeakingTime' },
		],
	},
	z.array(z.enum(['group', 'c2c'])).min(1, 'choose group messages, one-to-one messages or both'),
);

const displayOptions = { show: { resource: ['account'], operation: ['setGlobalMute'] } };

export const description = updateDisplayOptions(displayOptions, [
	accountId.property,
	muteTime.property,
	scope.property,
]);

/** openconfigsvr/setnospeaking: an app-wide mute of one account. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const account = accountId.read(this, i);
	const seconds = muteTime.read(this, i);
	const kinds = scope.read(this, i);
	const body: IDataObject = { Set_Account: account };
	if (kinds.includes('c2c')) body.C2CmsgNospeakingTime = seconds;
	if (kinds.includes('group')) body.GroupmsgNospeakingTime = seconds;
	await tencentApiRequest.call(this, i, 'openconfigsvr/setnospeaking', body, {
		context: { accountId: account },
	});
	return {
		accountId: account,
		...(kinds.includes('c2c') ? { c2cMuteTime: seconds } : {}),
		...(kinds.includes('group') ? { groupMuteTime: seconds } : {}),
	};
}
