// Shared by the Tencent Cloud Chat tests: the fake server, a fresh app (credential) per test, workflow
// builders, the secret scan over everything a run reports, and a picker context built by n8n-core.
import { LoadOptionsContext } from 'n8n-core';
import type { IDataObject, INode, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require('../../devkit/engine');
const contexts = require('../../devkit/contexts');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const secrets = require('../../devkit/secrets');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fakes = require('../../devkit/fakes/tencent');

export const { runWorkflow, singleNodeWorkflow, loadPackage, captureLogs, PACKAGE_DIR } = engine;
export const { testCredential } = contexts;
export const { findSecrets, runSurface } = secrets;
export const { FakeTencent, decodeUserSig } = fakes;

export type Json = IDataObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const FAST = { retryDelayMs: 5 };
/** Combining off: each item sends its own calls (tests that assert per-item call boundaries). */
export const ALONE = { ...FAST, combineItems: false };

/** One fake per test file, a secret scan at the end over every run's output, error and log line. */
export function useFake() {
	const ctx: { fake: any; logs: string[] } = { fake: undefined, logs: [] }; // eslint-disable-line @typescript-eslint/no-explicit-any
	const seen = { secrets: [] as string[], usersigs: new Set<string>(), surfaces: [] as unknown[] };
	let appSeq = 0;
	let groupSeq = 0;

	beforeAll(async () => {
		ctx.logs = captureLogs();
		await loadPackage();
		ctx.fake = await new FakeTencent().start();
	});
	afterEach(() => {
		for (const s of ctx.fake.usersigs) seen.usersigs.add(s);
	});
	afterAll(async () => {
		await ctx.fake.stop();
		expect(findSecrets([...seen.surfaces, ctx.logs], [...seen.secrets, ...seen.usersigs])).toEqual(
			[],
		);
	});
	beforeEach(() => ctx.fake.reset());

	/** A fresh app per test: the UserSig cache is per credential and process-wide. */
	function newApp({
		admins,
		banning,
		credential = {},
	}: { admins?: string[]; banning?: boolean; credential?: IDataObject } = {}) {
		appSeq++;
		const app = {
			sdkAppId: 1400000000 + appSeq * 7 + Math.floor(Math.random() * 5),
			secretKey: `tencent-key-${appSeq}-${Math.random().toString(36).slice(2)}`,
		};
		ctx.fake.addApp({ ...app, admins, banning });
		seen.secrets.push(app.secretKey);
		const data = {
			sdkAppId: app.sdkAppId,
			secretKey: app.secretKey,
			identifier: 'administrator',
			region: 'custom',
			baseUrl: ctx.fake.url,
			...credential,
		};
		return { app, data, credentials: { 'cred-1': { type: 'tencentCloudChatApi', data } } };
	}

	const newGroup = (state?: IDataObject) => {
		const id = `@TGS#group${++groupSeq}`;
		ctx.fake.addGroup(id, state);
		return id;
	};

	async function run(workflow: unknown, options: IDataObject) {
		const result = await runWorkflow(workflow, options);
		seen.surfaces.push(...runSurface(result));
		return result;
	}

	return { ctx, seen, newApp, newGroup, run };
}

/** A one-node workflow for `resource` with Tencent's credential. */
export const workflowFor =
	(resource: string) =>
	(operation: string, params: IDataObject = {}) =>
		singleNodeWorkflow(
			'tencentCloudChat',
			{ resource, operation, options: FAST, ...params },
			'tencentCloudChatApi',
		);

/** The same workflow with "Continue On Fail" (error items instead of a failed run). */
export function continueOnFail<T extends { nodes: Array<{ onError?: string }> }>(workflow: T): T {
	workflow.nodes[1].onError = 'continueRegularOutput';
	return workflow;
}

export const jsonOf = (result: { output(name: string): Array<{ json: Json }> }): Json[] =>
	result.output('Vendor').map((i) => i.json);
export const accounts = (n: number, prefix = 'user') =>
	Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** A resource locator value "By ID", as the editor saves it. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * A picker's search as n8n runs it in the editor: n8n-core's LoadOptionsContext for our node, with
 * the credential resolved through the engine's credentials helper (devkit has no picker helper).
 */
export async function pickerSearch(
	method: string,
	credentials: IDataObject,
	filter?: string,
	paginationToken?: string,
) {
	const { loader, packageName } = await loadPackage();
	const nodeType = loader.nodeTypes.tencentCloudChat.type as INodeType;
	// A throwaway run hands back the engine's credentials helper over this store.
	const { credentialsHelper } = await runWorkflow(
		{
			nodes: [
				{
					id: 's',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
			],
			connections: {},
		},
		{ credentials },
	);
	const node: INode = {
		id: 'n1',
		name: 'Vendor',
		type: `${packageName}.tencentCloudChat`,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			resource: 'group',
			operation: 'get',
			groupId: { __rl: true, mode: 'list', value: '' },
		},
		credentials: { tencentCloudChatApi: { id: 'cred-1', name: 'test credential' } },
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'picker',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypes as never,
	});
	const additionalData = {
		credentialsHelper,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		variables: {},
		userId: 'test-user',
	};
	const context = new LoadOptionsContext(
		workflow,
		node,
		additionalData as never,
		'parameters.groupId',
	);
	const search = (
		nodeType.methods?.listSearch as Record<
			string,
			(this: unknown, f?: string, t?: string) => Promise<IDataObject>
		>
	)[method];
	return await search.call(context, filter, paginationToken);
}
