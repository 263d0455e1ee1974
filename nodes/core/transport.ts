import { randomUUID } from 'node:crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunction,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHttpRequestOptions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import type { AnswerFn } from '../../credentials/common/answer';
import { ANSWER_OPTIONS, toAnswer } from '../../credentials/common/answer';
import { tokenFor } from '../../credentials/common/tokenAuth';
import { tokenError } from './errors';
import { judgeTransport } from './http';
import { recordPlannedCall } from './dryRun';
import { claimOrRefuse } from './onceOnly';
import { pacerFor } from './pacer';
import { mayHaveArrived, sendWithPolicy } from './policy';
import type { CallContext, RunState } from './run';
import { credentialTestContext, isExecution, runState } from './run';
import { scrubbed } from './scrub';
import { withToolkit } from './toolkit';
import type { VendorCall, VendorResult, VendorSpec } from './call';

export type { VendorCall, VendorResult, VendorSpec } from './call';

const SAFE_HEADERS = new Set([
	'accept',
	'accept-language',
	'content-type',
	'x-request-id',
	'x-token-type',
]);

/** Everything secret a token request carries, so the run can cut it from what it reports. */
function rememberRequestSecrets(state: RunState, options: IHttpRequestOptions): void {
	for (const [name, value] of Object.entries(options.headers ?? {})) {
		if (!SAFE_HEADERS.has(name.toLowerCase())) {
			state.scrubber.add(value);
			// "Basic xyz", "HMAC-SHA256 signature=…,access=…": the parts travel on their own too.
			for (const part of String(value).split(/[\s,=]+/))
				if (part.length >= 16 && !/^[A-Za-z-]+$/.test(part)) state.scrubber.add(part);
		}
	}
	const body = options.body as IDataObject | undefined;
	if (body && typeof body === 'object') {
		for (const [name, value] of Object.entries(body))
			if (/secret|password|key|sign/i.test(name)) state.scrubber.add(value);
	}
}

/**
 * One transport kernel for every vendor: credentials decrypted once per run, tokens cached and
 * renewed once, pacing per credential and API, bounded retries, timeouts, no redirects, error
 * mapping and secret scrubbing. A vendor declares what differs (`VendorSpec`); its
 * `transport/index.ts` is a thin facade over what this returns.
 */
export function createVendorTransport<C extends object>(spec: VendorSpec<C>) {
	async function credentials(ctx: CallContext): Promise<C> {
		const state = runState(ctx);
		let pending = state.credentials.get(spec.credentialType);
		if (!pending) {
			pending = ctx.getCredentials(spec.credentialType).then((data) => {
				const creds = data as unknown as C;
				const record = creds as Record<string, unknown>;
				state.scrubber.add(
					...spec.auth.secretFields.map((f) => record[f]),
					...(spec.derivedSecrets?.(creds) ?? []),
				);
				state.keys.set(spec.credentialType, spec.auth.key(creds));
				return creds;
			});
			state.credentials.set(spec.credentialType, pending);
		}
		return (await pending) as C;
	}

	/** Token requests go out under the same timeout, redirect and retry rules as business calls. */
	function tokenHttp(ctx: CallContext, state: RunState, itemIndex: number): AnswerFn {
		return async (options) => {
			rememberRequestSecrets(state, options);
			return await sendWithPolicy({
				vendor: spec.vendor,
				node: ctx.getNode(),
				itemIndex,
				idempotent: true,
				retry: state.options.retry,
				stopped: () => state.stopped,
				// Refusals go back to the issuer, which knows the vendor's token error format.
				judge: (answer) =>
					judgeTransport(answer) ??
					(answer.statusCode >= 500
						? {
								kind: 'transient',
								failure: {
									code: `HTTP_${answer.statusCode}`,
									message: 'The token endpoint failed',
									httpCode: answer.statusCode,
								},
							}
						: { kind: 'ok' }),
				send: async () => {
					const res = (await ctx.helpers.httpRequest({
						...options,
						...ANSWER_OPTIONS,
						timeout: state.options.timeoutMs,
					})) as { statusCode: number; headers?: IDataObject; body: unknown };
					return toAnswer(res.statusCode, res.headers ?? {}, res.body);
				},
			});
		};
	}

	/** One call; whatever it throws is scrubbed, wherever it was called from (a run, a picker, a trigger, a hook). */
	async function request(
		ctx: CallContext,
		itemIndex: number,
		call: VendorCall<C>,
	): Promise<VendorResult> {
		const state = runState(ctx);
		try {
			return await send(ctx, state, itemIndex, call);
		} catch (error) {
			throw scrubbed(error, state.scrubber);
		}
	}

	async function send(
		ctx: CallContext,
		state: RunState,
		itemIndex: number,
		call: VendorCall<C>,
	): Promise<VendorResult> {
		const creds = await credentials(ctx);
		// Dry Run: the call is recorded at this boundary, before any token, pacer or once-only claim.
		if (state.options.dryRun && isExecution(ctx)) return recordPlannedCall(state, itemIndex, call);
		const node = ctx.getNode();
		const key = state.keys.get(spec.credentialType) as string;
		const auth = call.auth ?? spec.auth;
		const judge = call.judge ?? spec.judge;
		const tokenKey = call.auth ? call.auth.key(creds) : key;
		const context: IDataObject = { ...(call.context ?? {}) };
		const token = async (force = false) => {
			try {
				const value = await tokenFor(
					auth,
					tokenHttp(ctx, state, itemIndex),
					creds,
					force,
					tokenKey,
				);
				state.scrubber.add(value);
				return value;
			} catch (error) {
				throw tokenError(node, spec.vendor, error, itemIndex, context);
			}
		};
		let accessToken = await token(state.freshAuth === true);
		// n8n's "Retry On Fail" runs the node again in the same execution: a call that must not arrive
		// twice is remembered, so the next try cannot resend it.
		const release =
			!call.idempotent && node.retryOnFail && isExecution(ctx)
				? claimOrRefuse(
						ctx,
						state.onceCalls,
						spec.vendor,
						itemIndex,
						[call.api, call.path],
						context,
					)
				: () => {};
		const configured =
			state.options.callsPerSecond > 0 ? state.options.callsPerSecond : spec.callsPerSecond;
		const perSecond = call.callsPerSecond ? Math.min(configured, call.callsPerSecond) : configured;
		const base = spec.baseUrl(creds);
		const fixedHeaders = { Accept: 'application/json', ...(spec.headers?.(creds) ?? {}) };
		let requestId: string | undefined;
		const answer = await sendWithPolicy({
			vendor: spec.vendor,
			node,
			itemIndex,
			idempotent: call.idempotent,
			pacer: pacerFor(`${key}|${call.api}`, perSecond),
			retry: state.options.retry,
			context,
			stopped: () => state.stopped,
			judge: (a) => judge(a, requestId),
			send: async () => {
				const headers: IDataObject = { ...fixedHeaders };
				if (spec.requestIdHeader) {
					requestId = randomUUID();
					headers[spec.requestIdHeader] = requestId;
					context.requestId = requestId;
				}
				if (call.body !== undefined) headers['Content-Type'] = 'application/json';
				// n8n's authenticated helper applies the credential's `authenticate` (and n8n's proxy and
				// SSL settings); the token comes from our cache, so n8n's own refresh never has to run.
				const res = (await ctx.helpers.httpRequestWithAuthentication.call(
					ctx,
					spec.credentialType,
					{
						method: call.method ?? 'POST',
						url: `${base}${call.path}`,
						qs: call.qs,
						body: call.body as IDataObject,
						headers,
						timeout: state.options.timeoutMs,
						...ANSWER_OPTIONS,
					},
					{
						credentialsDecrypted: {
							id: spec.credentialType,
							name: spec.credentialType,
							type: spec.credentialType,
							data: { ...creds, accessToken } as unknown as ICredentialDataDecryptedObject,
						},
					},
				)) as { statusCode: number; headers?: IDataObject; body: unknown };
				return toAnswer(res.statusCode, res.headers ?? {}, res.body);
			},
			renewAuth: async () => {
				auth.cache.invalidate(tokenKey, accessToken);
				accessToken = await token();
			},
			onRetry: (reason, attempt, delayMs) =>
				ctx.logger.debug(
					`${spec.vendor} ${call.api}: retry ${attempt} in ${delayMs} ms after ${state.scrubber.text(reason)}`,
					{ itemIndex },
				),
		}).catch((error: unknown) => {
			// Surely not applied (refused, or never sent): a later try may send it after all.
			if (!mayHaveArrived(error)) release();
			throw error;
		});
		const data = state.scrubber.value(answer.body);
		// An array answer also comes as an object with numeric keys, for callers that read `body` only.
		const body = (
			data && typeof data === 'object' ? (Array.isArray(data) ? { ...data } : data) : {}
		) as IDataObject;
		return { body, data, requestId };
	}

	/**
	 * n8n's credential test for this vendor (a node's `methods.credentialTest`, named by `testedBy`):
	 * a fresh token from the values on screen, then `probe` if given, sent and judged like every call
	 * (no redirect followed, a 200 that says failure fails). A failure shows the vendor's code,
	 * message and advice, scrubbed.
	 */
	function credentialTest(probe?: (creds: C) => VendorCall<C>): ICredentialTestFunction {
		return async function (
			this: ICredentialTestFunctions,
			credential: ICredentialsDecrypted,
		): Promise<INodeCredentialTestResult> {
			const ctx = credentialTestContext(this, credential, spec.auth.authenticate);
			const state = runState(ctx);
			state.freshAuth = true;
			try {
				const creds = await credentials(ctx);
				if (probe) {
					await request(ctx, 0, probe(creds));
				} else {
					state.scrubber.add(
						await tokenFor(spec.auth, tokenHttp(ctx, state, 0), creds, true).catch(
							(error: unknown) => {
								throw tokenError(ctx.getNode(), spec.vendor, error, 0);
							},
						),
					);
				}
				return { status: 'OK', message: 'Connection successful!' };
			} catch (error) {
				const e = scrubbed(error, state.scrubber) as {
					message?: string;
					description?: string | null;
				};
				const message = e?.message ?? String(error);
				return {
					status: 'Error',
					message: e?.description
						? `${message}${/[.!?]$/.test(message) ? '' : '.'} ${e.description}`
						: message,
				};
			}
		};
	}

	return withToolkit({ spec, credentials, request, credentialTest });
}

export type VendorTransport<C extends object> = ReturnType<typeof createVendorTransport<C>>;
