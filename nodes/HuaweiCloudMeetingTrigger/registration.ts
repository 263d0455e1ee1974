import type { IDataObject, IHookFunctions, IHttpRequestMethods } from 'n8n-workflow';

// Huawei's webhook configuration API (premium edition): set, show, change-status and delete.
const PATH = '/v1/mmc/management/webhook/link-config';

async function call(ctx: IHookFunctions, method: IHttpRequestMethods, url: string, extra: IDataObject = {}): Promise<IDataObject> {
	const credentials = await ctx.getCredentials('huaweiCloudMeetingApi');
	const baseURL = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'huaweiCloudMeetingApi', {
		method,
		baseURL,
		url,
		json: true,
		...extra,
	})) as IDataObject | string | undefined;
	return typeof response === 'object' && response !== null ? response : {};
}

/** The registered configuration, or undefined when Huawei has none. */
export async function showConfig(ctx: IHookFunctions): Promise<IDataObject | undefined> {
	const config = await call(ctx, 'GET', PATH);
	return config.id ? config : undefined;
}

/** Registers `url`, then enables it: Huawei then sends meeting.verify to the URL. */
export async function registerUrl(ctx: IHookFunctions, url: string, subscriberId: string, subscriberKey: string): Promise<string> {
	await call(ctx, 'POST', PATH, { body: { subscriberId, subscriberKey, url } });
	const config = await showConfig(ctx);
	const id = String(config?.id ?? '');
	if (id) await call(ctx, 'PUT', '/v1/mmc/management/webhook/change-status', { qs: { id, status: 0 } });
	return id;
}

export async function deleteConfig(ctx: IHookFunctions, id: string): Promise<void> {
	await call(ctx, 'DELETE', PATH, { qs: { id } });
}
