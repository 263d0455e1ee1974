import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { defineField, idList, sendInChunks } from '../../../core';
import { chairPassword, ongoingMeetingId } from '../../descriptions/fields';
import { huaweiControlRequest } from '../../transport';

/**
 * Participants per HangUp call. Huawei documents no maximum for bulkHangUpParticipants
 * (UNCONFIRMED, docs/huawei.md); 100 is Huawei's limit for its other id lists.
 */
export const HANG_UP_PER_CALL = 100;

/**
 * participant_id values of ListOnlineConfAttendee (Meeting → Get Online Participants): picked from
 * the chosen meeting's online participants, or given by an expression (an array or text).
 */
export const participantIds = defineField(
	{
		displayName: 'Participant Names or IDs',
		name: 'participantIds',
		type: 'multiOptions',
		typeOptions: {
			loadOptionsMethod: 'getOnlineParticipants',
			loadOptionsDependsOn: [`${ongoingMeetingId.name}.value`],
		},
		required: true,
		default: [],
		description:
			'The participants in the meeting now, by participant_id (as Meeting → Get Online Participants shows them); an expression may give an array or text separated by commas or new lines. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	idList({ noun: 'participant ID', maxIdLength: 128, maxTotal: 1000 }),
);

export function participantProperties(operation: string): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: ['participant'], operation: [operation] } }, [
		ongoingMeetingId.property,
		chairPassword.property,
		participantIds.property,
	]);
}

function read(ctx: IExecuteFunctions, i: number) {
	return {
		conferenceId: ongoingMeetingId.read(ctx, i),
		chairPassword: chairPassword.read(ctx, i),
		ids: participantIds.read(ctx, i),
	};
}

/**
 * HangUp (POST …/participants/delete, body bulkHangUpParticipants): disconnects participants.
 * Sent again after it arrived, it would fail on participants already gone: never resent.
 */
export async function hangUp(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const { conferenceId, chairPassword: password, ids } = read(this, i);
	const { calls, results } = await sendInChunks(
		this.getNode(),
		ids,
		HANG_UP_PER_CALL,
		async (part) =>
			await huaweiControlRequest.call(
				this,
				i,
				{ conferenceId, chairPassword: password },
				{
					method: 'POST',
					path: '/v1/mmc/control/conferences/participants/delete',
					api: 'control/participants/delete',
					qs: { conferenceID: conferenceId },
					body: { bulkHangUpParticipants: part },
					idempotent: false,
					context: { participantIds: part },
				},
			),
	);
	return {
		success: true,
		conferenceID: conferenceId,
		removedParticipantIds: ids,
		calls,
		requestIds: results.map((r) => r.requestId),
	};
}

/** MuteParticipant (PUT …/participants/mute?participantID, body isMute): one call per participant. */
export async function muteEach(
	this: IExecuteFunctions,
	i: number,
	isMute: 0 | 1,
): Promise<IDataObject> {
	const { conferenceId, chairPassword: password, ids } = read(this, i);
	const { calls, results } = await sendInChunks(
		this.getNode(),
		ids,
		1,
		async ([participantID]) =>
			await huaweiControlRequest.call(
				this,
				i,
				{ conferenceId, chairPassword: password },
				{
					method: 'PUT',
					path: '/v1/mmc/control/conferences/participants/mute',
					api: 'control/participants/mute',
					qs: { conferenceID: conferenceId, participantID },
					body: { isMute },
					// Muting twice leaves the same state.
					idempotent: true,
					context: { participantID },
				},
			),
	);
	return {
		success: true,
		conferenceID: conferenceId,
		participantIds: ids,
		muted: isMute === 1,
		calls,
		requestIds: results.map((r) => r.requestId),
	};
}
