import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, pathId } from '../../core';

/** The admin on whose behalf a call is made; most DingTalk room and conference APIs want one. */
export const operatorUnionId = defineField(
	{
		displayName: 'Operator Union ID',
		name: 'unionId',
		type: 'string',
		default: '',
		description:
			'The unionId of the operator (the admin on whose behalf the call is made), as the "query user details" API returns it. Leave empty to use the Operator Union ID of the credential.',
	},
	z.string({ invalid_type_error: 'must be text' }).trim().max(256, 'is longer than 256 characters'),
);

interface LocatorOptions {
	name: string;
	displayName: string;
	noun: string;
	/** The listSearch method behind "From List"; none where DingTalk has no list API. */
	searchListMethod?: string;
	placeholder: string;
	description: string;
	required?: boolean;
	/** A regex the ID must match (DingTalk's Long IDs are digits only). */
	idRegex?: string;
}

/** An n8n resource locator: "From List" (with search) where DingTalk can list, and "By ID". */
export function locator(o: LocatorOptions): INodeProperties {
	const property: INodeProperties = {
		displayName: o.displayName,
		name: o.name,
		type: 'resourceLocator',
		default: { mode: o.searchListMethod ? 'list' : 'id', value: '' },
		required: o.required ?? true,
		description: o.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${o.noun}...`,
				typeOptions: { searchListMethod: o.searchListMethod ?? '', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: o.placeholder,
				...(o.idRegex
					? {
							validation: [
								{
									type: 'regex',
									properties: { regex: o.idRegex, errorMessage: `Not a valid ${o.noun} ID` },
								},
							],
						}
					: {}),
			},
		],
	};
	// Without a list call (scheduled conferences) there is only "By ID".
	if (!o.searchListMethod) property.modes = property.modes?.filter((mode) => mode.name !== 'list');
	return property;
}

/** DingTalk's Long IDs (room groups): digits only, up to 15 of them (larger ones would lose precision as JSON numbers). */
const longId = (what: string, required: boolean) =>
	z
		.union([z.string(), z.number()], { invalid_type_error: `${what} must be a number` })
		.transform((v) => String(v).trim())
		.pipe(
			required
				? z
						.string()
						.min(1, `${what} is required (it is empty)`)
						.regex(/^\d{1,15}$/, `${what} must be digits only (DingTalk group IDs are numbers)`)
				: z
						.string()
						.regex(/^(\d{1,15})?$/, `${what} must be digits only (DingTalk group IDs are numbers)`),
		);

export const roomId = defineField(
	locator({
		name: 'roomId',
		displayName: 'Meeting Room',
		noun: 'meeting room',
		searchListMethod: 'searchMeetingRooms',
		placeholder: '0ffb7xxxxx',
		description:
			'The meeting room. "From List" needs an Operator Union ID (on the node or the credential).',
	}),
	pathId('a room ID'),
);

const groupProperty = (name: string, displayName: string, required: boolean, description: string) =>
	locator({
		name,
		displayName,
		noun: 'room group',
		searchListMethod: 'searchMeetingRoomGroups',
		placeholder: '172',
		description,
		required,
		idRegex: '^[0-9]*$',
	});

export const groupId = defineField(
	groupProperty('groupId', 'Room Group', true, 'The meeting room group'),
	longId('a group ID', true),
);

/** An optional group (rooms' group, a group's parent); empty means none. */
export const optionalGroup = (name: string, displayName: string, description: string) =>
	defineField(
		{
			...groupProperty(name, displayName, false, description),
			default: { mode: 'list', value: '' },
		},
		longId(displayName, false),
	);

export const conferenceId = defineField(
	locator({
		name: 'conferenceId',
		displayName: 'Conference',
		noun: 'conference',
		searchListMethod: 'searchConferences',
		placeholder: '644272f14ba3310xxxxxxxxx',
		description:
			'The video conference. "From List" shows the conferences of the organization that are going on now.',
	}),
	pathId('a conference ID'),
);

export const scheduleConferenceId = defineField(
	locator({
		name: 'scheduleConferenceId',
		displayName: 'Scheduled Conference',
		noun: 'scheduled conference',
		placeholder: 'e0c5xxxxx',
		description:
			'The ID that "Create" returned (scheduleConferenceId). DingTalk has no API that lists scheduled conferences, so there is no "From List".',
	}),
	pathId('a scheduled conference ID'),
);
