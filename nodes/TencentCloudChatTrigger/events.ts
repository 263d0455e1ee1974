import type { INodePropertyOptions } from 'n8n-workflow';

/** Callback commands offered in the Events list (Tencent's CallbackCommand values). */
export const TENCENT_EVENTS: INodePropertyOptions[] = [
	{ name: 'Any Event', value: '*', description: 'Every callback enabled in the Chat console' },
	{ name: 'Account State Changed', value: 'State.StateChange', description: 'Login, logout or disconnect' },
	{ name: 'After Group Message Sent', value: 'Group.CallbackAfterSendMsg' },
	{ name: 'Before Apply to Join Group', value: 'Group.CallbackBeforeApplyJoinGroup', description: 'Can allow or reject the request' },
	{ name: 'Before Group Message Sent', value: 'Group.CallbackBeforeSendMsg', description: 'Can allow, reject, drop or rewrite the message' },
	{ name: 'Group Destroyed', value: 'Group.CallbackAfterGroupDestroyed' },
	{ name: 'Group Info Changed', value: 'Group.CallbackAfterGroupInfoChanged' },
	{ name: 'Member Left Group', value: 'Group.CallbackAfterMemberExit' },
	{ name: 'New Member Joined Group', value: 'Group.CallbackAfterNewMemberJoin' },
];

/** Before-callbacks: Tencent waits for the answer (2 s) and acts on its ErrorCode. */
export function isBeforeCallback(command: string): boolean {
	return /\.CallbackBefore/.test(command);
}

export const OK = { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 };

/** Tencent's reply for each decision a user can pick as the default. */
export const ANSWERS: Record<string, { ActionStatus: string; ErrorInfo: string; ErrorCode: number }> = {
	allow: OK,
	reject: { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 1 },
	drop: { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 2 },
};
