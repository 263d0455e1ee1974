import type { IDataObject } from 'n8n-workflow';

/** Turns DingTalk's 403 answers into what the admin has to do. */
export function forbiddenHint(code: string, body: IDataObject): string | undefined {
	if (code === 'Forbidden.AccessDenied.AccessTokenPermissionDenied') {
		const detail = (body.accessdenieddetail ?? {}) as IDataObject;
		const scopes = [detail.requiredScopes, detail.requiredScope].flat().filter(Boolean).join(', ');
		return `The app lacks a permission${scopes ? `: grant ${scopes}` : ' (VideoConference.Conference.Write for these operations)'} in the DingTalk developer console (Permissions), publish the app version, then retry.`;
	}
	if (code === 'Forbidden.AccessDenied.ApiCountLimitForOrg') {
		return "The organization's monthly API quota is used up; upgrade the DingTalk edition or wait for next month.";
	}
	if (code === 'Forbidden.AccessDenied.IpNotInWhiteList') {
		return "Add n8n's outgoing IP address to the app's IP allowlist in the DingTalk developer console.";
	}
	if (code.includes('QpsLimit')) {
		return 'DingTalk is throttling this app (20 calls per second per API); lower "Calls Per Second" or retry later.';
	}
	return undefined;
}

/**
 * Refusals about the unionIds a call carried (a user outside the organization or not in the
 * conference, an unknown user, a malformed id), not about the call: splitting a shared call
 * isolates the items at fault. Permission, quota, a closed conference or an unknown room would
 * refuse any call like it.
 */
export const ID_CODES = new Set(['param.error', 'paramsError', 'user.not.org', 'unknownUserError']);

/** Advice for the documented error codes of the Rooms and Video Conference operations. */
export const ERROR_ADVICE: Record<string, string> = {
	'param.error':
		'DingTalk reports a missing or malformed parameter; check the IDs (unionId, roomId) and the control body.',
	'user.not.org':
		'The operator unionId is not a member of this organization; use a unionId from this organization.',
	'user.over.limit':
		'More than 100 blocklist unionIds in one call; the node splits lists, so check the input.',
	'api.control.close':
		'Central control is not enabled for this meeting room; enable it for the room (ask your DingTalk account manager).',
	'system.error': 'DingTalk had an internal error; try again later.',
	systemError: 'DingTalk had an internal error; try again later.',
	paramsError:
		'DingTalk rejected the parameters; check the conference ID and the user unionIds (they must be in the conference).',
	confClosed: 'The conference has already ended, so it cannot be controlled any more.',
	noPermission:
		'The app has no right to operate this conference (only conferences the organization or app created can be controlled).',
	commandError: 'DingTalk rejected the command (lock/unlock, mute/un_mute).',
	resourceClose: 'The conference has already ended.',
	resourceCancel: 'The scheduled conference was cancelled.',
	roomClosed: 'The conference has already ended, so recording cannot be started or stopped.',
	roomNotFound: 'No such conference; check the conference ID (pick it "From List").',
	permissionError:
		'Only the host (video conference) or the creator (scheduled conference) may do this; set the Operator Union ID to theirs.',
	recordStartPermissionError:
		"Only the host may start cloud recording; set the Operator Union ID to the host's unionId.",
	recordStopPermissionError:
		"Only the host may stop cloud recording; set the Operator Union ID to the host's unionId.",
	recordStartError: 'DingTalk could not start the recording (is it already recording?).',
	recordStopError: 'DingTalk could not stop the recording (is it recording?).',
	paramsTitleError: 'The title is too long (DingTalk refuses more than 256 characters).',
	unknownUserError: 'DingTalk does not know that user; use a unionId of this organization.',
	orgAccessForbidden: 'The organization may not use video conferences through the API.',
	waterLimitError: 'DingTalk is limiting conference creation; try again later.',
	'user.not.admin':
		'The operator is not a meeting-room admin; use the unionId of a DingTalk Rooms admin.',
	'room.not.found': 'No such meeting room; check the room ID (pick it "From List").',
	'room.exist': 'A meeting room with that name already exists.',
	'room.name.unsafe': 'DingTalk refused the room name (content check).',
	'num.over.limit': 'The organization has reached its meeting-room quota.',
	'org.not.found': 'DingTalk does not know the organization of this app.',
	InvalidAuthentication:
		'The access token was rejected; check the credential (app type, Client ID, Client Secret).',
};
