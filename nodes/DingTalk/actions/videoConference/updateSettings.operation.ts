import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField } from '../../../core';
import { conferenceId } from '../../descriptions/fields';
import { expectCode200 } from '../../transport';
import { conferenceCall, conferenceOperation } from './control';

const flag = (displayName: string, name: string, description: string) =>
	defineField(
		{ displayName, name, type: 'boolean', default: true, description },
		z.boolean({ invalid_type_error: 'must be true or false' }),
	);

/** UpdateVideoConferenceSetting's six switches (the official client's body keys). */
const settings = defineCollection(
	{ displayName: 'Settings', name: 'settings', placeholder: 'Add Setting' },
	{
		allowUnmuteSelf: flag(
			'Allow Unmute Self',
			'allowUnmuteSelf',
			'Whether attendees may unmute themselves',
		),
		autoTransferHost: flag(
			'Auto Transfer Host',
			'autoTransferHost',
			'Whether the host role passes on automatically when the host leaves',
		),
		forbiddenShareScreen: flag(
			'Forbid Screen Sharing',
			'forbiddenShareScreen',
			'Whether attendees other than the host may not share their screen',
		),
		lockConference: flag(
			'Lock Conference',
			'lockConference',
			'Whether no one else may join (as Lock / Unlock)',
		),
		muteAll: flag('Mute All', 'muteAll', 'Whether every attendee is muted (as Mute All)'),
		onlyInternalEmployeesJoin: flag(
			'Only Internal Employees Join',
			'onlyInternalEmployeesJoin',
			'Whether only members of the organization may join',
		),
	},
);

export const description = conferenceOperation('updateSettings', [settings.property]);

/**
 * UpdateVideoConferenceSetting: PUT /v1.0/conference/videoConferences/{id} with the chosen
 * switches in one call. The answer is `{case, code}` in the official client; what `code` says on
 * success is UNCONFIRMED, so any code other than 200 fails the item.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = conferenceId.read(this, i);
	const body = settings.read(this, i);
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`Settings in item ${i + 1}: choose at least one setting (none given)`,
			{ itemIndex: i, description: '"Settings" was rejected before any request was sent.' },
		);
	}
	const response = await conferenceCall(this, i, id, {
		suffix: '',
		api: 'UpdateVideoConferenceSetting',
		method: 'PUT',
		body,
		idempotent: true,
	});
	expectCode200(this, i, response, { conferenceId: id });
	return { conferenceId: id, ...body, success: true };
}
