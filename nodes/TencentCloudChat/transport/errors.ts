import { LIMITS } from '../descriptions/limits';
import { MESSAGE_ADVICE, MESSAGE_TRANSIENT_CODES } from './messageErrors';

/** What the admin should do about each ErrorCode Tencent documents for these APIs. */
export const ERROR_ADVICE: Record<number, string> = {
	10002: 'Tencent had an internal error; the call was retried and can be run again later.',
	10003: 'Tencent did not recognise the API (invalid command word); check the Region / Base URL.',
	10004:
		'Tencent rejected a parameter (invalid parameter); check the Group ID, the member accounts and the numbers against ErrorInfo.',
	10005: `Too many accounts or entries in one request. The node splits lists at each command's documented limit (ban/unban ${LIMITS.ban}, mute ${LIMITS.mute}, add ${LIMITS.add}, remove ${LIMITS.remove}, recall ${LIMITS.recall}, import ${LIMITS.import}); if Tencent still refuses, its limit is lower than documented.`,
	10006:
		'Tencent is limiting the call frequency for this app; lower "Calls Per Second" or retry later.',
	10007:
		'No permission for this operation, or the group type does not support it. Live-stream groups (AVChatRoom) cannot add, remove, list or edit members with these commands (use Get Many with "Live-Stream Group" or Ban). Banning/unbanning needs the Pro, Pro Plus or Enterprise edition and the console switch Feature configuration > Group configuration > Group feature configuration > Audio-video group member banning; the identifier must be an App admin.',
	10008: 'Tencent found the request invalid (signature check); check the credential.',
	10009: 'The group owner cannot leave the group; transfer ownership first.',
	10010: 'The group does not exist or was disbanded; check the Group ID.',
	10011: 'Tencent could not parse the JSON body; report this as a bug of the node.',
	10012: 'The operating UserID is invalid; check the sender or owner account.',
	10013: 'The account is already a member of the group.',
	10014: 'The group is full; raise Max Members or add fewer members.',
	10015: 'The Group ID is invalid; check it (for example "@TGS#aJRGC4MH6").',
	10016:
		"The app's own callback (webhook) refused this operation; check your Before-callback handler.",
	10017:
		'The sender is muted (in the group, the whole group, or app-wide); unmute it or send as the App admin.',
	10018: 'The answer would exceed 1 MB; ask for less in one call (lower the Limit).',
	10019:
		'A member account does not exist in this app; check the accounts (they must be imported users: Account > Import).',
	10021: 'The Group ID is already used; choose another custom Group ID.',
	10023: 'Messages are being sent too fast; leave more time between sends.',
	10024: 'This invitation or request was already handled.',
	10025: 'The Group ID is already used and the operator owns it; use the existing group.',
	10026: 'This command is disabled for the SDKAppID; check the Chat console or contact Tencent.',
	10030: 'The message to recall does not exist; check the MsgSeq (from Send Message output).',
	10031: 'The message is past the recall time limit.',
	10032: 'This message cannot be recalled.',
	10033: 'This group type does not support recalling messages.',
	10034: 'This message type cannot be deleted.',
	10035: 'Live-stream (AVChatRoom) and broadcast groups do not support deleting messages.',
	10036:
		'The number of live-stream groups exceeds your plan; buy the "IM live-stream group" package.',
	10037: 'The account has created or joined too many groups for your plan.',
	10038: 'The group has more members than your plan allows; buy the "extended group size" package.',
	10041: 'The app is configured not to allow recalling group messages (Chat console).',
	40001:
		'Tencent rejected a profile field (a Tag it does not know, or a value too long: strings at most 500 bytes); check ErrorInfo.',
	40003:
		'The account does not exist in this app (never imported, or deleted); check the account ID.',
	60006: 'The SDKAppID is invalid; check the credential.',
	60007:
		'Tencent limits REST calls to 200 per second per API; lower "Calls Per Second" or retry later.',
	60010:
		'The Admin Identifier is not an App admin; use an account listed under App admin in the Chat console.',
	60011:
		'The SDKAppID exceeded its overall call frequency; lower "Calls Per Second" or retry later.',
	60016: 'The SDKAppID is disabled; re-enable the app in the Chat console.',
	60020: 'The Pro edition package has expired; renew it in the Chat console.',
	60021: "n8n's IP address is not on the app's allowlist; add it in the Chat console.",
	70107: 'The account was not imported into this app; import it first (Account > Import).',
	70169: 'Tencent timed out; retry later.',
	70398:
		'The account quota of your edition is used up (the trial edition allows 100); upgrade or delete accounts.',
	70402:
		'Tencent rejected a parameter (an account ID must be at most 32 bytes of printable ASCII); check the accounts against ErrorInfo.',
	70403: 'The operation needs the App admin identifier; check the credential.',
	70500: 'Tencent had an internal error; retry later.',
	80001: "The text hit Tencent's content safety filter; change the text.",
	70001: 'The UserSig expired and a renewed one was refused too; check the server clock of n8n.',
	70003:
		'Tencent could not parse the UserSig; check the SDKAppID, Admin Identifier and Secret Key in the credential.',
	70009:
		'UserSig verification failed: the Secret Key does not belong to this SDKAppID. Copy the key again from the Chat console.',
	70013: 'The identifier does not match the UserSig; check the Admin Identifier in the credential.',
	70014: 'The SDKAppID does not match the UserSig; check the SDKAppID in the credential.',
	70016: 'Tencent has no key for this SDKAppID in this data center: the Region is probably wrong.',
	70020: 'This data center does not know the SDKAppID: check the SDKAppID and the Region.',
	70050: 'Too many failed UserSig verifications; wait a minute, then fix the Secret Key.',
	...MESSAGE_ADVICE,
};

/** Codes that mean "too many calls right now": the call was refused, so resending is safe. */
export const THROTTLE_CODES = new Set([60007, 60011, 10006, 60018, 60019]);

/**
 * Refusals about accounts or entries a call carried, not about the call: an account that does not
 * exist or was not imported, a malformed account ID or parameter, a member already in or owning the
 * group, a list too long. Splitting a shared call isolates the items at fault. Every other refusal
 * (permission, unknown group, the app's plan or state) would refuse any call like it.
 */
export const ID_CODES = new Set([10004, 10005, 10009, 10013, 10019, 70107, 70402]);

/** Codes that mean a passing failure on Tencent's side. */
export const TRANSIENT_CODES = new Set([10002, 70169, 70500, ...MESSAGE_TRANSIENT_CODES]);

export function adviceFor(code: number): string {
	return (
		ERROR_ADVICE[code] ??
		'See Tencent Cloud Chat error codes (https://trtc.io/document/34348) for this ErrorCode.'
	);
}
