// The vendor-neutral kernel every node of the pack shares: one transport (credentials, tokens,
// pacing, retries, redirects, errors, scrubbing), fields declared once, bulk and paging helpers,
// and the per-item run loop. It imports no vendor.
export * from './list';
export * from './fields';
export * from './pacer';
export * from './errors';
export * from './http';
export * from './policy';
export * from './execute';
export * from './runOptions';
export * from './run';
export * from './router';
export * from './paginate';
export * from './bulk';
export * from './combine';
export * from './scrub';
export * from './transport';
export * from './toolkit';
export * from './subtitle';
export * from './time';
export * from './dryRun';
export * from './poll';
export * from './download';
