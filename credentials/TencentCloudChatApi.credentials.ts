import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { allowedDomainFields } from './common/httpRequestNode';
import { REGION_HOSTS, TENCENT, tencentAuth } from './common/tencent';

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
			description:
				'The SDKAppID the Chat console assigned when the app was created (a number such as 1400000000)',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The app's key (Chat console > Application Configuration > Basic Information). Used only to sign UserSigs locally; never sent.",
		},
		{
			displayName: 'Admin Identifier',
			name: 'identifier',
			type: 'string',
			default: 'administrator',
			required: true,
			description:
				'An App admin account of this app (Chat console > App admin). REST calls made by other accounts are refused with ErrorCode 60010.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'China (console.tim.qq.com)', value: 'china' },
				{
					name: 'Custom',
					value: 'custom',
					description: 'Another host, such as a *.my-imcloud.com backup domain',
				},
				{ name: 'Frankfurt (adminapiger.im.qcloud.com)', value: 'frankfurt' },
				{ name: 'Jakarta (adminapiidn.im.qcloud.com)', value: 'jakarta' },
				{ name: 'Mumbai (adminapiind.im.qcloud.com)', value: 'mumbai' },
				{ name: 'Seoul (adminapikr.im.qcloud.com)', value: 'seoul' },
				{ name: 'Silicon Valley (adminapiusa.im.qcloud.com)', value: 'siliconValley' },
				{ name: 'Singapore (adminapisgp.im.qcloud.com)', value: 'singapore' },
				{ name: 'Tokyo (adminapijpn.im.qcloud.com)', value: 'tokyo' },
			],
			default: 'china',
			description:
				'The data center where the SDKAppID was created. A wrong region answers ErrorCode 70016 or 70020.',
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
			description:
				'Only for the Tencent Cloud Chat Trigger: the token of Callback Configuration > callback authentication in the Chat console. Empty: only the SDKAppID is checked.',
		},
		...allowedDomainFields(TENCENT, Object.values(REGION_HOSTS)),
	];

	authenticate = tencentAuth.authenticate;
}
