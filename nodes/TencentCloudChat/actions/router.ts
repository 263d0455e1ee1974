import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationTable } from '../../core';
import { route } from '../../core';
import * as account from './account';
import * as blockedWord from './blockedWord';
import * as blockedWordLibrary from './blockedWordLibrary';
import * as directMessage from './directMessage';
import * as group from './group';
import * as groupMember from './groupMember';
import * as groupMessage from './groupMessage';
import * as userProfile from './userProfile';

export const operations: OperationTable = {
	group: {
		create: group.create,
		get: group.get,
		getAll: group.getAll,
		update: group.update,
		delete: group.delete,
		muteAll: group.muteAll,
		unmuteAll: group.unmuteAll,
		getAllForUser: group.getAllForUser,
		changeOwner: group.changeOwner,
	},
	groupMember: {
		add: groupMember.add,
		remove: groupMember.remove,
		getAll: groupMember.getAll,
		update: groupMember.update,
		unban: groupMember.unban,
		ban: groupMember.ban,
		getBanned: groupMember.getBanned,
		mute: groupMember.mute,
		unmute: groupMember.unmute,
		getMuted: groupMember.getMuted,
	},
	groupMessage: {
		send: groupMessage.send,
		sendSystemNotification: groupMessage.sendSystemNotification,
		recall: groupMessage.recall,
		deleteBySender: groupMessage.deleteBySender,
		getHistory: groupMessage.getHistory,
	},
	directMessage: {
		send: directMessage.send,
		sendToMany: directMessage.sendToMany,
		recall: directMessage.recall,
	},
	blockedWord: {
		add: blockedWord.add,
		delete: blockedWord.delete,
		getAll: blockedWord.getAll,
	},
	blockedWordLibrary: {
		getAll: blockedWordLibrary.getAll,
	},
	account: {
		import: account.import,
		check: account.check,
		setGlobalMute: account.setGlobalMute,
		getGlobalMute: account.getGlobalMute,
		delete: account.delete,
		forceLogout: account.forceLogout,
	},
	userProfile: { get: userProfile.get, update: userProfile.update },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route(this, operations);
}
