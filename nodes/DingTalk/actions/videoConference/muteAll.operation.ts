import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField } from '../../../core';
import { conferenceOperation } from './control';
import { setMuteAll } from './muteState';

const forceMute = defineField(
	{
		displayName: 'Prevent Unmuting',
		name: 'forceMute',
		type: 'boolean',
		default: false,
		description: "Whether attendees may not unmute themselves (DingTalk's forceMute)",
	},
	z.boolean({ invalid_type_error: 'must be true or false' }),
);

export const description = conferenceOperation('muteAll', [forceMute.property]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await setMuteAll.call(this, i, true, forceMute.read(this, i));
}
