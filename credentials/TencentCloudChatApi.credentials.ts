import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { answerFn } from './common/answer';
import type { TencentCredentials } from './common/tencent';
import { REGION_HOSTS, randomUint32, tencentAuth } from './common/tencent';
import { tokenFor } from './common/tokenAuth';

/** Account and signature failures the credential test can meet, with Tencent's meaning. */
const TEST_FAILURES: Array<[number, string]> = [
	[70001, 'UserSig expired: check the server clock'],
	[70003, 'UserSig could not be parsed'],
	[70009, 'UserSig verification failed: the Secret Key does not belong to this SDKAppID'],
	[70013, 'the identifier in the request does not match the UserSig'],
	[70014, 'the SDKAppID in the request does not match the UserSig'],
	[70016, 'no key found for this SDKAppID: the Region (data center) is probably wrong'],
	[70020, 'SDKAppID not found: check the SDKAppID and the Region (data center)'],
	[70050, 'too many failed verifications: wait a minute, then fix the Secret Key'],
	[60006, 'the SDKAppID is invalid'],
	[60010, 'the Admin Identifier is not an App admin of this app'],
	[60016, 'the SDKAppID is disabled'],
	[60020, 'the Pro edition package has expired'],
	[60021, "n8n's IP address is not on the app's allowlist"],
];

export class TencentCloudChatApi implements ICredentialType {
	name = 'tencentCloudChatApi';

	displayName = 'Tencent Cloud Chat API';

	icon: Icon = {
		light: 'file:../nodes/TencentCloudChat/tencentCloudChat.svg',
		dark: 'file:../nodes/TencentCloudChat/tencentCloudChat.dark.svg',
	};

	documentationUrl = 'https://trtc.io/document/34580';

	properties: INodeProperties[] = [
		{
			displayName: 'SDKAppID',
			name: 'sdkAppId',
			type: 'number',
			default: '',
			required: true,
			description: 'The SDKAppID the Chat console assigned when the app was created (a number such as 1400000000)',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The app's key (Chat console > Application Configuration > Basic Information). Used only to sign UserSigs locally; never sent.",
		},
		{
			displayName: 'Admin Identifier',
			name: 'identifier',
			type: 'string',
			default: 'administrator',
			required: true,
			description: 'An App admin account of this app (Chat console > App admin). REST calls made by other accounts are refused with ErrorCode 60010.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'China (console.tim.qq.com)', value: 'china' },
				{ name: 'Custom', value: 'custom', description: 'Another host, such as a *.my-imcloud.com backup domain' },
				{ name: 'Frankfurt (adminapiger.im.qcloud.com)', value: 'frankfurt' },
				{ name: 'Jakarta (adminapiidn.im.qcloud.com)', value: 'jakarta' },
				{ name: 'Mumbai (adminapiind.im.qcloud.com)', value: 'mumbai' },
				{ name: 'Seoul (adminapikr.im.qcloud.com)', value: 'seoul' },
				{ name: 'Silicon Valley (adminapiusa.im.qcloud.com)', value: 'siliconValley' },
				{ name: 'Singapore (adminapisgp.im.qcloud.com)', value: 'singapore' },
				{ name: 'Tokyo (adminapijpn.im.qcloud.com)', value: 'tokyo' },
			],
			default: 'china',
			description: 'The data center where the SDKAppID was created. A wrong region answers ErrorCode 70016 or 70020.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://adminapisgp.my-imcloud.com',
			required: true,
			displayOptions: { show: { region: ['custom'] } },
			description: 'Scheme and host of the REST API, without /v4',
		},
		{
			displayName: 'Callback Token (for the Trigger)',
			name: 'callbackToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Only for the Tencent Cloud Chat Trigger: the token of Callback Configuration > callback authentication in the Chat console. Empty: only the SDKAppID is checked.',
		},
	];

	/**
	 * Signs each request: Tencent wants the SDKAppID, the admin, a UserSig and a fresh random
	 * number in the query string. The UserSig is made locally and reused until shortly before it expires.
	 */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const creds = credentials as unknown as TencentCredentials;
		// The node's transport hands in the UserSig it already holds; elsewhere (credential test,
		// HTTP Request node) it comes from the same cache. No HTTP is needed to make one.
		const usersig = creds.accessToken || (await tokenFor(tencentAuth, answerFn(async () => ({})), creds));
		requestOptions.qs = {
			...(requestOptions.qs ?? {}),
			sdkappid: String(creds.sdkAppId).trim(),
			identifier: String(creds.identifier).trim(),
			usersig,
			random: randomUint32(),
			contenttype: 'json',
		};
		return requestOptions;
	}

	// Asks whether the admin account exists: cheap, read-only, and signed like every other call.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.region === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : "https://" + (${JSON.stringify(REGION_HOSTS)})[$credentials.region]}}`,
			url: '/v4/im_open_login_svc/account_check',
			method: 'POST',
			json: true,
			body: { CheckItem: [{ UserID: '={{String($credentials.identifier).trim()}}' }] },
		},
		rules: TEST_FAILURES.map(([code, meaning]) => ({
			type: 'responseSuccessBody' as const,
			properties: { key: 'ErrorCode', value: code, message: `Tencent Cloud Chat ErrorCode ${code}: ${meaning}` },
		})),
	};
}
