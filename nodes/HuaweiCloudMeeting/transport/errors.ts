import { ACCOUNT_ADVICE } from '../../../credentials/common/huawei';

/**
 * What the admin should do about Huawei's refusals of a call: the account's (one source with the
 * sign-in, credentials/common/huawei.ts) and the call's own. Huawei documents the HTTP statuses,
 * not the meaning of each USG/MMC code (except USG.000000004), so advice keys on the status.
 */
export const STATUS_ADVICE: Record<number, string> = {
	...ACCOUNT_ADVICE,
	400: 'Huawei rejected the parameters; check the account, the account type and the VMR IDs (the "id" values Get Many returns, not the numeric VMR ID).',
	403: 'The signed-in account or app has no administrator rights for this enterprise; use an enterprise administrator (or an App ID of this enterprise).',
	404: 'Huawei has no such API at this Base URL; check the Base URL in the credential.',
};

export const EXPIRED_TOKEN_CODE = 'USG.000000004';
