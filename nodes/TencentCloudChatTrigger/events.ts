import type { INodePropertyOptions } from 'n8n-workflow';

/** Callback commands offered in the Events list (Tencent's CallbackCommand values). */
export const TENCENT_EVENTS: INodePropertyOptions[] = [
	{ name: 'Any Event', value: '*', description: 'Every callback enabled in the Chat console' },
	{
		name: 'Account State Changed',
		value: 'State.StateChange',
		description: 'Login, logout or disconnect',
	},
	{ name: 'After Group Message Sent', value: 'Group.CallbackAfterSendMsg' },
	{
		name: 'Before Apply to Join Group',
		value: 'Group.CallbackBeforeApplyJoinGroup',
		description: 'Can allow or reject the request',
	},
	{
		name: 'Before Group Message Sent',
		value: 'Group.CallbackBeforeSendMsg',
		description: 'Can allow, reject, drop or rewrite the message',
	},
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
export const ANSWERS: Record<
	string,
	{ ActionStatus: string; ErrorInfo: string; ErrorCode: number }
> = {
	allow: OK,
	reject: { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 1 },
	drop: { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 2 },
};

/** Decision Timeout bounds: Tencent waits 2000 ms; the default answer needs a moment to travel. */
export const DECISION_TIMEOUT = { min: 100, max: 1950 };

/** Why `value` is no Decision Timeout (text, negative, fractional, out of range), or undefined. */
export function decisionTimeoutProblem(value: unknown): string | undefined {
	const n =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\s*\d+\s*$/.test(value)
				? Number(value)
				: NaN;
	if (!Number.isInteger(n))
		return `${JSON.stringify(value)?.slice(0, 40)} is not a whole number of milliseconds`;
	if (n < DECISION_TIMEOUT.min || n > DECISION_TIMEOUT.max)
		return `${n} ms is outside ${DECISION_TIMEOUT.min}–${DECISION_TIMEOUT.max} ms`;
	return undefined;
}

/** An answer Tencent acts on: ActionStatus text and a whole ErrorCode (MsgBody etc. may follow). */
export function isTencentAnswer(answer: unknown): boolean {
	if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return false;
	const { ActionStatus, ErrorCode } = answer as Record<string, unknown>;
	return typeof ActionStatus === 'string' && Number.isInteger(ErrorCode);
}
