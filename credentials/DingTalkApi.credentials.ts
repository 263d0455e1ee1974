import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { API_HOSTS, DINGTALK, dingTalkAuth } from './common/dingtalk';
import { allowedDomainFields } from './common/httpRequestNode';
import { accessTokenField, preAuthenticate } from './common/tokenAuth';

export class DingTalkApi implements ICredentialType {
	name = 'dingTalkApi';

	displayName = 'DingTalk API';

	icon: Icon = {
		light: 'file:../nodes/DingTalk/dingtalk.svg',
		dark: 'file:../nodes/DingTalk/dingtalk.dark.svg',
	};

	documentationUrl =
		'https://open.dingtalk.com/document/orgapp/obtain-the-access-token-of-an-internal-app';

	properties: INodeProperties[] = [
		{
			displayName: 'App Type',
			name: 'appType',
			type: 'options',
			options: [
				{
					name: 'Internal App',
					value: 'internal',
					description: 'An app your own organization created in the DingTalk developer console',
				},
				{
					name: 'Third-Party Enterprise App',
					value: 'thirdParty',
					description: 'An app from another vendor that an organization authorized',
				},
			],
			default: 'internal',
		},
		{
			displayName: 'Client ID (AppKey)',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: "The app's Client ID, shown as AppKey in the DingTalk developer console",
		},
		{
			displayName: 'Client Secret (AppSecret)',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The app's Client Secret, shown as AppSecret in the DingTalk developer console",
		},
		{
			displayName: 'Corp ID',
			name: 'corpId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { appType: ['thirdParty'] } },
			description: 'The Corp ID of the organization that authorized the third-party app',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.dingtalk.com',
			description:
				"DingTalk's OpenAPI host. Change it only if your tenant uses another gateway (for example https://api.dingtalk.io).",
		},
		{
			displayName: 'Operator Union ID',
			name: 'operatorUnionId',
			type: 'string',
			default: '',
			description:
				'Optional. The unionId of the admin on whose behalf calls are made, used by every operation whose own "Operator Union ID" is empty (many room and conference APIs need one). Also used by the "From List" pickers.',
		},
		accessTokenField,
		{
			displayName: 'Callback Token (for the Trigger)',
			name: 'callbackToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only for the DingTalk Trigger: the Token under your app > Event Subscription > HTTP push in the developer console',
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-unnecessary-password -- the AES key decrypts every push
		{
			displayName: 'Callback AES Key (for the Trigger)',
			name: 'callbackAesKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only for the DingTalk Trigger: the 43-character aes_key (encryption key) shown next to the Token',
		},
		...allowedDomainFields(DINGTALK, API_HOSTS),
	];

	/** A fresh access token when n8n asks for one (the HTTP Request node with this credential). */
	preAuthentication = preAuthenticate(dingTalkAuth);

	authenticate = dingTalkAuth.authenticate;
}
