import type { IDataObject, IHookFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { HUAWEI } from '../../credentials/common/huawei';
import { runState, vendorError } from '../core';
import { huawei } from '../HuaweiCloudMeeting/transport';

// Huawei's webhook configuration API (premium edition): set, show, change-status and delete, through
// the kernel (no redirect followed, a 200 with error_code is a failure, errors scrubbed). Huawei keeps
// one configuration per enterprise, so the node only ever enables or deletes the one it set itself:
// its id and URL are remembered in the node's static data.
const PATH = '/v1/mmc/management/webhook/link-config';
const STATUS_PATH = '/v1/mmc/management/webhook/change-status';
const ENABLED = 0;

interface Remembered {
	configId?: string;
	configUrl?: string;
}

const remembered = (ctx: IHookFunctions) =>
	ctx.getWorkflowStaticData('node') as Remembered & IDataObject;

// The kernel scrubs what it throws with every secret of this context, the Webhook Key included (added before sending).
async function call(
	ctx: IHookFunctions,
	step: string,
	method: IHttpRequestMethods,
	extra: { qs?: IDataObject; body?: IDataObject } = {},
): Promise<IDataObject> {
	const result = await huawei.request(ctx, 0, {
		method,
		path: method === 'PUT' ? STATUS_PATH : PATH,
		api: `webhook ${method}`,
		idempotent: method !== 'DELETE',
		context: { step },
		...extra,
	});
	return result.body;
}

/** The configuration Huawei holds for the enterprise, or undefined when it has none. */
async function showConfig(ctx: IHookFunctions): Promise<IDataObject | undefined> {
	const config = await call(ctx, 'read the webhook configuration', 'GET');
	return config.id ? config : undefined;
}

const hostOf = (url: unknown) => {
	try {
		return new URL(String(url)).host || 'an unknown host';
	} catch {
		return 'an unknown host';
	}
};

/** True when Huawei holds the configuration this node set, for this URL, enabled. */
export async function isRegistered(ctx: IHookFunctions, url: string): Promise<boolean> {
	const mine = remembered(ctx);
	if (!mine.configId || mine.configUrl !== url) return false;
	const config = await showConfig(ctx);
	return config?.id === mine.configId && config.url === url && Number(config.status) === ENABLED;
}

/**
 * Sets `url` with the credential's App ID and Webhook Key, then enables it (Huawei then sends
 * meeting.verify to the URL). Refuses to replace a configuration for another URL it did not set.
 */
export async function register(ctx: IHookFunctions, url: string): Promise<void> {
	const node = ctx.getNode();
	// The fields "for the trigger" belong to the trigger, not to the API transport's credential type.
	const creds = (await huawei.credentials(ctx)) as {
		webhookSubscriberId?: string;
		webhookSubscriberKey?: string;
	};
	const subscriberId = String(creds.webhookSubscriberId ?? '').trim();
	const subscriberKey = String(creds.webhookSubscriberKey ?? '');
	if (!subscriberId || !subscriberKey.trim()) {
		throw new NodeOperationError(
			node,
			'The credential\'s App ID or Webhook Key "for the trigger" is empty, so nothing was registered with Huawei',
			{
				description:
					'Huawei signs every push with that key and the trigger verifies it: fill both fields in the credential.',
			},
		);
	}
	runState(ctx).scrubber.add(subscriberKey);
	const mine = remembered(ctx);
	const existing = await showConfig(ctx);
	if (existing && existing.url !== url && existing.id !== mine.configId) {
		throw vendorError(
			node,
			HUAWEI,
			{
				code: 'WEBHOOK_TAKEN',
				message: `Huawei already pushes this enterprise's events to another URL (${hostOf(existing.url)}); n8n did not replace or enable it`,
				advice:
					'Huawei keeps one push URL per enterprise. Remove the other configuration in the admin portal, or turn off "Register With Huawei" and set the URL there yourself.',
			},
			0,
		);
	}
	await call(ctx, 'set the webhook configuration', 'POST', {
		body: { subscriberId, subscriberKey, url },
	});
	const config = await showConfig(ctx);
	if (
		!config ||
		config.url !== url ||
		String(config.subscriberId ?? subscriberId) !== subscriberId
	) {
		throw vendorError(
			node,
			HUAWEI,
			{
				code: 'WEBHOOK_NOT_SET',
				message: `After setting the webhook configuration Huawei shows ${config ? `one for another URL (${hostOf(config.url)})` : 'none'}; n8n did not enable anything`,
				advice:
					'Check the credential is an enterprise administrator of the flagship edition, then activate again.',
			},
			0,
		);
	}
	Object.assign(mine, { configId: String(config.id), configUrl: url });
	const failed = await call(ctx, 'enable the webhook configuration', 'PUT', {
		qs: { id: String(config.id), status: ENABLED },
	}).then(
		() => undefined,
		(error: unknown) => error as Error,
	);
	if (failed) {
		// Not verified, so not active: remove what this node set rather than leave it half-done.
		await unregister(ctx).catch(() => undefined);
		throw failed;
	}
}

/** Deletes the configuration this node set, if Huawei still holds it for the same URL; forgets it either way. */
export async function unregister(ctx: IHookFunctions): Promise<void> {
	const mine = remembered(ctx);
	if (!mine.configId) return;
	const config = await showConfig(ctx);
	if (config?.id === mine.configId && config.url === mine.configUrl) {
		await call(ctx, 'delete the webhook configuration', 'DELETE', { qs: { id: mine.configId } });
	}
	delete mine.configId;
	delete mine.configUrl;
}
