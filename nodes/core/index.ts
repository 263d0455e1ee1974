// The vendor-neutral machinery every node of the pack shares: list parsing and chunking,
// validation, token caching, pacing, retries, error mapping and the per-item run loop.
export * from './list';
export * from './validate';
export * from './tokenCache';
export * from './pacer';
export * from './errors';
export * from './http';
export * from './execute';
export * from './options';
export * from './credentials';
export * from './router';
export * from './paging';
export * from './tokenCredential';
