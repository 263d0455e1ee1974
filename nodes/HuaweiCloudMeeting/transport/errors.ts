/**
 * What the admin should do about Huawei's refusals. Huawei documents the HTTP statuses, not the
 * meaning of each USG/MMC code (except USG.000000004), so advice keys on the status.
 */
export const STATUS_ADVICE: Record<number, string> = {
	400: 'Huawei rejected the parameters; check the account, the account type and the VMR IDs (the "id" values Get Many returns, not the numeric VMR ID).',
	401: 'The credential was not accepted; check the account and password, or the App ID, App Key, User ID and Corp ID.',
	403: 'The signed-in account or app has no administrator rights for this enterprise; use an enterprise administrator (or an App ID of this enterprise).',
	404: 'Huawei has no such API at this Base URL; check the Base URL in the credential.',
	412: 'The account is disabled; an enterprise administrator must enable it.',
	423: 'The account is locked after failed sign-ins; wait or have an administrator unlock it.',
};

export const EXPIRED_TOKEN_CODE = 'USG.000000004';
