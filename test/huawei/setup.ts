// Huawei Cloud Meeting tests: the fake (started once per file), credential factories, workflow
// builders and a secret scan over every log line. Test files import what they need; `fake` is a
// live binding, set in beforeAll.
import * as crypto from 'node:crypto';

import { captureLogs, loadPackage, runWorkflow, singleNodeWorkflow } from '../../devkit/engine';
import { testCredential } from '../../devkit/contexts';
import { FakeHuawei } from '../../devkit/fakes/huawei';
import { findSecrets, runSurface } from '../../devkit/secrets';

export { crypto, runWorkflow, testCredential, findSecrets, runSurface };

// eslint-disable-next-line import/no-mutable-exports
export let fake: any;
let logs: string[];
// eslint-disable-next-line import/no-mutable-exports
export let seq = 0;
const seen: { secrets: string[] } = { secrets: [] };
export const FAST = { retryDelayMs: 5 };
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Starts the fake for this file; after the file, no secret may show in any log line. */
export function useFake(options: Record<string, unknown> = {}) {
	beforeAll(async () => {
		logs = captureLogs();
		await loadPackage();
		fake = await new FakeHuawei(options).start();
	});
	afterAll(async () => {
		await fake.stop();
		// Every secret any test used or the fake saw, against every log line any test produced.
		expect(findSecrets([logs], allSecrets())).toEqual([]);
	});
	beforeEach(() => fake.reset());
}

export const secret = (prefix: string) => {
	const value = `${prefix}-${crypto.randomBytes(9).toString('hex')}`;
	seen.secrets.push(value);
	return value;
};

/** Everything secret: passwords, App Keys, Basic headers, signatures, chair passwords and tokens the fake saw. */
export function allSecrets(): string[] {
	const basic = fake.authHeaders
		.filter((h: string) => h.startsWith('Basic '))
		.map((h: string) => h.slice(6));
	return [
		...seen.secrets,
		...basic,
		...fake.signatures,
		...fake.tokens.keys(),
		...fake.conferenceTokens.keys(),
		...fake.passwordsSeen.filter(Boolean),
		// New passwords ResetPwdByAdmin sent to users (huawei/admins.js).
		...(fake.passwordNotices ?? []).map((n: { password: string }) => n.password),
	];
}
export const secretScan = (result: any) => findSecrets(runSurface(result), allSecrets());

/** A fresh admin account per test: the token cache is per credential and process-wide. */
export function accountCredential(extra: Record<string, unknown> = {}) {
	seq++;
	const account = `admin-${seq}@corp`;
	const password = secret('pw');
	fake.addUser(account, { password, ...extra });
	return {
		account,
		password,
		credentials: {
			'cred-1': {
				type: 'huaweiCloudMeetingApi',
				data: { authMode: 'account', account, password, baseUrl: fake.url } as Record<
					string,
					unknown
				>,
			},
		},
	};
}

export function appCredential({ sp = false, userId = '' } = {}) {
	seq++;
	const app = {
		appId: `app-${seq}-${crypto.randomBytes(4).toString('hex')}`,
		appKey: secret('appkey'),
		...(sp ? { corpId: `corp-${seq}` } : {}),
	} as { appId: string; appKey: string; corpId?: string };
	fake.addApp(app);
	const data: Record<string, unknown> = {
		authMode: 'appId',
		appId: app.appId,
		appKey: app.appKey,
		userId,
		baseUrl: fake.url,
		...(sp ? { spMode: true, corpId: app.corpId } : {}),
	};
	return { app, credentials: { 'cred-1': { type: 'huaweiCloudMeetingApi', data } } };
}

/** A member (accountType 0) owning `count` fresh VMRs. */
export function memberWithVmrs(account: string, count: number, accountType = 0): string[] {
	if (accountType === 0)
		fake.addUser(account, { password: crypto.randomBytes(8).toString('hex'), admin: false });
	else fake.addThirdPartyUser(account);
	const ids: string[] = fake.addVmrs(count, account);
	for (const id of ids)
		Object.assign(fake.vmrs.get(id), {
			member: { account, accountType, name: account },
			status: 0,
		});
	return ids;
}

/** A one-node workflow for any resource and operation. */
export const huaweiNode = (
	resource: string,
	operation: string,
	params: Record<string, unknown> = {},
) =>
	singleNodeWorkflow(
		'huaweiCloudMeeting',
		{ resource, operation, options: FAST, ...params },
		'huaweiCloudMeetingApi',
	);
/** A resource locator value typed "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const node = (operation: string, params: Record<string, unknown> = {}) =>
	huaweiNode('cloudMeetingRoom', operation, params);
export const reclaim = (params: Record<string, unknown> = {}) =>
	node('reclaimFromMember', {
		account: '={{ $json.account }}',
		vmrIds: '={{ $json.vmrIds }}',
		...params,
	});
export const assign = (params: Record<string, unknown> = {}) =>
	node('assignToMember', {
		account: '={{ $json.account }}',
		vmrIds: '={{ $json.vmrIds }}',
		...params,
	});
export const getAll = (params: Record<string, unknown> = {}) => node('getAll', params);
export const RECLAIM = /^\/v1\/usg\/dcs\/corp\/vmr\/recycle-from-member\//;
export const ASSIGN = /^\/v1\/usg\/dcs\/corp\/vmr\/assign-to-member\//;

/**
 * The context n8n-core builds for a picker ("From list") in the editor: a LoadOptionsContext over
 * a one-node workflow, with a credentials helper that decrypts from `data` and applies the
 * credential's `authenticate`. (devkit/engine.js has no such helper yet.)
 */
export async function pickerContext(
	data: Record<string, unknown>,
	parameters: Record<string, unknown> = {},
) {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const core = require('n8n-core');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { Workflow, NodeHelpers, ICredentialsHelper } = require('n8n-workflow');
	const { loader } = await loadPackage();
	const credType = loader.getCredential('huaweiCloudMeetingApi').type;
	const nodeType = loader.nodeTypes.huaweiCloudMeeting.type;
	class Helper extends ICredentialsHelper {
		getParentTypes() {
			return [];
		}
		isCredentialUsableByNode() {
			return true;
		}
		getCredentialsProperties() {
			return credType.properties;
		}
		async getDecrypted() {
			return NodeHelpers.getNodeParameters(credType.properties, data, true, false, null, null);
		}
		async authenticate(credentials: any, _type: string, options: any) {
			return await credType.authenticate(credentials, options);
		}
		async preAuthentication() {
			return undefined;
		}
		async getCredentials() {
			return { getData: () => data };
		}
		async updateCredentials() {}
		async updateCredentialsOauthTokenData() {}
	}
	const node = {
		id: 'p1',
		name: 'Vendor',
		type: 'n8n-nodes-meeting-admin.huaweiCloudMeeting',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { huaweiCloudMeetingApi: { id: 'cred-1', name: 'c' } },
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: new Helper(),
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		variables: {},
		userId: 'test-user',
	};
	return {
		ctx: new core.LoadOptionsContext(workflow, node, additionalData, 'parameters'),
		methods: nodeType.methods,
	};
}
