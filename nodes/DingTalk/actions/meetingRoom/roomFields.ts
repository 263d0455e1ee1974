import { createHash } from 'node:crypto';

import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { defineCollection, defineField, requiredText, withProperty } from '../../../core';
import { optionalGroup } from '../../descriptions/fields';

/** What an External Room ID the node derives starts with. */
export const EXTERNAL_ID_PREFIX = 'n8n-';

/**
 * CreateMeetingRoom requires isvRoomId (DingTalk's model and API reference), the caller's own ID for
 * the room. When the user gives none, one is derived from what identifies the room to them (name
 * and group): stable, so a rerun of the same row names the same room and the ID finds it again in
 * Get Many, where a random one would mean nothing.
 */
export function externalRoomId(name: string, group: string): string {
	return `${EXTERNAL_ID_PREFIX}${createHash('sha256')
		.update(JSON.stringify([name, group]))
		.digest('hex')
		.slice(0, 24)}`;
}

/** DingTalk's room name limit is UNCONFIRMED; 50 characters is what the Rooms admin console allows (our guess). */
export const MAX_ROOM_NAME = 50;

const STATUS_OPTIONS = [
	{ name: 'Available to Everyone', value: 0 },
	{ name: 'Available to Admins Only', value: 1 },
	{ name: 'Available to Specific Users', value: 2 },
];
const LABEL_OPTIONS = [
	{ name: 'TV', value: 1 },
	{ name: 'Phone', value: 2 },
	{ name: 'Projector', value: 3 },
	{ name: 'Whiteboard', value: 4 },
	{ name: 'Video Conference', value: 5 },
];

export const roomName = defineField(
	{
		displayName: 'Room Name',
		name: 'roomName',
		type: 'string',
		required: true,
		default: '',
		description: `The name of the meeting room (at most ${MAX_ROOM_NAME} characters)`,
	},
	requiredText('a room name').pipe(
		z.string().max(MAX_ROOM_NAME, `is longer than ${MAX_ROOM_NAME} characters`),
	),
);

export const roomStatus = defineField(
	{
		displayName: 'Availability',
		name: 'roomStatus',
		type: 'options',
		options: STATUS_OPTIONS,
		default: 0,
		description: "Who may book the room (DingTalk's roomStatus)",
	},
	z.number({ invalid_type_error: 'must be 0, 1 or 2' }).int().min(0).max(2),
);

export const roomGroup = optionalGroup(
	'roomGroupId',
	'Room Group',
	'The group the room belongs to (leave empty for none)',
);

const text = (max: number) =>
	z
		.string({ invalid_type_error: 'must be text' })
		.trim()
		.max(max, `is longer than ${max} characters`);
const bool = z.boolean({ invalid_type_error: 'must be true or false' });

/** The room's optional fields, each under its key in DingTalk's body (roomLocation {title, desc}). */
const ROOM_FIELDS = {
	roomCapacity: defineField(
		{
			displayName: 'Capacity',
			name: 'roomCapacity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 8,
			description: 'How many people the room holds',
		},
		z
			.number({ invalid_type_error: 'must be a number' })
			.int('must be a whole number')
			.min(1, 'must be at least 1'),
	),
	enableCycleReservation: defineField(
		{
			displayName: 'Cycle Reservation',
			name: 'enableCycleReservation',
			type: 'boolean',
			default: true,
			description: 'Whether recurring bookings are allowed',
		},
		bool,
	),
	roomDescription: defineField(
		{ displayName: 'Description', name: 'roomDescription', type: 'string', default: '' },
		text(1000),
	),
	isvRoomId: defineField(
		{
			displayName: 'External Room ID',
			name: 'isvRoomId',
			type: 'string',
			default: '',
			description: `Your own ID for the room (DingTalk's isvRoomId). When creating and left empty, the node sends "${EXTERNAL_ID_PREFIX}" followed by a hash of the room name and group, the same for the same room every time.`,
		},
		text(256),
	),
	roomLabelIds: defineField(
		{
			displayName: 'Labels',
			name: 'roomLabelIds',
			type: 'multiOptions',
			options: LABEL_OPTIONS,
			default: [],
			description: 'The equipment of the room',
		},
		z.array(z.number().int().min(1).max(5), { invalid_type_error: 'must be a list of labels' }),
	),
	'roomLocation.desc': defineField(
		{
			displayName: 'Location Details',
			name: 'locationDesc',
			type: 'string',
			default: '',
			description: 'The detailed location (roomLocation.desc)',
		},
		text(1000),
	),
	'roomLocation.title': defineField(
		{
			displayName: 'Location Title',
			name: 'locationTitle',
			type: 'string',
			default: '',
			description: 'The location name (roomLocation.title)',
		},
		text(256),
	),
	openReservation: defineField(
		{
			displayName: 'Open for Booking',
			name: 'openReservation',
			type: 'boolean',
			default: true,
			description: 'Whether the room can be booked',
		},
		bool,
	),
	roomPicture: defineField(
		{
			displayName: 'Picture URL',
			name: 'roomPicture',
			type: 'string',
			default: '',
			description: 'An image of the room',
		},
		text(2048),
	),
};

/** DingTalk leaves a field as it is when it is not sent: an emptied field is not sent. */
export const createFields = defineCollection(
	{ displayName: 'Additional Fields', name: 'additionalFields' },
	ROOM_FIELDS,
	{ emptyIsUnset: true },
);

export const updateFields = defineCollection(
	{ displayName: 'Update Fields', name: 'updateFields' },
	{ roomName: withProperty(roomName, { required: false }), roomStatus, ...ROOM_FIELDS },
	{ emptyIsUnset: true },
);

/** A group ID for a body (DingTalk's Long), or nothing when empty. */
export const groupBody = (id: string): IDataObject => (id ? { groupId: Number(id) } : {});
