// Shared by the DingTalk tests: the fake (one per test file), a fresh app per test, workflow
// builders, the secret scan, and a picker context built the way n8n-core builds it.
/* eslint-disable @typescript-eslint/no-require-imports */
const engine = require('../../devkit/engine');
const contexts = require('../../devkit/contexts');
const { findSecrets, runSurface } = require('../../devkit/secrets');
const { FakeDingTalk } = require('../../devkit/fakes/dingtalk');

export const { runWorkflow, singleNodeWorkflow, loadPackage } = engine;
export const { testCredential } = contexts;
export const FAST = { retryDelayMs: 5 };
export const ADMIN = 'admin-1';

export interface Ctx {
	fake: any;
	secrets: string[];
	logs: string[];
}

/** Starts a fake DingTalk for the file, resets it before each test, checks the logs for secrets at the end. */
export function useFake(): Ctx {
	const ctx: Ctx = { fake: undefined, secrets: [], logs: [] };
	beforeAll(async () => {
		ctx.logs = engine.captureLogs();
		await loadPackage();
		ctx.fake = await new FakeDingTalk().start();
	});
	afterAll(async () => {
		await ctx.fake.stop();
		expect(findSecrets([ctx.logs], ctx.secrets)).toEqual([]);
	});
	beforeEach(() => ctx.fake.reset());
	return ctx;
}

let appSeq = 0;
/** A fresh app per test (the token cache is per credential and process-wide); `credential` adds fields. */
export function newApp(
	ctx: Ctx,
	extra: Record<string, unknown> & { credential?: Record<string, unknown> } = {},
) {
	appSeq++;
	const { credential, ...rest } = extra;
	const app = {
		clientId: `ding-app-${appSeq}-${process.pid}`,
		clientSecret: `ding-secret-${appSeq}-${Math.random().toString(36).slice(2)}`,
		corpId: `ding-corp-${appSeq}`,
		...rest,
	};
	ctx.fake.addApp(app);
	ctx.secrets.push(app.clientSecret);
	const credentials = {
		'cred-1': {
			type: 'dingTalkApi',
			data: {
				appType: 'internal',
				clientId: app.clientId,
				clientSecret: app.clientSecret,
				baseUrl: ctx.fake.url,
				...(credential ?? {}),
			},
		},
	};
	return { app, credentials };
}

/** A one-node workflow for `resource.operation` with `params` (options FAST unless given). */
export const node = (
	resource: string,
	operation: string,
	params: Record<string, unknown> = {},
	continueOnFail = false,
) => {
	const wf = singleNodeWorkflow(
		'dingTalk',
		{ resource, operation, options: FAST, ...params },
		'dingTalkApi',
	);
	if (continueOnFail) wf.nodes[1].onError = 'continueRegularOutput';
	return wf;
};

/** A resource locator value as the editor stores it. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** Runs and returns [result, output jsons]. */
export async function run(
	ctx: Ctx,
	wf: unknown,
	credentials: unknown,
	items: unknown[] = [{ json: {} }],
) {
	const result = await runWorkflow(wf, { credentials, items });
	const out =
		result.status === 'success'
			? result.output('Vendor').map((i: { json: unknown }) => i.json)
			: [];
	return { result, out };
}

export function secretScan(ctx: Ctx, result: unknown): string[] {
	const tokens = ctx.fake.tokenCalls().length ? [...ctx.fake.tokens.keys()] : [];
	return findSecrets(runSurface(result), [...ctx.secrets, ...tokens]);
}

/** The run failed with `message` and NOTHING reached the fake (not even a token request). */
export async function expectRejected(
	ctx: Ctx,
	wf: unknown,
	credentials: unknown,
	message: RegExp,
	items?: unknown[],
) {
	const result = await runWorkflow(wf, { credentials, items: items ?? [{ json: {} }] });
	expect(result.status).toBe('error');
	expect(result.nodeError('Vendor').message).toMatch(message);
	expect(ctx.fake.businessCalls()).toHaveLength(0);
	return result;
}

/**
 * Calls a "From List" picker (methods.listSearch) with a LoadOptionsContext built as n8n-core
 * builds it for the editor, with the node's current parameters and the stored credential.
 * (devkit has no such helper yet; this one borrows runWorkflow's credentials helper class.)
 */
export async function listSearch(
	ctx: Ctx,
	method: string,
	credentials: Record<string, { type: string; data: object }>,
	params: Record<string, unknown> = {},
	filter?: string,
	token?: string,
) {
	const core = require('n8n-core');
	const { Workflow } = require('n8n-workflow');
	const { loader, packageName } = await loadPackage();
	const probe = await runWorkflow({
		nodes: [
			{
				id: 'p',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
		],
		connections: {},
	});
	const Helper = probe.credentialsHelper.constructor;
	const store = new Map(
		Object.entries(credentials).map(([id, c]) => [id, { type: c.type, data: { ...c.data } }]),
	);
	const credentialsHelper = new Helper(loader, store);
	const nodeType = loader.nodeTypes.dingTalk.type;
	const n = {
		id: 'n1',
		name: 'Vendor',
		type: `${packageName}.dingTalk`,
		typeVersion: 1,
		position: [0, 0],
		parameters: params,
		credentials: { dingTalkApi: { id: 'cred-1', name: 'test' } },
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'picker',
		nodes: [n],
		connections: {},
		active: false,
		nodeTypes,
	});
	const additionalData = {
		credentialsHelper,
		currentNodeParameters: params,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		variables: {},
		userId: 'test-user',
	};
	const lo = new core.LoadOptionsContext(workflow, n, additionalData, 'parameters');
	return await nodeType.methods.listSearch[method].call(lo, filter, token);
}
