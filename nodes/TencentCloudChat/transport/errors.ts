/** What the admin should do about each ErrorCode Tencent documents for these APIs. */
export const ERROR_ADVICE: Record<number, string> = {
	10002: 'Tencent had an internal error; the call was retried and can be run again later.',
	10003: 'Tencent did not recognise the API (invalid command word); check the Region / Base URL.',
	10004: 'Tencent rejected a parameter (invalid parameter); check the Group ID, the member accounts and the numbers against ErrorInfo.',
	10005: 'Too many members in one request (Tencent accepts at most 20 per ban/unban call); the node splits lists, so check the input.',
	10006: 'Tencent is limiting the call frequency for this app; lower "Calls Per Second" or retry later.',
	10007: 'No permission for this operation. Banning/unbanning needs the Pro, Pro Plus or Enterprise edition and the console switch Feature configuration > Group configuration > Group feature configuration > Audio-video group member banning; the identifier must be an App admin.',
	10010: 'The group does not exist or was disbanded; check the Group ID.',
	10015: 'The Group ID is invalid; check it (for example "@TGS#aJRGC4MH6").',
	10019: 'A member account does not exist in this app; check the accounts (they must be imported users).',
	60006: 'The SDKAppID is invalid; check the credential.',
	60007: 'Tencent limits REST calls to 200 per second per API; lower "Calls Per Second" or retry later.',
	60010: 'The Admin Identifier is not an App admin; use an account listed under App admin in the Chat console.',
	60011: 'The SDKAppID exceeded its overall call frequency; lower "Calls Per Second" or retry later.',
	60016: 'The SDKAppID is disabled; re-enable the app in the Chat console.',
	60020: 'The Pro edition package has expired; renew it in the Chat console.',
	60021: "n8n's IP address is not on the app's allowlist; add it in the Chat console.",
	70001: 'The UserSig expired and a renewed one was refused too; check the server clock of n8n.',
	70003: 'Tencent could not parse the UserSig; check the SDKAppID, Admin Identifier and Secret Key in the credential.',
	70009: 'UserSig verification failed: the Secret Key does not belong to this SDKAppID. Copy the key again from the Chat console.',
	70013: 'The identifier does not match the UserSig; check the Admin Identifier in the credential.',
	70014: 'The SDKAppID does not match the UserSig; check the SDKAppID in the credential.',
	70016: 'Tencent has no key for this SDKAppID in this data center: the Region is probably wrong.',
	70020: 'This data center does not know the SDKAppID: check the SDKAppID and the Region.',
	70050: 'Too many failed UserSig verifications; wait a minute, then fix the Secret Key.',
};

/** Codes that mean "too many calls right now": the call was refused, so resending is safe. */
export const THROTTLE_CODES = new Set([60007, 60011, 10006, 60018, 60019]);

/** Codes that mean a passing failure on Tencent's side. */
export const TRANSIENT_CODES = new Set([10002]);

export function adviceFor(code: number): string {
	return ERROR_ADVICE[code] ?? 'See Tencent Cloud Chat error codes (https://trtc.io/document/34348) for this ErrorCode.';
}
