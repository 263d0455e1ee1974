import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { API_HOSTS, DEFAULT_BASE_URL, HUAWEI, huaweiAuth } from './common/huawei';
import { allowedDomainFields } from './common/httpRequestNode';
import { accessTokenField, preAuthenticate } from './common/tokenAuth';

const accountMode = { show: { authMode: ['account'] } };
const appIdMode = { show: { authMode: ['appId'] } };

export class HuaweiCloudMeetingApi implements ICredentialType {
	name = 'huaweiCloudMeetingApi';

	displayName = 'Huawei Cloud Meeting API';

	icon: Icon = {
		light: 'file:../nodes/HuaweiCloudMeeting/huaweiCloudMeeting.svg',
		dark: 'file:../nodes/HuaweiCloudMeeting/huaweiCloudMeeting.dark.svg',
	};

	documentationUrl = 'https://support.huaweicloud.com/api-meeting/meeting_21_0311.html';

	properties: INodeProperties[] = [
		{
			displayName: 'Auth Mode',
			name: 'authMode',
			type: 'options',
			options: [
				{
					name: 'Account & Password',
					value: 'account',
					description: "Sign in as an enterprise administrator's Huawei Cloud Meeting account",
				},
				{
					name: 'App ID',
					value: 'appId',
					description:
						'Sign requests with an App ID and App Key the enterprise administrator created',
				},
			],
			default: 'account',
		},
		{
			displayName: 'Account',
			name: 'account',
			type: 'string',
			default: '',
			required: true,
			displayOptions: accountMode,
			description: 'The Huawei Cloud Meeting account of an enterprise administrator',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: accountMode,
			description: "The account's password (8-32 characters)",
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: appIdMode,
			description:
				'The App ID the enterprise default administrator created in the Huawei Cloud Meeting admin portal',
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- the App Key is the HMAC signing secret
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: appIdMode,
			description:
				'The App Key that belongs to the App ID; it signs each token request and is never sent',
		},
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			default: '',
			displayOptions: appIdMode,
			description:
				"The third-party user ID to act as. Leave empty to act as the enterprise's default administrator.",
		},
		{
			displayName: 'SP Mode (Multi-Tenant App)',
			name: 'spMode',
			type: 'boolean',
			default: false,
			displayOptions: appIdMode,
			description:
				'Whether the App ID belongs to a service provider acting for one of its enterprises; then Corp ID is signed and sent too',
		},
		{
			displayName: 'Corp ID',
			name: 'corpId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authMode: ['appId'], spMode: [true] } },
			description:
				'The ID of the enterprise the SP app acts for. Only for SP mode: a single-tenant app that sends it fails to sign in.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				"Huawei Cloud Meeting's API host: https://api.meeting.huaweicloud.com (Chinese mainland) or https://api-intl.meeting.huaweicloud.com (international)",
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'options',
			options: [
				{ name: 'English', value: 'en-US' },
				{ name: 'Chinese', value: 'zh-CN' },
			],
			default: 'en-US',
			description: "The language of Huawei's messages (sent as Accept-Language)",
		},
		accessTokenField,
		{
			displayName: 'Webhook App ID (for the Trigger)',
			name: 'webhookSubscriberId',
			type: 'string',
			default: '',
			description:
				'Only for the Huawei Cloud Meeting Trigger: the subscriber App ID of the enterprise event push (sent as appID in every push)',
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- the key signs every push (HMAC)
		{
			displayName: 'Webhook Key (for the Trigger)',
			name: 'webhookSubscriberKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only for the Huawei Cloud Meeting Trigger: the subscriber key (App Key) the event push is signed with',
		},
		...allowedDomainFields(HUAWEI, API_HOSTS),
	];

	/** A fresh access token when n8n asks for one (the HTTP Request node with this credential). */
	preAuthentication = preAuthenticate(huaweiAuth);

	authenticate = huaweiAuth.authenticate;
}
