import type { IHookFunctions } from 'n8n-workflow';

/**
 * The webhook lifecycle of a vendor whose callback URL is pasted into its console (DingTalk's app
 * subscription, Tencent's Chat callback settings): the vendor has no registration API, so there is
 * nothing to look up, create or delete — n8n only has to serve the URL.
 */
export const consoleRegisteredWebhook = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		return true;
	},
};
