/**
 * ErrorCodes of the one-to-one message commands (openim/sendmsg, batchsendmsg, admin_msgwithdraw)
 * and of content moderation (im_msg_audit_mgr/*), from their Tencent pages, with what to do.
 */
export const MESSAGE_ADVICE: Record<number, string> = {
	20003: 'The recipient (To_Account) is not a valid account of this app; import it first.',
	20004:
		'Tencent had a network error; the message may not have been sent. Check before sending again.',
	20005:
		'Tencent had an internal error; the message may not have been sent. Check before sending again.',
	20006: "The app's before-send callback refused the message; check your callback handler.",
	20007: 'The recipient blocked the sender.',
	20022: 'The message to recall does not exist; check From Account, To Account and the MsgKey.',
	20023: 'The message was already recalled.',
	90001: 'Tencent could not parse the JSON body; report this as a bug of the node.',
	90003: 'The recipient (To_Account) is missing or does not exist; import the account first.',
	90008:
		'The sender (From_Account) is missing or does not exist; import it first or leave From Account empty.',
	90009: 'The call needs the App admin identifier; check the credential.',
	90011:
		"More than 500 recipients in one batch; the node sends 500 per call, so Tencent's limit is lower than documented.",
	90054: 'The MsgKey is not valid; use the msgKey from Send or Send to Many.',
	91000:
		'Tencent had an internal error; the call may or may not have arrived. Check before running again.',
	2001: 'Tencent content moderation had an internal error; retry later.',
	2002: 'Tencent does not support this moderation command for the app; check the Region (Singapore only).',
	2003: 'Tencent refused a parameter; check the Library (LibID) and the words.',
	2004: 'No permission for content moderation with this app; check the app in the Chat console.',
	2015: 'Cloud Moderation is not enabled for this app; enable it in the Chat console (Singapore apps).',
	2016: 'Too many words in one call; Tencent does not document its limit (the node sends 10 per call).',
};

/** Passing failures of these commands: retried for calls safe to repeat. */
export const MESSAGE_TRANSIENT_CODES = [2001];
