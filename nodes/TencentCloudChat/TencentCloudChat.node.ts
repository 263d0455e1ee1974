import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runOptionsProperty, scrubbedPickers, subtitleFor } from '../core';
import { router } from './actions/router';
import * as account from './actions/account';
import * as blockedWord from './actions/blockedWord';
import * as blockedWordLibrary from './actions/blockedWordLibrary';
import * as directMessage from './actions/directMessage';
import * as group from './actions/group';
import * as groupMember from './actions/groupMember';
import * as groupMessage from './actions/groupMessage';
import * as userProfile from './actions/userProfile';
import { credentialTest } from './methods/credentialTest';
import { searchGroups } from './methods/listSearch';
import { searchBlockedWordLibraries } from './methods/searchLibraries';
import { tencent } from './transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Blocked Word', value: 'blockedWord' },
			{ name: 'Blocked Word Library', value: 'blockedWordLibrary' },
			{ name: 'Direct Message', value: 'directMessage' },
			{ name: 'Group', value: 'group' },
			{ name: 'Group Member', value: 'groupMember' },
			{ name: 'Group Message', value: 'groupMessage' },
			{ name: 'User Profile', value: 'userProfile' },
		],
		default: 'groupMember',
	},
	...group.description,
	...groupMember.description,
	...groupMessage.description,
	...account.description,
	...directMessage.description,
	...userProfile.description,
	...blockedWord.description,
	...blockedWordLibrary.description,
	runOptionsProperty(tencent.spec),
];

export class TencentCloudChat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Tencent Cloud Chat',
		name: 'tencentCloudChat',
		icon: { light: 'file:tencentCloudChat.svg', dark: 'file:tencentCloudChat.dark.svg' },
		group: ['transform'],
		// [1] + defaultVersion 1: the credential can authenticate any Tencent call (HTTP Request node), so n8n
		// would inject "Custom API Call" here, an operation this node does not have (see the DingTalk node).
		version: [1],
		defaultVersion: 1,
		subtitle: subtitleFor(properties),
		documentationUrl:
			'https://github.com/meeting-admin/n8n-nodes-meeting-admin/blob/main/docs/tencent.md',
		description:
			'Ban or mute group members, recall messages; manage Tencent Cloud Chat (IM) groups, direct messages, accounts, user profiles and blocked words',
		defaults: { name: 'Tencent Cloud Chat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'tencentCloudChatApi', required: true, testedBy: 'tencentCloudChatApiTest' },
		],
		properties,
	};

	methods = {
		listSearch: scrubbedPickers({ searchGroups, searchBlockedWordLibraries }),
		credentialTest,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
