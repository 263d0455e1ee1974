import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, requiredText } from '../../../core';
import { optionalGroup } from '../../descriptions/fields';
import type { Rules } from '../../helpers/collection';
import { readCollection } from '../../helpers/collection';

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

const nameRule = requiredText('a room name').pipe(z.string().max(MAX_ROOM_NAME, `is longer than ${MAX_ROOM_NAME} characters`));

export const roomName = defineField(
	{ displayName: 'Room Name', name: 'roomName', type: 'string', required: true, default: '', description: `The name of the meeting room (at most ${MAX_ROOM_NAME} characters)` },
	nameRule,
);

export const roomStatus = defineField(
	{ displayName: 'Availability', name: 'roomStatus', type: 'options', options: STATUS_OPTIONS, default: 0, description: 'Who may book the room (DingTalk\'s roomStatus)' },
	z.number({ invalid_type_error: 'must be 0, 1 or 2' }).int().min(0).max(2),
);

export const roomGroup = optionalGroup('roomGroupId', 'Room Group', 'The group the room belongs to (leave empty for none)');

const fieldOptions = (withName: boolean): INodeProperties[] => [
	...(withName ? [{ ...roomName.property, required: false }, { ...roomStatus.property }] : []),
	{ displayName: 'Capacity', name: 'roomCapacity', type: 'number', typeOptions: { minValue: 1 }, default: 8, description: 'How many people the room holds' },
	{ displayName: 'Cycle Reservation', name: 'enableCycleReservation', type: 'boolean', default: true, description: 'Whether recurring bookings are allowed' },
	{ displayName: 'Description', name: 'roomDescription', type: 'string', default: '' },
	{ displayName: 'External Room ID', name: 'isvRoomId', type: 'string', default: '', description: 'Your own ID for the room (DingTalk\'s isvRoomId)' },
	{ displayName: 'Labels', name: 'roomLabelIds', type: 'multiOptions', options: LABEL_OPTIONS, default: [], description: 'The equipment of the room' },
	{ displayName: 'Location Details', name: 'locationDesc', type: 'string', default: '', description: 'The detailed location (roomLocation.desc)' },
	{ displayName: 'Location Title', name: 'locationTitle', type: 'string', default: '', description: 'The location name (roomLocation.title)' },
	{ displayName: 'Open for Booking', name: 'openReservation', type: 'boolean', default: true, description: 'Whether the room can be booked' },
	{ displayName: 'Picture URL', name: 'roomPicture', type: 'string', default: '', description: 'An image of the room' },
];

const text = (max: number) => z.string({ invalid_type_error: 'must be text' }).trim().max(max, `is longer than ${max} characters`);
const bool = z.boolean({ invalid_type_error: 'must be true or false' });
const RULES: Rules = {
	roomName: { label: 'Room Name', schema: nameRule },
	roomStatus: { label: 'Availability', schema: roomStatus.schema },
	roomCapacity: { label: 'Capacity', schema: z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1') },
	enableCycleReservation: { label: 'Cycle Reservation', schema: bool },
	roomDescription: { label: 'Description', schema: text(1000) },
	isvRoomId: { label: 'External Room ID', schema: text(256) },
	roomLabelIds: { label: 'Labels', schema: z.array(z.number().int().min(1).max(5), { invalid_type_error: 'must be a list of labels' }) },
	locationDesc: { label: 'Location Details', schema: text(1000) },
	locationTitle: { label: 'Location Title', schema: text(256) },
	openReservation: { label: 'Open for Booking', schema: bool },
	roomPicture: { label: 'Picture URL', schema: text(2048) },
};

export const additionalFields = (name: string, displayName: string, withName: boolean): INodeProperties => ({
	displayName, name, type: 'collection', placeholder: 'Add Field', default: {}, options: fieldOptions(withName),
});

/** The room fields of a collection, in DingTalk's shape (roomLocation {title, desc}). */
export function readRoomFields(ctx: IExecuteFunctions, i: number, name: string, displayName: string): IDataObject {
	const { locationTitle, locationDesc, roomLabelIds, ...rest } = readCollection(ctx, i, name, displayName, RULES);
	const body: IDataObject = { ...rest };
	if (Array.isArray(roomLabelIds) && roomLabelIds.length) body.roomLabelIds = roomLabelIds;
	if (locationTitle !== undefined || locationDesc !== undefined) {
		body.roomLocation = { ...(locationTitle !== undefined ? { title: locationTitle } : {}), ...(locationDesc !== undefined ? { desc: locationDesc } : {}) };
	}
	return body;
}

/** A group ID for a body (DingTalk's Long), or nothing when empty. */
export const groupBody = (id: string): IDataObject => (id ? { groupId: Number(id) } : {});
