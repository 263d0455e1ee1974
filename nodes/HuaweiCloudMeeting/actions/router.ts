import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationTable } from '../../core';
import { route } from '../../core';
import * as administrator from './administrator';
import * as cloudMeetingRoom from './cloudMeetingRoom';
import * as department from './department';
import * as meeting from './meeting';
import * as participant from './participant';
import * as recording from './recording';
import * as user from './user';

export const operations: OperationTable = {
	cloudMeetingRoom: {
		reclaimFromMember: cloudMeetingRoom.reclaimFromMember,
		assignToMember: cloudMeetingRoom.assignToMember,
		getAll: cloudMeetingRoom.getAll,
		delete: cloudMeetingRoom.delete,
	},
	user: {
		create: user.create,
		get: user.get,
		getAll: user.getAll,
		update: user.update,
		disable: user.disable,
		enable: user.enable,
		delete: user.delete,
		resetPassword: user.resetPassword,
	},
	department: {
		create: department.create,
		update: department.update,
		delete: department.delete,
		getAll: department.getAll,
	},
	administrator: {
		getAll: administrator.getAll,
		add: administrator.add,
		remove: administrator.remove,
	},
	meeting: {
		create: meeting.create,
		get: meeting.get,
		getAll: meeting.getAll,
		getAllOngoing: meeting.getAllOngoing,
		getOnlineParticipants: meeting.getOnlineParticipants,
		getAllEnded: meeting.getAllEnded,
		getAttendance: meeting.getAttendance,
		cancel: meeting.cancel,
		lock: meeting.lock,
		unlock: meeting.unlock,
		muteAll: meeting.muteAll,
		unmuteAll: meeting.unmuteAll,
		update: meeting.update,
	},
	participant: { remove: participant.remove, mute: participant.mute, unmute: participant.unmute },
	recording: {
		getAll: recording.getAll,
		getDownloadLinks: recording.getDownloadLinks,
		download: recording.download,
		delete: recording.delete,
	},
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations);
}
