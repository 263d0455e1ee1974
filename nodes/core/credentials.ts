import type { ICredentialDataDecryptedObject, IExecuteFunctions } from 'n8n-workflow';

const perRun = new WeakMap<IExecuteFunctions, Map<string, Promise<ICredentialDataDecryptedObject>>>();

/**
 * The node's credential, decrypted once per node run instead of once per call: a bulk run of
 * thousands of calls would otherwise decrypt and resolve it thousands of times.
 */
export async function credentialsOnce<T>(ctx: IExecuteFunctions, type: string): Promise<T> {
	let byType = perRun.get(ctx);
	if (!byType) {
		byType = new Map();
		perRun.set(ctx, byType);
	}
	let pending = byType.get(type);
	if (!pending) {
		pending = ctx.getCredentials(type);
		byType.set(type, pending);
	}
	return (await pending) as unknown as T;
}
