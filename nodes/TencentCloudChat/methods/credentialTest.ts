import { tencent } from '../transport';

/**
 * The credential test (`testedBy`): a fresh UserSig from the values on screen, then whether the
 * admin account exists: cheap, read-only, and signed like every other call.
 */
export const credentialTest = {
	tencentCloudChatApiTest: tencent.credentialTest((creds) => ({
		path: '/v4/im_open_login_svc/account_check',
		api: 'im_open_login_svc/account_check',
		body: { CheckItem: [{ UserID: String(creds.identifier).trim() }] },
		idempotent: true,
	})),
};
