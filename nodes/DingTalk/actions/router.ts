import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationTable } from '../../core';
import { route } from '../../core';
import * as meetingRoom from './meetingRoom';
import * as meetingRoomGroup from './meetingRoomGroup';
import * as roomBookingBlocklist from './roomBookingBlocklist';
import * as scheduledConference from './scheduledConference';
import * as videoConference from './videoConference';

const v = videoConference;

export const operations: OperationTable = {
	meetingRoom: {
		create: meetingRoom.create,
		update: meetingRoom.update,
		delete: meetingRoom.delete,
		get: meetingRoom.get,
		getAll: meetingRoom.getAll,
		sendCentralControl: meetingRoom.sendCentralControl,
		getSchedule: meetingRoom.getSchedule,
		bookForEvent: meetingRoom.bookForEvent,
		releaseFromEvent: meetingRoom.releaseFromEvent,
	},
	meetingRoomGroup: {
		create: meetingRoomGroup.create,
		update: meetingRoomGroup.update,
		delete: meetingRoomGroup.delete,
		get: meetingRoomGroup.get,
		getAll: meetingRoomGroup.getAll,
	},
	roomBookingBlocklist: {
		addUser: roomBookingBlocklist.addUser,
		removeUsers: roomBookingBlocklist.removeUsers,
	},
	videoConference: {
		create: v.create,
		close: v.close,
		get: v.get,
		getAll: v.getAll,
		getAllEnded: v.getAllEnded,
		getAttendance: v.getAttendance,
		getByRoomCode: v.getByRoomCode,
		getMembers: v.getMembers,
		lock: v.lock,
		unlock: v.unlock,
		muteAll: v.muteAll,
		unmuteAll: v.unmuteAll,
		muteMembers: v.muteMembers,
		removeMembers: v.removeMembers,
		setCohosts: v.setCohosts,
		inviteUsers: v.inviteUsers,
		startRecording: v.startRecording,
		stopRecording: v.stopRecording,
		updateSettings: v.updateSettings,
	},
	scheduledConference: {
		create: scheduledConference.create,
		update: scheduledConference.update,
		cancel: scheduledConference.cancel,
		get: scheduledConference.get,
	},
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations);
}
