import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IPollFunctions,
	ITriggerFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import type { RunOptions } from './runOptions';
import { readRunOptions } from './runOptions';
import { Scrubber, scrubbed } from './scrub';

/**
 * What one node run shares across its items: the options (read and clamped once), the stop
 * flag (set at the first failure without "Continue On Fail"), the decrypted credentials and
 * every secret seen so far, for scrubbing.
 */
export interface RunState {
	options: RunOptions;
	stopped: boolean;
	scrubber: Scrubber;
	credentials: Map<string, Promise<object>>;
	keys: Map<string, string>;
	/** How many must-not-repeat calls each item made per API and path in this try. */
	onceCalls: Map<string, number>;
	/** A credential test: the first token is fetched anew with the values on screen, never taken from the cache. */
	freshAuth?: boolean;
}

/**
 * Every n8n context the pack calls a vendor from: a node run, a picker's search in the editor (no
 * items, no Options to read), webhook registration (hook), a trigger, a webhook delivery and a poll.
 */
export type CallContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| ITriggerFunctions
	| IWebhookFunctions
	| IPollFunctions;

export const isExecution = (ctx: CallContext): ctx is IExecuteFunctions => 'getInputData' in ctx;

/** A polling trigger's context (n8n-core's PollContext): it has Options too, read without an item. */
const isPoll = (ctx: CallContext): ctx is IPollFunctions => '__emit' in ctx && !isExecution(ctx);

/** The node's Options as a run reads them (item 0); a poll's through the same reader. */
function optionsSource(ctx: CallContext): IExecuteFunctions | undefined {
	if (isExecution(ctx)) return ctx;
	if (isPoll(ctx))
		return {
			getNodeParameter: (name: string, _i: number, fallback: unknown) =>
				ctx.getNodeParameter(name, fallback),
		} as unknown as IExecuteFunctions;
	return undefined;
}

const states = new WeakMap<CallContext, RunState>();

export function runState(ctx: CallContext): RunState {
	let state = states.get(ctx);
	if (!state) {
		state = {
			options: readRunOptions(optionsSource(ctx)),
			stopped: false,
			scrubber: new Scrubber(),
			credentials: new Map(),
			keys: new Map(),
			onceCalls: new Map(),
		};
		states.set(ctx, state);
	}
	return state;
}

type Authenticate = (
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/**
 * n8n's credential test runs with the values on screen and only the legacy `request` helper: this
 * makes it a CallContext (like a picker's: no items, no Options), so the test goes through the
 * kernel like every call. The request never follows a redirect and never throws on a status.
 */
export function credentialTestContext(
	test: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
	authenticate: Authenticate,
): CallContext {
	const node: INode = {
		id: 'credential-test',
		name: credential.name || 'Credential test',
		type: credential.type,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const httpRequest = async (options: IHttpRequestOptions) =>
		(await test.helpers.request({
			method: options.method ?? 'GET',
			uri: `${options.baseURL ?? ''}${options.url}`,
			qs: options.qs,
			body: options.body,
			headers: options.headers,
			json: true,
			timeout: options.timeout,
			resolveWithFullResponse: true,
			simple: false,
			followRedirect: false,
			followAllRedirects: false,
		})) as unknown;
	const context = {
		logger: test.logger,
		getNode: () => node,
		getCredentials: async () => ({ ...(credential.data ?? {}) }),
		helpers: {
			httpRequest,
			httpRequestWithAuthentication: async (
				_type: string,
				options: IHttpRequestOptions,
				extra?: { credentialsDecrypted?: ICredentialsDecrypted },
			) =>
				await httpRequest(
					await authenticate(
						{ ...(extra?.credentialsDecrypted?.data ?? credential.data ?? {}) },
						{ ...options },
					),
				),
		},
	};
	return context as unknown as CallContext;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each picker has its own parameters
type Picker = (this: ILoadOptionsFunctions, ...args: any[]) => Promise<unknown>;

/**
 * A node's pickers (listSearch, loadOptions) as the editor calls them: what they return and what
 * they throw is scrubbed of every secret the search handled, like every error of a run.
 */
export function scrubbedPickers<T extends Record<string, Picker>>(pickers: T): T {
	const out: Record<string, Picker> = {};
	for (const [name, picker] of Object.entries(pickers)) {
		out[name] = async function (this: ILoadOptionsFunctions, ...args: unknown[]) {
			const state = runState(this);
			try {
				return state.scrubber.value(await picker.apply(this, args));
			} catch (error) {
				// The editor needs the message, never the node's parameters (a chair password the
				// picker itself does not read would otherwise travel with the error).
				const clean = scrubbed(error, state.scrubber) as { node?: { parameters?: unknown } };
				if (clean && typeof clean === 'object' && clean.node?.parameters)
					clean.node = { ...clean.node, parameters: {} };
				throw clean;
			}
		};
	}
	return out as T;
}
