import { huawei } from '../transport';

/**
 * The credential test (`testedBy`): a fresh access token from the values on screen, then one
 * cloud meeting room listed, which proves the token has administrator rights.
 */
export const credentialTest = {
	huaweiCloudMeetingApiTest: huawei.credentialTest(() => ({
		method: 'GET',
		path: '/v1/usg/dcs/corp/vmr',
		api: 'corp/vmr',
		qs: { offset: 0, limit: 1 },
		idempotent: true,
	})),
};
