export { safeEqual, sha1Hex, sha256Hex, hmacSha256Hex } from './signature';
export { isFresh, toMillis } from './replay';
export { DedupeStore, dedupeStoreFor } from './dedupe';
export type { ReplyTarget } from './respond';
export { answerOnly, refuse, reply, responseOf, sealResponse } from './respond';
export type { EventSummary } from './flatten';
export { eventItem, flattenOnce } from './flatten';
export { replayWindowProperty, dedupeKey, rawBodyOf } from './options';
export { consoleRegisteredWebhook } from './lifecycle';
